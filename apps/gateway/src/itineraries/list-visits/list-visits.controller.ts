import { Controller, Get, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { RequireRole } from '../../auth/roles.decorator';
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
  list(@Query() params: ListVisitsParamsDto, @Req() request: Request) {
    return this.reads.answer(request, () => this.queries.execute(new ListVisitsQuery(params)));
  }
}
