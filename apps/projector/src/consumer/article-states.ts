import type { Pool } from 'pg';
import type { ArticleState } from '@newsroom/read-models';

/** The current state of the given articles, read back from the articles read model. */
export async function loadArticleStates(pool: Pool, ids: string[]): Promise<Map<string, ArticleState>> {
  if (!ids.length) return new Map();
  const { rows } = await pool.query<Omit<ArticleState, 'retracted' | 'firstOccurredAt' | 'lastOccurredAt'> & { state: string; firstOccurredAt: Date; lastOccurredAt: Date }>(
    `SELECT id, title, url, outlet, language, published_at AS "publishedAt", format, text, content_hash AS "contentHash", state,
            retraction_reason AS "retractionReason", last_event_id AS "lastEventId", event_count AS "eventCount",
            first_occurred_at AS "firstOccurredAt", last_occurred_at AS "lastOccurredAt"
     FROM articles WHERE id = ANY($1::text[])`,
    [ids],
  );
  return new Map(
    rows.map(({ state, firstOccurredAt, lastOccurredAt, ...r }) => [
      r.id,
      { ...r, retracted: state === 'retracted', firstOccurredAt: firstOccurredAt.toISOString(), lastOccurredAt: lastOccurredAt.toISOString() },
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

/**
 * Which assumed states still hold, given the stored states' keys: those kept (same key), and the articles to read
 * again (assumed but changed or gone, or assumed absent but stored). An article neither assumed nor stored is new.
 */
export function checkAssumedStates(
  assumed: ReadonlyMap<string, ArticleState>,
  storedKeys: ReadonlyMap<string, string>,
  ids: readonly string[],
): { states: Map<string, ArticleState>; stale: string[] } {
  const states = new Map<string, ArticleState>();
  const stale: string[] = [];
  for (const id of ids) {
    const state = assumed.get(id);
    if (state && storedKeys.get(id) === stateKey(state)) states.set(id, state);
    else if (state || storedKeys.has(id)) stale.push(id);
  }
  return { states, stale };
}
