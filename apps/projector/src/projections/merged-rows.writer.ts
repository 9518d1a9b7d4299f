import type { Prisma, TransactionClient } from '@newsroom/database';
import { diffById } from '@newsroom/read-models';

/** What a change-log entry names besides the entity: the stream filters on them. */
export interface ChangeScope {
  kind: 'visit' | 'statement' | 'status' | 'envoy';
  envoy?: string | null;
  track?: string | null;
}

/**
 * Brings the merged rows of the touched buckets from `existing` to `computed`, writing only what changed, and
 * records every creation, update and removal in change_log (read by the gateway's live stream).
 */
export async function syncMergedRows<Row extends { id: string }, Old extends { id: string }>(
  tx: TransactionClient,
  existing: Old[],
  computed: Row[],
  table: {
    remove(ids: string[]): Promise<unknown>;
    create(rows: Row[]): Promise<unknown>;
    update(row: Row): Promise<unknown>;
  },
  scopeOf: (row: Row | Old) => ChangeScope,
): Promise<Row[]> {
  const { created, updated, removed } = diffById(existing, computed);
  if (removed.length) await table.remove(removed.map((r) => r.id));
  if (created.length) await table.create(created);
  for (const row of updated) await table.update(row);
  const entries = [
    ...created.map((row) => ({ row, action: 'created' })),
    ...updated.map((row) => ({ row, action: 'updated' })),
    ...removed.map((row) => ({ row, action: 'removed' })),
  ].map(({ row, action }) => {
    const scope = scopeOf(row);
    return { kind: scope.kind, action, entityId: row.id, envoy: scope.envoy ?? null, track: scope.track ?? null };
  });
  if (entries.length) await tx.changeLogEntry.createMany({ data: entries });
  return [...created, ...updated];
}

/** Plain data (merged facts) as a Prisma JSON column value. */
export const asJson = (value: unknown): Prisma.InputJsonValue => value as Prisma.InputJsonValue;
