import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { ArticleEventReceived } from './article-event-received.event';
import { replaceArticleFacts } from './article-facts.writer';

/** article_visits: the visits each article reports, with provenance. */
@EventsHandler(ArticleEventReceived)
export class VisitsProjection implements IEventHandler<ArticleEventReceived> {
  handle(received: ArticleEventReceived): void {
    const { after, facts, tx } = received;
    received.track(() =>
      replaceArticleFacts(
        tx.articleVisit,
        after.id,
        facts.visits.map((v, ordinal) => ({
          articleId: after.id,
          ordinal,
          envoy: v.envoy,
          city: v.city,
          country: v.country,
          date: v.date,
          mode: v.mode,
          counterparts: v.counterparts,
          companions: v.companions,
          evidence: v.evidence,
          extractorVersion: facts.extractorVersion,
        })),
      ),
    );
  }
}
