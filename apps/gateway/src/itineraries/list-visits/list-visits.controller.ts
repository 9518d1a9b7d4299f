import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { ListVisitsParamsDto, ListVisitsQuery, VisitPageDto } from './list-visits.query';
import { ReadEndpoint } from '../../common/etag.interceptor';

@ApiTags('itineraries')
@ApiSecurity('api-key')
@Controller('api/visits')
export class ListVisitsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireRole('reader')
  @ReadEndpoint({ cached: true })
  @ApiOperation({ summary: 'Visits merged across articles, each with its sources and corroboration (the evidence sentences: GET /api/visits/{id})' })
  @ApiOkResponse({ type: VisitPageDto })
  list(@Query() params: ListVisitsParamsDto) {
    return this.queries.execute(new ListVisitsQuery(params));
  }
}
