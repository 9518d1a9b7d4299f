import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { ArticleEventReceived } from './article-event-received.event';

/** articles: metadata, text, processing state and extractor version of every article. */
@EventsHandler(ArticleEventReceived)
export class ArticlesProjection implements IEventHandler<ArticleEventReceived> {
  handle(received: ArticleEventReceived): void {
    received.track(() => this.apply(received));
  }

  private async apply({ after, facts, tx }: ArticleEventReceived): Promise<void> {
    const row = {
      title: after.title,
      url: after.url,
      outlet: after.outlet,
      language: after.language,
      publishedAt: after.publishedAt,
      format: after.format,
      text: after.text,
      contentHash: after.contentHash,
      state: after.retracted ? ('retracted' as const) : ('projected' as const),
      failureReason: null,
      retractionReason: after.retractionReason,
      extractorVersion: facts.extractorVersion,
      lastEventId: after.lastEventId,
      eventCount: after.eventCount,
      firstOccurredAt: new Date(after.firstOccurredAt),
      lastOccurredAt: new Date(after.lastOccurredAt),
    };
    await tx.article.upsert({ where: { id: after.id }, create: { id: after.id, ...row }, update: row });
  }
}
