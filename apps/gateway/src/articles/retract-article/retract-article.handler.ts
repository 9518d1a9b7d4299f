import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { contentHash, createEvent } from '@newsroom/events';
import { requireArticle } from '../ingest/article-existence';
import { IngestService } from '../ingest/ingest.service';
import type { AcceptedEvent } from '../submit-article/submit-article.dto';
import { RetractArticleCommand } from './retract-article.command';

/** A retraction removes every fact of the article; retracting twice answers with the first retraction. */
@CommandHandler(RetractArticleCommand)
export class RetractArticleHandler implements ICommandHandler<RetractArticleCommand> {
  constructor(private readonly ingest: IngestService) {}

  async execute({ articleId, reason, context }: RetractArticleCommand): Promise<AcceptedEvent> {
    return this.ingest.ingest({
      articleId,
      eventType: 'ArticleRetracted',
      contentHash: contentHash({ reason }),
      context,
      decide: async (records) => {
        const { retraction } = await requireArticle(records, articleId);
        if (retraction) {
          return 'state' in retraction ? { kind: 'existing', record: retraction } : { kind: 'projected', eventId: retraction.eventId };
        }
        return { kind: 'new', event: createEvent('ArticleRetracted', articleId, { reason }, context.producer) };
      },
    });
  }
}
