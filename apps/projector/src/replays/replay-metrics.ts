import { Injectable } from '@nestjs/common';
import { activeReplay, PrismaService, type Sql } from '@newsroom/database';
import { Gauge } from 'prom-client';
import { ProjectorStats } from '../consumer/projector-stats';

/**
 * The active replay's progress on the projector's /metrics, read from its `replays` record at each scrape (the
 * record is the one truth whichever process runs the replay): events done and total, rate, ETA, and 1 while one runs.
 */
@Injectable()
export class ReplayMetrics {
  constructor(stats: ProjectorStats, prisma: PrismaService) {
    const sql: Sql = <T>(text: string, params: unknown[] = []) => prisma.client.$queryRawUnsafe<T[]>(text, ...params);
    let current: Promise<Awaited<ReturnType<typeof activeReplay>>> | null = null;
    /** One read per scrape, shared by the gauges. */
    const active = () => (current ??= activeReplay(sql).catch(() => undefined).finally(() => setImmediate(() => (current = null))));
    const gauge = (name: string, help: string, value: (r: NonNullable<Awaited<ReturnType<typeof activeReplay>>>) => number | null) =>
      new Gauge({
        name,
        help,
        registers: [stats.registry],
        async collect() {
          const replay = await active();
          const v = replay ? value(replay) : null;
          this.set(v ?? 0);
        },
      });
    gauge('projector_replay_active', '1 while a replay is requested or running', () => 1);
    gauge('projector_replay_events_done', 'Events the active replay has applied to its generation', (r) => r.eventsDone);
    gauge('projector_replay_events_total', 'Events on the log the active replay must apply', (r) => r.eventsTotal);
    gauge('projector_replay_events_per_second', 'The active replay\'s rate over the last 20 s', (r) => r.rate);
    gauge('projector_replay_eta_seconds', 'Seconds left for the active replay at its rate', (r) => r.etaSeconds);
  }
}
