import { Module } from '@nestjs/common';
import { CancelReplayController } from './cancel-replay/cancel-replay.controller';
import { CancelReplayHandler } from './cancel-replay/cancel-replay.handler';
import { GetReplayController } from './get-replay/get-replay.controller';
import { GetReplayHandler } from './get-replay/get-replay.handler';
import { ListReplaysController } from './list-replays/list-replays.controller';
import { ListReplaysHandler } from './list-replays/list-replays.handler';
import { StartReplayController } from './start-replay/start-replay.controller';
import { StartReplayHandler } from './start-replay/start-replay.handler';

/** Replays over HTTP (admin): request one, follow its progress, cancel it. Projectors run them; the gateway only records. */
@Module({
  controllers: [StartReplayController, ListReplaysController, GetReplayController, CancelReplayController],
  providers: [StartReplayHandler, ListReplaysHandler, GetReplayHandler, CancelReplayHandler],
})
export class ReplaysModule {}
