import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { paramPipe } from '../../common/param.pipe';
import { trackParam, TrackStatusDto } from '../track-views';
import { GetTrackParamsDto, GetTrackQuery } from './get-track.query';
import { ReadEndpoint } from '../../common/etag.interceptor';

@ApiTags('peace-processes')
@ApiSecurity('api-key')
@Controller('api/peace-processes')
export class GetTrackController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':track')
  @RequireRole('reader')
  @ReadEndpoint({ cached: true })
  @ApiOperation({ summary: "A negotiation track's current state and its timeline of claims, with evidence and sources" })
  @ApiOkResponse({ type: TrackStatusDto })
  get(@Param('track', paramPipe('track', trackParam)) track: string, @Query() params: GetTrackParamsDto) {
    return this.queries.execute(new GetTrackQuery(track, params.limit));
  }
}
