import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiConflictResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../../auth/api-key.guard';
import { RequireRole } from '../../../auth/roles.decorator';
import { ReplayViewDto } from '../replay-view';
import { StartReplayCommand } from './start-replay.command';
import { StartReplayDto } from './start-replay.dto';

@ApiTags('admin')
@ApiSecurity('api-key')
@Controller('api/admin/replays')
export class StartReplayController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(202)
  @RequireRole('admin')
  @ApiOperation({
    summary:
      'Start a rebuild of every read model into a new generation, reading the event log from offset 0 in its own consumer group; a projector runs it and switches once it has caught up (follow it with GET /api/admin/replays/{id} or the replay events of /api/stream)',
  })
  @ApiAcceptedResponse({ type: ReplayViewDto })
  @ApiConflictResponse({ description: 'another replay is requested or running' })
  start(@Body() body: StartReplayDto, @Req() request: AuthenticatedRequest) {
    return this.commands.execute(new StartReplayCommand(body.switch, `api:${request.apiKey!.name}`));
  }
}
