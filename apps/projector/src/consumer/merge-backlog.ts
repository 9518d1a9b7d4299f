import type { Pool } from 'pg';
import { createPool, ident, inTransaction, type SqlTransaction } from '@newsroom/database';
import { ProjectionChunk } from '../projections/article-event-received.event';
import { insertRows, isAnyOf, type Column } from '../projections/article-facts.writer';
import { ITINERARY_MERGES } from '../projections/itinerary/itinerary.projection';
import type { MergedReadModel } from '../projections/merged-rows.writer';
import { PEACE_PROCESS_MERGES } from '../projections/peace-process/peace-process.projection';
import { STATEMENT_LOG_MERGES } from '../projections/statement-log/statement-log.projection';
import { appendChanges } from './change-notice';

/** Every merged read model, in the order of their merge-group locks (see LOCK). */
export const MERGED_READ_MODELS: readonly MergedReadModel[] = [PEACE_PROCESS_MERGES, ITINERARY_MERGES, STATEMENT_LOG_MERGES];

/** Merge groups recomputed per transaction: large enough to amortise a round trip, small enough to stay short. */
const GROUPS_PER_TRANSACTION = 1000;

const BACKLOG_COLUMNS: readonly Column<{ model: string; key: string }>[] = [
  ['model', 'model', 'text'],
  ['key', 'key', 'text'],
];

/** Notes the merge groups a deferring chunk touched, in its own transaction: the rows become visible with its facts. */
export async function recordDeferredMerges(tx: SqlTransaction, chunk: ProjectionChunk): Promise<void> {
  await insertRows(tx, 'merge_backlog', BACKLOG_COLUMNS, chunk.deferred);
}

/** Whether any merge group waits in the backlog (one cheap read, before deciding to drain). */
export async function mergeBacklogPending(pool: Pool): Promise<boolean> {
  const { rows } = await pool.query<{ pending: boolean }>('SELECT EXISTS (SELECT 1 FROM merge_backlog) AS pending');
  return rows[0].pending;
}

export interface DrainFigures {
  groups: number;
  changes: number;
  seconds: number;
}

/** Transactions a drain runs side by side (one connection each). */
export const DRAIN_CONNECTIONS = 3;

/**
 * Recomputes every merge group noted in merge_backlog, up to GROUPS_PER_TRANSACTION groups of one read model per
 * transaction, DRAIN_CONNECTIONS transactions side by side: each takes its groups' rows out of the backlog (DELETE ...
 * RETURNING), recomputes them under their locks with the functions a live chunk uses, and appends their changes to
 * change_log. A row is visible only once the facts written with it are, so the recompute reads them; a row noted
 * meanwhile stays for the next round; a drain that fails leaves its rows in place. Merged rows depend only on the
 * facts, so the result is the one the chunks would have given merging one by one.
 */
export async function drainMergeBacklog(pool: Pool, { groupsPerTransaction = GROUPS_PER_TRANSACTION } = {}): Promise<DrainFigures> {
  const started = performance.now();
  let groups = 0;
  let changes = 0;
  for (;;) {
    // Each model's noted keys, read once a round and taken slice by slice (finding each slice's keys in the backlog
    // again would walk the index entries of every slice already taken, dead until vacuumed). The slices of all the
    // models make one queue, served by every connection: a model with many groups does not end up alone on one core.
    // Two slices never share a group; their transactions lock their groups, then the aggregates (envoys, tracks),
    // each in ascending order, so they wait for each other at most, never in a cycle.
    const noted = await Promise.all(MERGED_READ_MODELS.map(async (model) => ({ model, keys: await notedKeys(pool, model.name) })));
    const slices = interleave(noted.map(({ model, keys }) => chunked(keys, groupsPerTransaction).map((slice) => ({ model, slice }))));
    if (!slices.length) break;
    let next = 0;
    const connection = async () => {
      while (next < slices.length) {
        const { model, slice } = slices[next++];
        await inTransaction(
          pool,
          async (tx) => {
            // Another drain may have taken some of these rows first: it recomputes those groups.
            const rows = await tx.query<{ key: string }>(`DELETE FROM merge_backlog WHERE model = $1 AND ${isAnyOf('key', '$2')} RETURNING key`, model.name, slice);
            const keys = [...new Set(rows.map((r) => r.key))].sort();
            if (!keys.length) return;
            const chunk = new ProjectionChunk(tx);
            await model.remerge(chunk, keys);
            await appendChanges(tx, chunk.changes, chunk.changes.length ? JSON.stringify({ drained: chunk.changes.length }) : null);
            changes += chunk.changes.length;
            groups += keys.length;
          },
          { statementTimeoutMs: 300_000 },
        );
      }
    };
    await Promise.all(Array.from({ length: Math.min(DRAIN_CONNECTIONS, slices.length) }, connection));
  }
  return { groups, changes, seconds: (performance.now() - started) / 1000 };
}

const chunked = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** The lists' items taken in turn (a0, b0, c0, a1, ...): the models' slices spread over the whole drain. */
const interleave = <T>(lists: readonly T[][]): T[] => Array.from({ length: Math.max(0, ...lists.map((l) => l.length)) }, (_, i) => lists.flatMap((l) => (i < l.length ? [l[i]] : []))).flat();

/** The distinct keys of one model noted in the backlog, in key order (the order their locks are taken in). */
async function notedKeys(pool: Pool, model: string): Promise<string[]> {
  const { rows } = await pool.query<{ key: string }>('SELECT DISTINCT key FROM merge_backlog WHERE model = $1 ORDER BY key', [model]);
  return rows.map((r) => r.key);
}

/**
 * Completes a replay's generation once its build (every chunk deferring) has stopped: drains its whole backlog, then
 * gathers the planner statistics of its tables. Freshly filled tables have none until autovacuum gets to them (never,
 * where it is off), and the read routes' plans would be guesses from the moment of the switch (a full-text search
 * that finds nothing walked every statement in date order: 29 ms instead of 1.6 ms on 50,000 articles).
 * The events that come after are applied by the live projectors once they follow the generation. A crash in the
 * middle leaves the undrained rows for the resumed replay.
 */
export async function completeGeneration(url: string, schema: string): Promise<DrainFigures> {
  const pool = createPool({ url, schema, poolSize: DRAIN_CONNECTIONS });
  try {
    const figures = await drainMergeBacklog(pool);
    const { rows: tables } = await pool.query<{ name: string }>('SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 ORDER BY tablename', [schema]);
    // The tables side by side, one per connection, rather than one after the other on one core.
    await Promise.all(tables.map(({ name }) => pool.query(`ANALYZE ${ident(schema)}.${ident(name)}`)));
    return figures;
  } finally {
    await pool.end();
  }
}
