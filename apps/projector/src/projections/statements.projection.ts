import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { ArticleEventReceived } from './article-event-received.event';
import { replaceArticleFacts } from './article-facts.writer';

/** article_statements: who said what, per article, with provenance. */
@EventsHandler(ArticleEventReceived)
export class StatementsProjection implements IEventHandler<ArticleEventReceived> {
  handle(received: ArticleEventReceived): void {
    const { after, facts, tx } = received;
    received.track(() =>
      replaceArticleFacts(
        tx.articleStatement,
        after.id,
        facts.statements.map((s, ordinal) => ({
          articleId: after.id,
          ordinal,
          speaker: s.speaker,
          text: s.text,
          type: s.type,
          evidence: s.evidence,
          extractorVersion: facts.extractorVersion,
        })),
      ),
    );
  }
}
