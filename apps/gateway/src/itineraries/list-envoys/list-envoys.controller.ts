import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { Exchange, type HttpExchange } from '../../common/request-context';
import { CachedReads } from '../../common/response-cache';
import { EnvoyPageDto, ListEnvoysParamsDto, ListEnvoysQuery } from './list-envoys.query';

@ApiTags('itineraries')
@ApiSecurity('api-key')
@Controller('api/envoys')
export class ListEnvoysController {
  constructor(
    private readonly queries: QueryBus,
    private readonly reads: CachedReads,
  ) {}

  @Get()
  @RequireRole('reader')
  @ApiOperation({ summary: 'Envoys with their roles and how many visits the read models know' })
  @ApiOkResponse({ type: EnvoyPageDto })
  list(@Query() params: ListEnvoysParamsDto, @Exchange() http: HttpExchange) {
    return this.reads.answer(http, () => this.queries.execute(new ListEnvoysQuery(params)));
  }
}
