import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import type { TransactionClient } from '@newsroom/database';
import { EventProducer, type ConsumedMessage, type Kafka } from '@newsroom/kafka';
import { KAFKA } from './kafka.provider';

export interface DeadLetter {
  message: ConsumedMessage;
  reason: string;
  error: Error;
  attempts: number;
  eventId?: string;
  articleId?: string;
  eventType?: string;
}

/**
 * Dead letters go to the dead-letter topic (before the batch commits, so none is lost) and into
 * the dead_letters table (in the batch transaction, so the gateway can list and re-drive them).
 */
@Injectable()
export class DeadLetterPublisher implements OnApplicationShutdown {
  private readonly producer: EventProducer;
  private connected?: Promise<void>;

  constructor(@Inject(KAFKA) kafka: Kafka, @Inject(APP_CONFIG) config: AppConfig) {
    this.producer = new EventProducer(kafka, config.DEAD_LETTER_TOPIC, config.KAFKA_ACK_TIMEOUT_MS);
  }

  async publish(tx: TransactionClient, letter: DeadLetter): Promise<void> {
    const { message, reason, error, attempts } = letter;
    this.connected ??= this.producer.connect();
    await this.connected;
    await this.producer.send({
      key: message.key ?? `${message.topic}:${message.partition}:${message.offset}`,
      value: message.value ?? Buffer.alloc(0),
      headers: {
        ...message.headers,
        'dlq-original-topic': message.topic,
        'dlq-original-partition': String(message.partition),
        'dlq-original-offset': message.offset,
        'dlq-reason': reason,
        'dlq-error': error.message.slice(0, 2000),
        'dlq-stack': (error.stack ?? '').slice(0, 4000),
        'dlq-attempts': String(attempts),
      },
    });
    await tx.deadLetter.upsert({
      where: { topic_partition_offset: { topic: message.topic, partition: message.partition, offset: BigInt(message.offset) } },
      create: {
        topic: message.topic,
        partition: message.partition,
        offset: BigInt(message.offset),
        eventId: letter.eventId ?? null,
        articleId: letter.articleId ?? (message.key ? message.key.slice(0, 200) : null),
        eventType: letter.eventType ?? message.headers['event-type'] ?? null,
        reason,
        error: error.message.slice(0, 10_000),
        stack: error.stack?.slice(0, 10_000) ?? null,
        attempts,
        key: message.key,
        value: message.value ? new Uint8Array(message.value) : null,
        headers: message.headers,
        createdAt: new Date(),
      },
      update: { reason, error: error.message.slice(0, 10_000), stack: error.stack?.slice(0, 10_000) ?? null, attempts, state: 'dead' },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.connected) await this.producer.disconnect().catch(() => undefined);
  }
}
