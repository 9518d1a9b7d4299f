import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../../auth/roles.decorator';
import { paramPipe } from '../../../common/param.pipe';
import { replayIdParam, ReplayViewDto } from '../replay-view';
import { CancelReplayCommand } from './cancel-replay.command';

@ApiTags('admin')
@ApiSecurity('api-key')
@Controller('api/admin/replays')
export class CancelReplayController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/cancel')
  @HttpCode(202)
  @RequireRole('admin')
  @ApiOperation({ summary: 'Cancel a requested or running replay: its projector stops the build and drops the partial generation; the live one is untouched' })
  @ApiAcceptedResponse({ type: ReplayViewDto })
  @ApiNotFoundResponse({ description: 'no such replay' })
  @ApiConflictResponse({ description: 'the replay has already ended' })
  cancel(@Param('id', paramPipe('id', replayIdParam)) id: number) {
    return this.commands.execute(new CancelReplayCommand(id));
  }
}
