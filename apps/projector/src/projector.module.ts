import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { AppConfigModule, type AppConfig } from '@newsroom/config';
import { DatabaseModule } from '@newsroom/database';
import { ArticleEventsConsumer } from './consumer/article-events.consumer';
import { BatchProjector } from './consumer/batch-projector';
import { CheckpointRepository } from './consumer/checkpoint.repository';
import { DeadLetterPublisher } from './consumer/dead-letter.publisher';
import { ExtractionPool } from './consumer/extraction-pool';
import { kafkaProvider } from './consumer/kafka.provider';
import { ProjectorStats } from './consumer/projector-stats';
import { ProjectorHealthController } from './health/health.controller';
import { ArticlesProjection } from './projections/articles.projection';
import { ItineraryProjection } from './projections/itinerary/itinerary.projection';
import { PeaceProcessProjection } from './projections/peace-process/peace-process.projection';
import { StatementLogProjection } from './projections/statement-log/statement-log.projection';
import { ReplayMetrics } from './replays/replay-metrics';
import { GENERATION_BUILDER, ReplayWorker, type GenerationBuilder } from './replays/replay-worker';

@Module({})
export class ProjectorModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule.forRoot({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE, generation: config.READ_MODEL_GENERATION, retireAfterMs: config.GENERATION_RETIRE_MS }),
        // Handler errors are caught by the EventBus and reach BatchProjector through the UnhandledExceptionBus
        // (retry, then dead-letter). rethrowUnhandled would end the handler's subscription and crash the process.
        CqrsModule.forRoot(),
        TerminusModule.forRoot({ logger: false }),
      ],
      controllers: [ProjectorHealthController],
      providers: [
        kafkaProvider,
        ProjectorStats,
        CheckpointRepository,
        DeadLetterPublisher,
        ExtractionPool,
        BatchProjector,
        ArticleEventsConsumer,
        ArticlesProjection,
        ItineraryProjection,
        StatementLogProjection,
        PeaceProcessProjection,
        ReplayWorker,
        ReplayMetrics,
        { provide: GENERATION_BUILDER, useValue: generationBuilder(config) },
      ],
    };
  }
}

/** A replay's build inside this process: the projector's own modules, pinned to the generation being built. */
function generationBuilder(config: AppConfig): GenerationBuilder {
  return async (schema) => {
    const context = await NestFactory.createApplicationContext(ProjectorModule.forRoot({ ...config, READ_MODEL_GENERATION: schema, LOG_LEVEL: 'warn' }), {
      logger: ['error', 'warn'],
      abortOnError: false,
    });
    return { stop: () => context.close(), failure: () => undefined };
  };
}
