/**
 * Where a fetched batch stands against the partition's checkpoint in Postgres (pure):
 * - `applied`: every message was applied before (a re-fetch after a crash or a late seek): skip it;
 * - `gap`: the batch starts after the checkpoint (fetched from a Kafka offset ahead of Postgres):
 *   seek back to the checkpoint instead of skipping events. When the batch was fetched right after
 *   seeking there, the log itself has no messages in between, and the batch is applied;
 * - `apply`: the messages from the checkpoint on, and the checkpoint the batch moves to.
 */
export type BatchWindow =
  | { kind: 'applied' }
  | { kind: 'gap'; seekTo: string }
  | { kind: 'apply'; from: number; expected: bigint; next: bigint };

export function batchWindow(offsets: string[], checkpoint: string | null, soughtTo: string | null): BatchWindow {
  const expected = BigInt(checkpoint ?? '0');
  const from = offsets.findIndex((o) => BigInt(o) >= expected);
  if (from < 0) return { kind: 'applied' };
  const first = BigInt(offsets[from]);
  if (checkpoint !== null && first > expected && soughtTo !== checkpoint) return { kind: 'gap', seekTo: checkpoint };
  return { kind: 'apply', from, expected, next: BigInt(offsets.at(-1)!) + 1n };
}
