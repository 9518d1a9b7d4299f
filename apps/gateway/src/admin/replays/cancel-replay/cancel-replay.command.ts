import { Command } from '@nestjs/cqrs';
import type { ReplayView } from '../replay-view';

/** Stops a requested or running replay; its runner drops the partial generation. */
export class CancelReplayCommand extends Command<ReplayView> {
  constructor(readonly id: number) {
    super();
  }
}
