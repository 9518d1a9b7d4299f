import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { buildsGeneration, PrismaService } from '@newsroom/database';
import { articleTopicSpec, deadLetterTopicSpec, ensureTopics, PartitionConsumer, type Kafka } from '@newsroom/kafka';
import { BatchProjector } from './batch-projector';
import { CheckpointRepository } from './checkpoint.repository';
import { KAFKA } from './kafka.provider';
import { ProjectorStats } from './projector-stats';

const RESTART_DELAY_MS = 2_000;
/**
 * Partitions applied at the same time: a partition retrying a failing handler does not hold up the others. kafkajs
 * fetches again only once every batch of a fetch has been applied, so a partition left waiting for a free slot
 * holds up the next fetch of all: as many as the default topic has (4).
 */
const CONCURRENT_PARTITIONS = 4;
/**
 * Fetch size per partition: a batch is applied in transactions of up to 100 events each (500 in a replay's build), and a
 * batch of several lets the next one's extraction run beside the current one's transaction (see BatchProjector.apply).
 */
const MAX_BATCH_BYTES = 1024 * 1024;
const MAX_BUILD_BATCH_BYTES = 4 * 1024 * 1024;

/** Kafka → BatchProjector. Joins the consumer group, seeks to Postgres offsets, restarts itself after a crash. */
@Injectable()
export class ArticleEventsConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ArticleEventsConsumer');
  private consumer?: PartitionConsumer;
  private stopped = false;
  private restarting = false;
  /** A restart waiting for its delay, and one under way: shutdown cancels the first and lets the second end. */
  private restartTimer?: NodeJS.Timeout;
  private restartRun?: Promise<void>;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly projector: BatchProjector,
    private readonly checkpoints: CheckpointRepository,
    private readonly stats: ProjectorStats,
    private readonly prisma: PrismaService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await ensureTopics(this.kafka, [
      articleTopicSpec(this.config.ARTICLES_TOPIC, this.config.ARTICLES_TOPIC_PARTITIONS),
      deadLetterTopicSpec(this.config.DEAD_LETTER_TOPIC),
    ]);
    // After a replay's switch, follow the new generation from its own checkpoints, in its own consumer group.
    this.prisma.generationChanged.subscribe((schema) => {
      this.logger.log(`read-model generation switched to ${schema}: restarting the consumer in the group ${this.groupId()}`);
      this.restart();
    });
    await this.start();
  }

  /** Each read-model generation is one consumer group, so a generation being built never steals the live one's partitions. */
  private groupId(): string {
    const schema = this.prisma.schema;
    return schema === 'public' ? this.config.PROJECTOR_GROUP_ID : `${this.config.PROJECTOR_GROUP_ID}.${schema}`;
  }

  private async start(): Promise<void> {
    const topic = this.config.ARTICLES_TOPIC;
    this.consumer = new PartitionConsumer(this.kafka, {
      groupId: this.groupId(),
      topic,
      startOffsets: (partitions) => this.checkpoints.nextOffsets(topic, partitions),
      onBatch: (messages, control) =>
        this.projector.apply(messages, control).catch((error: Error) => {
          // The batch is fetched again from the checkpoint (kafkajs retries with backoff); say why.
          this.stats.lastError = error.message;
          this.logger.warn(`batch of partition ${messages[0].partition} at ${messages[0].offset} not applied: ${error.message}`);
          throw error;
        }),
      onAssigned: (partitions) => {
        this.stats.assigned = partitions;
        this.logger.log(`assigned partitions [${partitions.join(', ')}] of ${topic}`);
      },
      onCrash: (error) => this.recover(error),
      partitionsConsumedConcurrently: CONCURRENT_PARTITIONS,
      maxBytesPerPartition: buildsGeneration(this.config.READ_MODEL_GENERATION) ? MAX_BUILD_BATCH_BYTES : MAX_BATCH_BYTES,
    });
    await this.consumer.start();
  }

  /** A crashed consumer is replaced by a new one, which seeks to the offsets in Postgres again. */
  private recover(error: Error): void {
    this.stats.lastError = error.message;
    this.logger.error(`consumer crashed: ${error.message}`);
    this.restart();
  }

  /** Replaces the consumer (after a crash, or to follow a switched generation: not an error, so not reported as one). */
  private restart(): void {
    if (this.stopped || this.restarting) return;
    this.restarting = true;
    this.restartTimer = setTimeout(() => {
      this.restartRun = (async () => {
        try {
          await this.consumer?.stop().catch(() => undefined);
          if (!this.stopped) await this.start();
        } catch (restartError) {
          this.restarting = false;
          return this.recover(restartError as Error);
        }
        this.restarting = false;
      })();
    }, RESTART_DELAY_MS);
  }

  /** Before the database disconnects (Nest runs every onModuleDestroy before any onApplicationShutdown). */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    // A consumer still connecting when the process shuts down would go on connecting afterwards: let it start first.
    clearTimeout(this.restartTimer);
    await this.restartRun;
    await this.consumer?.stop();
  }
}
