import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { EnvoyPageDto, ListEnvoysParamsDto, ListEnvoysQuery } from './list-envoys.query';
import { ReadEndpoint } from '../../common/etag.interceptor';

@ApiTags('itineraries')
@ApiSecurity('api-key')
@Controller('api/envoys')
export class ListEnvoysController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireRole('reader')
  @ReadEndpoint({ cached: true })
  @ApiOperation({ summary: 'Envoys with their roles and how many visits the read models know' })
  @ApiOkResponse({ type: EnvoyPageDto })
  list(@Query() params: ListEnvoysParamsDto) {
    return this.queries.execute(new ListEnvoysQuery(params));
  }
}
