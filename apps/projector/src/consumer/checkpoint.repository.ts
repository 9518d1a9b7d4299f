import { Injectable } from '@nestjs/common';
import { PrismaService, type SqlTransaction } from '@newsroom/database';
import { PROJECTIONS } from '../projections/article-event-received.event';

export class StaleBatchError extends Error {}

/** Offsets applied per projection and partition, kept in Postgres beside the read models. */
@Injectable()
export class CheckpointRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The next offset to apply in each partition (null: start from the beginning). */
  async nextOffsets(topic: string, partitions: number[]): Promise<Map<number, string | null>> {
    const { rows } = await this.prisma.pool.query<{ partition: number; next: string }>(
      `SELECT partition, min(next_offset)::text AS next FROM projection_checkpoints
       WHERE topic = $1 AND partition = ANY($2::int[]) AND projection = ANY($3::text[]) GROUP BY partition`,
      [topic, partitions, [...PROJECTIONS]],
    );
    const found = new Map(rows.map((r) => [r.partition, r.next]));
    return new Map(partitions.map((p) => [p, found.get(p) ?? null]));
  }

  /**
   * Moves every projection's checkpoint from `expected` to `next` in the batch transaction. If another
   * consumer moved it first (a zombie after a rebalance), nothing matches and the batch is rolled back.
   */
  async advance(tx: SqlTransaction, topic: string, partition: number, expected: bigint, next: bigint): Promise<void> {
    const updated = await tx.execute(
      `INSERT INTO projection_checkpoints (projection, topic, partition, next_offset, updated_at)
       SELECT p, $1, $2, $3::bigint, now() FROM unnest($4::text[]) AS p
       ON CONFLICT (projection, topic, partition) DO UPDATE
         SET next_offset = EXCLUDED.next_offset, updated_at = EXCLUDED.updated_at
         WHERE projection_checkpoints.next_offset = $5::bigint`,
      topic,
      partition,
      next.toString(),
      [...PROJECTIONS],
      expected.toString(),
    );
    if (updated !== PROJECTIONS.length) {
      throw new StaleBatchError(`partition ${partition} moved past offset ${expected} under another consumer`);
    }
  }
}
