import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { ListTracksParamsDto, ListTracksQuery, TrackPageDto } from './list-tracks.query';
import { ReadEndpoint } from '../../common/etag.interceptor';

@ApiTags('peace-processes')
@ApiSecurity('api-key')
@Controller('api/peace-processes')
export class ListTracksController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireRole('reader')
  @ReadEndpoint({ cached: true })
  @ApiOperation({ summary: 'Every negotiation track with its current state and last change' })
  @ApiOkResponse({ type: TrackPageDto })
  list(@Query() params: ListTracksParamsDto) {
    return this.queries.execute(new ListTracksQuery(params));
  }
}
