import type { Pool } from 'pg';
import type { PrismaClient } from '@newsroom/database';
import type { ArticleState } from '@newsroom/read-models';

/** The current state of the given articles, read back from the articles read model. */
export async function loadArticleStates(db: PrismaClient, ids: string[]): Promise<Map<string, ArticleState>> {
  if (!ids.length) return new Map();
  const rows = await db.article.findMany({ where: { id: { in: ids } } });
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        title: r.title,
        url: r.url,
        outlet: r.outlet,
        language: r.language,
        publishedAt: r.publishedAt,
        format: r.format as 'text' | 'html',
        text: r.text,
        contentHash: r.contentHash,
        retracted: r.state === 'retracted',
        retractionReason: r.retractionReason,
        lastEventId: r.lastEventId,
        eventCount: r.eventCount,
        firstOccurredAt: r.firstOccurredAt.toISOString(),
        lastOccurredAt: r.lastOccurredAt.toISOString(),
      },
    ]),
  );
}

/**
 * What identifies an article's state: the last event applied to it and how many were. Events apply in log order and
 * each once, so two states with the same key are the same state.
 */
export const stateKey = (state: Pick<ArticleState, 'lastEventId' | 'eventCount'>): string => `${state.lastEventId}#${state.eventCount}`;

/** The key of each given article's stored state (a light read: no text), to check states assumed earlier. */
export async function loadStateKeys(pool: Pool, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const { rows } = await pool.query<{ id: string; lastEventId: string; eventCount: number }>(
    'SELECT id, last_event_id AS "lastEventId", event_count AS "eventCount" FROM articles WHERE id = ANY($1::text[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, stateKey(r)]));
}
