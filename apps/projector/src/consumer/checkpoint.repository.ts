import { Injectable } from '@nestjs/common';
import { PrismaService, type TransactionClient } from '@newsroom/database';
import { PROJECTIONS } from '../projections/article-event-received.event';

export class StaleBatchError extends Error {}

/** Offsets applied per projection and partition, kept in Postgres beside the read models. */
@Injectable()
export class CheckpointRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The next offset to apply in each partition (null: start from the beginning). */
  async nextOffsets(topic: string, partitions: number[]): Promise<Map<number, string | null>> {
    const rows = await this.prisma.client.projectionCheckpoint.groupBy({
      by: ['partition'],
      where: { topic, partition: { in: partitions }, projection: { in: [...PROJECTIONS] } },
      _min: { nextOffset: true },
    });
    const found = new Map(rows.map((r) => [r.partition, r._min.nextOffset?.toString() ?? null]));
    return new Map(partitions.map((p) => [p, found.get(p) ?? null]));
  }

  /**
   * Moves every projection's checkpoint from `expected` to `next` in the batch transaction. If another
   * consumer moved it first (a zombie after a rebalance), nothing matches and the batch is rolled back.
   */
  async advance(tx: TransactionClient, topic: string, partition: number, expected: bigint, next: bigint): Promise<void> {
    const updated = await tx.$executeRaw`
      INSERT INTO projection_checkpoints (projection, topic, partition, next_offset, updated_at)
      SELECT p, ${topic}, ${partition}, ${next}, now() FROM unnest(${[...PROJECTIONS]}::text[]) AS p
      ON CONFLICT (projection, topic, partition) DO UPDATE
        SET next_offset = EXCLUDED.next_offset, updated_at = EXCLUDED.updated_at
        WHERE projection_checkpoints.next_offset = ${expected}`;
    if (updated !== PROJECTIONS.length) {
      throw new StaleBatchError(`partition ${partition} moved past offset ${expected} under another consumer`);
    }
  }
}
