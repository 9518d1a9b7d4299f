import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, type HealthIndicatorResult } from '@nestjs/terminus';
import { PrismaService } from '@newsroom/database';
import { pendingMigrations } from '../../../../scripts/db/migrations';
import { Public } from '../auth/roles.decorator';
import { EventLog } from '../event-log/event-log.module';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { Inject } from '@nestjs/common';

/** Health of what the gateway depends on; the only route without an API key. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly prisma: PrismaService,
    private readonly eventLog: EventLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([
      async (): Promise<HealthIndicatorResult> => ({ kafka: { status: (await this.eventLog.isReachable()) ? 'up' : 'down' } }),
      async (): Promise<HealthIndicatorResult> => ({ postgres: { status: (await this.prisma.isReachable()) ? 'up' : 'down' } }),
      async (): Promise<HealthIndicatorResult> => {
        const pending = await pendingMigrations(this.config.DATABASE_URL).catch(() => null);
        return { migrations: { status: pending && pending.length === 0 ? 'up' : 'down', pending: pending ?? 'unknown' } };
      },
    ]);
  }
}
