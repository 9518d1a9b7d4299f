import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
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
  async check(@Res({ passthrough: true }) response: FastifyReply) {
    try {
      return await this.checkAll();
    } catch (error) {
      // Terminus reports a failing check by throwing its full result; answer 503 with that result, so an operator
      // sees which dependency is down (the global error shape would hide it).
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.code(503).header('Retry-After', '5');
      return error.getResponse();
    }
  }

  private checkAll() {
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
