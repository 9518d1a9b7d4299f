import { Command } from '@nestjs/cqrs';
import type { AcceptedEvent } from '../submit-article/submit-article.dto';
import type { RequestContext } from '../submit-article/submit-article.command';
import type { CorrectArticleRequest } from './correct-article.dto';

export class CorrectArticleCommand extends Command<AcceptedEvent> {
  constructor(
    readonly articleId: string,
    readonly correction: CorrectArticleRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}
