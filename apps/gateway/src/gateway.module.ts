import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { AppConfigModule, type AppConfig } from '@newsroom/config';
import { DatabaseModule } from '@newsroom/database';
import { ZodValidationPipe } from 'nestjs-zod';
import { ReplaysModule } from './admin/replays/replays.module';
import { ArticlesModule } from './articles/articles.module';
import { ApiKeyGuard } from './auth/api-key.guard';
import { SlidingLogThrottlerStorage } from './auth/sliding-log-throttler.storage';
import { RateLimitGuard } from './auth/rate-limit.guard';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { HttpDrain } from './common/http-drain';
import { ResponseCacheModule } from './common/response-cache';
import { EventLogModule } from './event-log/event-log.module';
import { HealthController } from './health/health.controller';
import { ItinerariesModule } from './itineraries/itineraries.module';
import { LiveStreamModule } from './live-stream/live-stream.module';
import { MetricsModule } from './metrics/metrics.module';
import { PeaceProcessesModule } from './peace-processes/peace-processes.module';
import { ProjectionsModule } from './projections/projections.module';
import { StatementLogModule } from './statement-log/statement-log.module';

@Module({})
export class GatewayModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule.forRoot({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE, generation: config.READ_MODEL_GENERATION, retireAfterMs: config.GENERATION_RETIRE_MS }),
        CqrsModule.forRoot(),
        TerminusModule.forRoot({ logger: false }),
        MetricsModule,
        ResponseCacheModule,
        EventLogModule,
        ArticlesModule,
        ProjectionsModule,
        ItinerariesModule,
        StatementLogModule,
        PeaceProcessesModule,
        LiveStreamModule,
        ReplaysModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        HttpDrain,
        SlidingLogThrottlerStorage,
      ],
    };
  }
}
