import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { Exchange, type HttpExchange } from '../../common/request-context';
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
  list(@Query() params: ListTracksParamsDto, @Exchange() http: HttpExchange) {
    return this.reads.answer(http, () => this.queries.execute(new ListTracksQuery(params)));
  }
}
