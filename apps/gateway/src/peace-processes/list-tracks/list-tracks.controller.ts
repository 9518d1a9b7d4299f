import { Controller, Get, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { RequireRole } from '../../auth/roles.decorator';
import { CachedReads } from '../../common/response-cache';
import { ListTracksParamsDto, ListTracksQuery, TrackPageDto } from './list-tracks.query';

@ApiTags('peace-processes')
@ApiSecurity('api-key')
@Controller('api/peace-processes')
export class ListTracksController {
  constructor(
    private readonly queries: QueryBus,
    private readonly reads: CachedReads,
  ) {}

  @Get()
  @RequireRole('reader')
  @ApiOperation({ summary: 'Every negotiation track with its current state and last change' })
  @ApiOkResponse({ type: TrackPageDto })
  list(@Query() params: ListTracksParamsDto, @Req() request: Request) {
    return this.reads.answer(request, () => this.queries.execute(new ListTracksQuery(params)));
  }
}
