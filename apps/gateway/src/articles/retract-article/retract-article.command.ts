import { Command } from '@nestjs/cqrs';
import type { AcceptedEvent } from '../submit-article/submit-article.dto';
import type { RequestContext } from '../submit-article/submit-article.command';

export class RetractArticleCommand extends Command<AcceptedEvent> {
  constructor(
    readonly articleId: string,
    readonly reason: string,
    readonly context: RequestContext,
  ) {
    super();
  }
}
