import { ConflictException, Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { createReplay, PrismaService, ReplayConflictError } from '@newsroom/database';
import { prismaSql, replayView, type ReplayView } from '../replay-view';
import { StartReplayCommand } from './start-replay.command';

/**
 * Records the replay as requested; a projector of the topic claims it within seconds and builds the generation
 * in its own consumer group (apps/projector ReplayWorker). The gateway starts no process. 409 while another runs.
 */
@CommandHandler(StartReplayCommand)
export class StartReplayHandler implements ICommandHandler<StartReplayCommand> {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ switchWhenDone, requestedBy }: StartReplayCommand): Promise<ReplayView> {
    try {
      return replayView(await createReplay(prismaSql(this.prisma), { topic: this.config.ARTICLES_TOPIC, requestedBy, switchWhenDone }));
    } catch (error) {
      if (error instanceof ReplayConflictError) throw new ConflictException(error.message);
      throw error;
    }
  }
}
