import { ConflictException, NotFoundException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PrismaService, requestReplayCancel } from '@newsroom/database';
import { prismaSql, replayView, type ReplayView } from '../replay-view';
import { CancelReplayCommand } from './cancel-replay.command';

/**
 * A requested replay (or one whose runner is gone) is cancelled at once; a running one is flagged and its runner
 * stops the build and drops the partial generation at its next heartbeat (within a second or two): the answer
 * then says running with cancelRequested true. 409 for a replay that has already ended.
 */
@CommandHandler(CancelReplayCommand)
export class CancelReplayHandler implements ICommandHandler<CancelReplayCommand> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ id }: CancelReplayCommand): Promise<ReplayView> {
    const result = await requestReplayCancel(prismaSql(this.prisma), id);
    if (!result) throw new NotFoundException(`replay ${id} not found`);
    if (!result.accepted) throw new ConflictException(`replay ${id} has already ended (${result.replay.state})`);
    return replayView(result.replay);
  }
}
