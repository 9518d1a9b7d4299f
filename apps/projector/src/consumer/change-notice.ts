import type { SqlTransaction } from '@newsroom/database';
import type { ArticleChange } from '@newsroom/read-models';
import type { ChangeEntry } from '../projections/article-event-received.event';
import { insertRows, LOCK, type Column } from '../projections/article-facts.writer';

/** The Postgres LISTEN/NOTIFY channel on which the projector announces each committed batch. */
export const CHANGES_CHANNEL = 'newsroom_changes';

/** NOTIFY payloads must stay under 8000 bytes; the rest of a large batch is summed up in `truncated`. */
const MAX_PAYLOAD_BYTES = 7_500;

/**
 * The payload sent on `newsroom_changes` after a batch commits (NOTIFY inside the batch transaction
 * is delivered only on commit, so a listener never hears of rows it cannot read yet):
 *
 *   {
 *     "topic": "newsroom.article-events",   // the article topic the batch came from
 *     "partition": 2,
 *     "nextOffset": "1234",                  // the partition's checkpoint after the batch
 *     "articles": [                          // one entry per changed article, sorted by id
 *       { "articleId": "a-1", "kinds": ["article", "visits", "statements", "status"] }
 *     ],
 *     "truncated": 0                         // articles left out to respect NOTIFY's size limit;
 *   }                                        // when > 0, listeners should refresh more broadly
 *
 * kinds: "article" (the articles row) and the fact kinds whose rows may have changed.
 *
 * A drain of the merge backlog (merged rows recomputed after a catch-up) sends `{ "drained": <changes> }`.
 */
export interface ChangeNotice {
  topic: string;
  partition: number;
  nextOffset: string;
  articles: ArticleChange[];
  truncated: number;
}

/** The JSON text of the notice, with as many articles as fit (pure; the caller sends it). */
export function changeNoticePayload(topic: string, partition: number, nextOffset: string, changes: ArticleChange[]): string {
  const notice: ChangeNotice = { topic, partition, nextOffset, articles: [], truncated: 0 };
  let size = Buffer.byteLength(JSON.stringify(notice)) + 8;
  for (const [index, change] of changes.entries()) {
    const entry = Buffer.byteLength(JSON.stringify(change)) + 1;
    if (size + entry > MAX_PAYLOAD_BYTES) {
      notice.truncated = changes.length - index;
      break;
    }
    notice.articles.push(change);
    size += entry;
  }
  return JSON.stringify(notice);
}

const CHANGE_LOG_COLUMNS: readonly Column<ChangeEntry>[] = [
  ['kind', 'kind', 'text'],
  ['action', 'action', 'text'],
  ['entityId', 'entity_id', 'text'],
  ['envoy', 'envoy', 'text'],
  ['track', 'track', 'text'],
];

/**
 * Appends a transaction's merged-row changes to change_log and queues its notice (NOTIFY is delivered on commit).
 * change_log ids must follow commit order (the live stream reads past its last id): the transactions that append
 * to it do so one at a time, each holding the commit-order lock until it commits. Taken last, after every
 * merge-group lock, so it adds no lock cycle.
 */
export async function appendChanges(tx: SqlTransaction, merged: readonly ChangeEntry[], notice: string | null): Promise<void> {
  if (merged.length) {
    await (notice
      ? tx.execute('SELECT pg_advisory_xact_lock($1::int, hashtext(current_schema())), pg_notify($2, $3)', LOCK.commitOrder, CHANGES_CHANNEL, notice)
      : tx.execute('SELECT pg_advisory_xact_lock($1::int, hashtext(current_schema()))', LOCK.commitOrder));
    await insertRows(tx, 'change_log', CHANGE_LOG_COLUMNS, merged);
  } else if (notice) {
    await tx.execute('SELECT pg_notify($1, $2)', CHANGES_CHANNEL, notice);
  }
}
