import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../../auth/roles.decorator';
import { paramPipe } from '../../../common/param.pipe';
import { replayIdParam, ReplayViewDto } from '../replay-view';
import { GetReplayQuery } from './get-replay.query';

@ApiTags('admin')
@ApiSecurity('api-key')
@Controller('api/admin/replays')
export class GetReplayController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @RequireRole('admin')
  @ApiOperation({ summary: "A replay's progress: events done and total, rate, ETA, state, and once caught up each table's checksum against the live generation" })
  @ApiOkResponse({ type: ReplayViewDto })
  @ApiNotFoundResponse({ description: 'no such replay' })
  get(@Param('id', paramPipe('id', replayIdParam)) id: number) {
    return this.queries.execute(new GetReplayQuery(id));
  }
}
