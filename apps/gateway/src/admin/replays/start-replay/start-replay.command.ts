import { Command } from '@nestjs/cqrs';
import type { ReplayView } from '../replay-view';

/** Requests a rebuild of every read model into a new generation, from offset 0 of the event log. */
export class StartReplayCommand extends Command<ReplayView> {
  constructor(
    readonly switchWhenDone: boolean,
    readonly requestedBy: string,
  ) {
    super();
  }
}
