import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { articleTopicSpec, createKafka, deadLetterTopicSpec, ensureTopics, EventProducer, type Kafka } from '@newsroom/kafka';

/** The gateway's connection to the article event log: topics ensured at start, one idempotent producer. */
@Injectable()
export class EventLog implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('EventLog');
  readonly kafka: Kafka;
  readonly producer: EventProducer;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.kafka = createKafka({
      brokers: config.KAFKA_BROKERS,
      clientId: `${config.KAFKA_CLIENT_ID}-gateway`,
      log: (level, message) => (level === 'error' ? this.logger.error(message) : level === 'warn' ? this.logger.warn(message) : undefined),
    });
    this.producer = new EventProducer(this.kafka, config.ARTICLES_TOPIC, config.KAFKA_ACK_TIMEOUT_MS);
  }

  async onModuleInit(): Promise<void> {
    const created = await ensureTopics(this.kafka, [
      articleTopicSpec(this.config.ARTICLES_TOPIC, this.config.ARTICLES_TOPIC_PARTITIONS),
      deadLetterTopicSpec(this.config.DEAD_LETTER_TOPIC),
    ]);
    if (created.length) this.logger.log(`created topics ${created.join(', ')}`);
    await this.producer.connect();
  }

  async isReachable(): Promise<boolean> {
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      await admin.describeCluster();
      return true;
    } catch {
      return false;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.disconnect().catch(() => undefined);
  }
}

@Global()
@Module({ providers: [EventLog], exports: [EventLog] })
export class EventLogModule {}
