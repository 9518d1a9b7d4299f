import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { articleTopicSpec, createKafka, deadLetterTopicSpec, ensureTopics, EventProducer, type Kafka } from '@newsroom/kafka';

/**
 * kafkajs retries of a send, which also govern its reconnects: a send to a broker that is down makes at most
 * 3 attempts of 3 connects each. With connects bounded to a twelfth of the ack timeout, kafkajs gives up before
 * the gateway answers 503, so no send is left running that could land once the broker is back. (A broker that
 * hangs after reading a request may still write it late: the ingest record, marked rejected, voids that event.)
 * kafkajs warns at start that limited retries "may invalidate EoS guarantees": a send it gives up on is answered
 * 503 and never retried under the same event id, so no event is written twice by the gateway.
 */
export const SEND_RETRY = { initialRetryTime: 100, retries: 2, maxRetryTime: 500 };
export const connectTimeoutFor = (ackTimeoutMs: number): number => Math.max(100, Math.floor(ackTimeoutMs / 12));

/** The gateway's connection to the article event log: topics ensured at start, one idempotent producer. */
@Injectable()
export class EventLog implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('EventLog');
  readonly kafka: Kafka;
  readonly producer: EventProducer;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const connection = {
      brokers: config.KAFKA_BROKERS,
      clientId: `${config.KAFKA_CLIENT_ID}-gateway`,
      log: (level: string, message: string) =>
        level === 'error' ? this.logger.error(message) : level === 'warn' ? this.logger.warn(message) : undefined,
    };
    this.kafka = createKafka(connection);
    const sending = createKafka({ ...connection, retry: SEND_RETRY, connectionTimeoutMs: connectTimeoutFor(config.KAFKA_ACK_TIMEOUT_MS) });
    this.producer = new EventProducer(sending, config.ARTICLES_TOPIC, config.KAFKA_ACK_TIMEOUT_MS, { retry: SEND_RETRY });
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
