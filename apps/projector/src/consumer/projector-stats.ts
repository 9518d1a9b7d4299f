import { Injectable } from '@nestjs/common';
import { EXTRACTOR_VERSION } from '@newsroom/extraction';
import { Counter, Gauge, Registry } from 'prom-client';
import { registerProcessMetrics } from '@newsroom/observability';

export interface PartitionStats {
  partition: number;
  /** The checkpoint: the next offset to apply (the last applied offset is one less). */
  nextOffset: string | null;
  lastAppliedAt: string | null;
  /** Messages on the partition not applied yet, as of the last batch's fetch. */
  lag: number | null;
  eventsApplied: number;
  eventsPerSecond: number;
  deadLetters: number;
}

interface Sample {
  at: number;
  events: number;
}

const RATE_WINDOW_MS = 60_000;

/**
 * In-memory counters for the projector's status and metrics endpoints (this process only; the
 * gateway's GET /api/projections reads the durable figures from Postgres).
 */
@Injectable()
export class ProjectorStats {
  readonly startedAt = Date.now();
  readonly extractorVersion = EXTRACTOR_VERSION;
  readonly registry = new Registry();
  private readonly partitions = new Map<number, PartitionStats>();
  private readonly samples = new Map<number, Sample[]>();
  assigned: number[] = [];
  readonly mergeGroups: Counter<'outcome'>;
  lastError: string | null = null;

  constructor() {
    this.gauge('projector_next_offset', 'Next offset to apply (checkpoint) per partition', (p) => (p.nextOffset === null ? null : Number(p.nextOffset)));
    this.gauge('projector_last_applied_timestamp_seconds', 'When the last batch of the partition was committed', (p) =>
      p.lastAppliedAt === null ? null : Date.parse(p.lastAppliedAt) / 1000,
    );
    this.gauge('projector_consumer_lag', 'Messages on the partition not applied yet, as of the last fetch', (p) => p.lag);
    this.gauge('projector_events_applied_total', 'Events applied by this process', (p) => p.eventsApplied);
    this.gauge('projector_events_per_second', 'Events applied per second over the last minute', (p) => p.eventsPerSecond);
    this.gauge('projector_dead_letters_total', 'Events dead-lettered by this process', (p) => p.deadLetters);
    this.mergeGroups = new Counter({
      name: 'projector_merge_groups_total',
      help: 'Merge groups noted in merge_backlog by chunks far behind the log (deferred), and recomputed by drains (drained)',
      labelNames: ['outcome'],
      registers: [this.registry],
    });
    // process figures (heap, GC, event loop) of the main thread; the extraction workers' heaps count only in RSS
    registerProcessMetrics(this.registry, 'projector_');
    new Gauge({ name: 'projector_extractor_info', help: 'Extractor version in use', labelNames: ['version'], registers: [this.registry] }).set(
      { version: EXTRACTOR_VERSION },
      1,
    );
  }

  private gauge(name: string, help: string, value: (p: PartitionStats) => number | null): void {
    const stats = this;
    new Gauge({
      name,
      help,
      labelNames: ['partition'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const p of stats.snapshot()) {
          const v = value(p);
          if (v !== null) this.set({ partition: String(p.partition) }, v);
        }
      },
    });
  }

  applied(partition: number, nextOffset: string, highWatermark: string, events: number, deadLetters: number): void {
    const now = Date.now();
    const current = this.partitions.get(partition) ?? {
      partition,
      nextOffset: null,
      lastAppliedAt: null,
      lag: null,
      eventsApplied: 0,
      eventsPerSecond: 0,
      deadLetters: 0,
    };
    current.nextOffset = nextOffset;
    current.lastAppliedAt = new Date(now).toISOString();
    current.lag = Math.max(0, Number(BigInt(highWatermark) - BigInt(nextOffset)));
    current.eventsApplied += events;
    current.deadLetters += deadLetters;
    this.partitions.set(partition, current);
    const samples = this.samples.get(partition) ?? [];
    samples.push({ at: now, events });
    this.samples.set(partition, samples);
  }

  snapshot(): PartitionStats[] {
    const now = Date.now();
    const window = Math.max(1_000, Math.min(RATE_WINDOW_MS, now - this.startedAt));
    return [...this.partitions.values()]
      .map((p) => {
        const recent = (this.samples.get(p.partition) ?? []).filter((s) => now - s.at <= RATE_WINDOW_MS);
        this.samples.set(p.partition, recent);
        const events = recent.reduce((sum, s) => sum + s.events, 0);
        return { ...p, eventsPerSecond: Math.round((events * 10_000) / window) / 10 };
      })
      .sort((a, b) => a.partition - b.partition);
  }

  get totals(): { eventsApplied: number; deadLetters: number } {
    let eventsApplied = 0;
    let deadLetters = 0;
    for (const p of this.partitions.values()) {
      eventsApplied += p.eventsApplied;
      deadLetters += p.deadLetters;
    }
    return { eventsApplied, deadLetters };
  }
}
