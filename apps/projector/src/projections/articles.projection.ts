import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import type { SqlTransaction } from '@newsroom/database';
import type { ArticleState } from '@newsroom/read-models';
import { ArticleEventReceived } from './article-event-received.event';
import { insertRows, type Column } from './article-facts.writer';

/** The articles row: the article as the event log has made it, with its processing state. */
type ArticleRow = Omit<ArticleState, 'retracted'> & {
  state: 'projected' | 'retracted';
  failureReason: null;
  extractorVersion: string;
};

const COLUMNS: readonly Column<ArticleRow>[] = [
  ['id', 'id', 'text'],
  ['title', 'title', 'text'],
  ['url', 'url', 'text'],
  ['outlet', 'outlet', 'text'],
  ['language', 'language', 'text'],
  ['publishedAt', 'published_at', 'text'],
  ['format', 'format', 'text'],
  ['text', 'text', 'text'],
  ['contentHash', 'content_hash', 'text'],
  ['state', 'state', 'text'],
  ['failureReason', 'failure_reason', 'text'],
  ['retractionReason', 'retraction_reason', 'text'],
  ['extractorVersion', 'extractor_version', 'text'],
  ['lastEventId', 'last_event_id', 'uuid'],
  ['eventCount', 'event_count', 'int'],
  ['firstOccurredAt', 'first_occurred_at', 'timestamptz'],
  ['lastOccurredAt', 'last_occurred_at', 'timestamptz'],
];

/** Flushed first: articles take no merge-group lock. */
const FLUSH_ORDER = 0;

/** articles: metadata, text, processing state and extractor version of every article (one upsert per chunk). */
@EventsHandler(ArticleEventReceived)
export class ArticlesProjection implements IEventHandler<ArticleEventReceived> {
  handle({ after, facts, chunk }: ArticleEventReceived): void {
    const rows = chunk.atEnd(this, FLUSH_ORDER, () => new Map<string, ArticleRow>(), (gathered) => write(chunk.tx, [...gathered.values()]));
    rows.set(after.id, {
      id: after.id,
      title: after.title,
      url: after.url,
      outlet: after.outlet,
      language: after.language,
      publishedAt: after.publishedAt,
      format: after.format,
      text: after.text,
      contentHash: after.contentHash,
      state: after.retracted ? 'retracted' : 'projected',
      failureReason: null,
      retractionReason: after.retractionReason,
      extractorVersion: facts.extractorVersion,
      lastEventId: after.lastEventId,
      eventCount: after.eventCount,
      firstOccurredAt: after.firstOccurredAt,
      lastOccurredAt: after.lastOccurredAt,
    });
  }
}

function write(tx: SqlTransaction, rows: ArticleRow[]): Promise<void> {
  return insertRows(tx, 'articles', COLUMNS, rows, ['id']);
}
