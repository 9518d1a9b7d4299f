import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { Exchange, type HttpExchange } from '../../common/request-context';
import { CachedReads } from '../../common/response-cache';
import { ListVisitsParamsDto, ListVisitsQuery, VisitPageDto } from './list-visits.query';

@ApiTags('itineraries')
@ApiSecurity('api-key')
@Controller('api/visits')
export class ListVisitsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly reads: CachedReads,
  ) {}

  @Get()
  @RequireRole('reader')
  @ApiOperation({ summary: 'Visits merged across articles, each with its sources and corroboration (the evidence sentences: GET /api/visits/{id})' })
  @ApiOkResponse({ type: VisitPageDto })
  list(@Query() params: ListVisitsParamsDto, @Exchange() http: HttpExchange) {
    return this.reads.answer(http, () => this.queries.execute(new ListVisitsQuery(params)));
  }
}
