import { Controller, Get, Header } from '@nestjs/common';
import { HealthCheck, HealthCheckService, type HealthIndicatorResult } from '@nestjs/terminus';
import { PrismaService } from '@newsroom/database';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import type { Kafka } from '@newsroom/kafka';
import { pendingMigrations } from '../../../../scripts/db/migrations';
import { KAFKA } from '../consumer/kafka.provider';
import { ProjectorStats } from '../consumer/projector-stats';

/** The projector's own health port: dependencies, and where each partition stands. */
@Controller()
export class ProjectorHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly prisma: PrismaService,
    private readonly stats: ProjectorStats,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('health')
  @HealthCheck()
  check() {
    return this.health.check([
      async (): Promise<HealthIndicatorResult> => {
        const admin = this.kafka.admin();
        const up = await admin
          .connect()
          .then(() => admin.describeCluster())
          .then(() => true, () => false)
          .finally(() => admin.disconnect().catch(() => undefined));
        return { kafka: { status: up ? 'up' : 'down' } };
      },
      async (): Promise<HealthIndicatorResult> => ({ postgres: { status: (await this.prisma.isReachable()) ? 'up' : 'down' } }),
      async (): Promise<HealthIndicatorResult> => {
        const pending = await pendingMigrations(this.config.DATABASE_URL).catch(() => null);
        return { migrations: { status: pending && pending.length === 0 ? 'up' : 'down' } };
      },
    ]);
  }

  /** Prometheus text format: per partition the checkpoint, last applied time, lag, events/s and dead letters. */
  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return this.stats.registry.metrics();
  }

  @Get('status')
  status() {
    return {
      extractorVersion: this.stats.extractorVersion,
      assignedPartitions: this.stats.assigned,
      partitions: this.stats.snapshot(),
      ...this.stats.totals,
      lastError: this.stats.lastError,
      uptimeSeconds: Math.round((Date.now() - this.stats.startedAt) / 1000),
    };
  }
}
