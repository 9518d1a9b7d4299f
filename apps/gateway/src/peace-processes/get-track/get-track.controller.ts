import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { Exchange, type HttpExchange } from '../../common/request-context';
import { CachedReads } from '../../common/response-cache';
import { paramPipe } from '../../common/param.pipe';
import { trackParam, TrackStatusDto } from '../track-views';
import { GetTrackParamsDto, GetTrackQuery } from './get-track.query';

@ApiTags('peace-processes')
@ApiSecurity('api-key')
@Controller('api/peace-processes')
export class GetTrackController {
  constructor(
    private readonly queries: QueryBus,
    private readonly reads: CachedReads,
  ) {}

  @Get(':track')
  @RequireRole('reader')
  @ApiOperation({ summary: "A negotiation track's current state and its timeline of claims, with evidence and sources" })
  @ApiOkResponse({ type: TrackStatusDto })
  get(@Param('track', paramPipe('track', trackParam)) track: string, @Query() params: GetTrackParamsDto, @Exchange() http: HttpExchange) {
    return this.reads.answer(http, () => this.queries.execute(new GetTrackQuery(track, params.limit)));
  }
}
