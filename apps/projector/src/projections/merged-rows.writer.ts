import type { Prisma } from '@newsroom/database';
import type { ChangeEntry, ProjectionChunk } from './article-event-received.event';

/** What a change-log entry names besides the entity: the stream filters on them. */
export interface ChangeScope {
  kind: ChangeEntry['kind'];
  envoy?: string | null;
  track?: string | null;
}

/**
 * Brings the merged rows of the touched buckets from `existing` (their ids, and what their scope needs) to
 * `computed`: one delete of the rows no longer computed, one upsert of the computed rows that writes only those that
 * are new or changed (see upsertChangedRows: Postgres compares them, so the stored rows, and their large `sources`,
 * are neither read back nor compared here), and records every creation, update and removal for change_log
 * (appended by BatchProjector when the chunk commits; read by the gateway's live stream).
 */
export async function syncMergedRows<Row extends { id: string }, Old extends { id: string }>(
  chunk: ProjectionChunk,
  existing: Old[],
  computed: Row[],
  table: {
    remove(ids: string[]): Promise<unknown>;
    /** Creates or replaces the rows that are new or changed (an upsert on the id); returns the ids it wrote. */
    write(rows: Row[]): Promise<string[]>;
  },
  scopeOf: (row: Row | Old) => ChangeScope,
): Promise<Row[]> {
  const before = new Set(existing.map((r) => r.id));
  const after = new Set(computed.map((r) => r.id));
  const removed = existing.filter((r) => !after.has(r.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  if (removed.length) await table.remove(removed.map((r) => r.id));
  const written = new Set(computed.length ? await table.write(computed) : []);
  const created = computed.filter((r) => written.has(r.id) && !before.has(r.id));
  const updated = computed.filter((r) => written.has(r.id) && before.has(r.id));
  for (const [rows, action] of [
    [created, 'created'],
    [updated, 'updated'],
    [removed, 'removed'],
  ] as const) {
    for (const row of rows) {
      const scope = scopeOf(row);
      chunk.changes.push({ kind: scope.kind, action, entityId: row.id, envoy: scope.envoy ?? null, track: scope.track ?? null });
    }
  }
  return [...created, ...updated];
}

/** Groups rows by a key (one pass, instead of filtering the rows once per key). */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Plain data (merged facts) as a Prisma JSON column value. */
export const asJson = (value: unknown): Prisma.InputJsonValue => value as Prisma.InputJsonValue;

/**
 * A merged read model as the merge backlog sees it (see drainMergeBacklog): its name in merge_backlog, and how it
 * recomputes a slice of its merge groups (aggregates included: the envoys or tracks of those groups), as a chunk would.
 */
export interface MergedReadModel {
  name: string;
  remerge(chunk: ProjectionChunk, keys: string[]): Promise<void>;
}
