import { Command } from '@nestjs/cqrs';
import type { DeadLetterView } from '../list-dead-letters/dead-letter-view.dto';

/** Puts a dead letter's original message back on the article topic, once; the projector applies it anew. */
export class RedriveDeadLetterCommand extends Command<DeadLetterView> {
  constructor(readonly id: bigint) {
    super();
  }
}
