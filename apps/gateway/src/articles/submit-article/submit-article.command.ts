import { Command } from '@nestjs/cqrs';
import type { AcceptedEvent, SubmitArticleRequest } from './submit-article.dto';

export interface RequestContext {
  /** Who produced the event, e.g. "gateway:wire feed". */
  producer: string;
  /** The client's Idempotency-Key, already scoped to its API key. */
  idempotencyKey?: string;
  requestId?: string;
}

export class SubmitArticleCommand extends Command<AcceptedEvent> {
  constructor(
    readonly request: SubmitArticleRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}
