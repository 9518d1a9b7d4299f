import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { CachedRead } from '../../common/response-cache';
import { ListVisitsParamsDto, ListVisitsQuery, VisitPageDto } from './list-visits.query';

@ApiTags('itineraries')
@ApiSecurity('api-key')
@Controller('api/visits')
export class ListVisitsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireRole('reader')
  @CachedRead()
  @ApiOperation({ summary: 'Visits merged across articles, each with its sources and corroboration (the evidence sentences: GET /api/visits/{id})' })
  @ApiOkResponse({ type: VisitPageDto })
  list(@Query() params: ListVisitsParamsDto) {
    return this.queries.execute(new ListVisitsQuery(params));
  }
}
