import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { ArticleEventReceived } from './article-event-received.event';
import { replaceArticleFacts } from './article-facts.writer';

/** article_status_claims: claims about negotiation tracks, per article, with provenance. */
@EventsHandler(ArticleEventReceived)
export class TrackStatusProjection implements IEventHandler<ArticleEventReceived> {
  handle(received: ArticleEventReceived): void {
    const { after, facts, tx } = received;
    received.track(() =>
      replaceArticleFacts(
        tx.articleStatusClaim,
        after.id,
        facts.status.map((c, ordinal) => ({
          articleId: after.id,
          ordinal,
          track: c.track,
          state: c.state,
          date: c.date,
          evidence: c.evidence,
          extractorVersion: facts.extractorVersion,
        })),
      ),
    );
  }
}
