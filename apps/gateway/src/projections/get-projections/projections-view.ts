import type { PartitionView, ProjectionsView } from './projections-view.dto';

/** What the database and Kafka say about the projections of one topic (the inputs of projectionsView). */
export interface ProjectionFigures {
  topic: string;
  checkpoints: { projection: string; partition: number; nextOffset: bigint; updatedAt: Date }[];
  /** Partition → high watermark; null when Kafka could not be asked. */
  highWatermarks: Map<number, bigint> | null;
  appliedLastMinute: Map<number, number>;
  deadLetters: Map<number, number>;
  extractorVersions: Map<number, string | null>;
}

/** Per partition: checkpoint (the minimum over projections), lag, rate, dead letters, extractor version (pure). */
export function projectionsView(f: ProjectionFigures): ProjectionsView {
  const partitions = new Set<number>([
    ...f.checkpoints.map((c) => c.partition),
    ...(f.highWatermarks?.keys() ?? []),
    ...f.deadLetters.keys(),
  ]);
  const rows: PartitionView[] = [...partitions]
    .sort((a, b) => a - b)
    .map((partition) => {
      const own = f.checkpoints.filter((c) => c.partition === partition);
      const next = own.length ? own.reduce((min, c) => (c.nextOffset < min ? c.nextOffset : min), own[0].nextOffset) : null;
      const lastAt = own.length ? new Date(Math.max(...own.map((c) => c.updatedAt.getTime()))).toISOString() : null;
      const high = f.highWatermarks?.get(partition) ?? null;
      return {
        partition,
        lastAppliedOffset: next !== null && next > 0n ? (next - 1n).toString() : null,
        lastAppliedAt: lastAt,
        highWatermark: high?.toString() ?? null,
        lag: high === null ? null : Number(high > (next ?? 0n) ? high - (next ?? 0n) : 0n),
        eventsPerSecond: Math.round(((f.appliedLastMinute.get(partition) ?? 0) / 60) * 100) / 100,
        deadLetters: f.deadLetters.get(partition) ?? 0,
        extractorVersion: f.extractorVersions.get(partition) ?? null,
      };
    });
  const byProjection = new Map<string, Record<string, string>>();
  for (const c of f.checkpoints) {
    const offsets = byProjection.get(c.projection) ?? {};
    offsets[String(c.partition)] = c.nextOffset.toString();
    byProjection.set(c.projection, offsets);
  }
  return {
    topic: f.topic,
    projections: [...byProjection.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([projection, nextOffsets]) => ({ projection, nextOffsets })),
    partitions: rows,
    totals: {
      lag: f.highWatermarks === null ? null : rows.reduce((sum, r) => sum + (r.lag ?? 0), 0),
      eventsPerSecond: Math.round(rows.reduce((sum, r) => sum + r.eventsPerSecond, 0) * 100) / 100,
      deadLetters: rows.reduce((sum, r) => sum + r.deadLetters, 0),
    },
  };
}
