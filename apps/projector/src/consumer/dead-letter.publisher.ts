import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import type { SqlTransaction } from '@newsroom/database';
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

  async publish(tx: SqlTransaction, letter: DeadLetter): Promise<void> {
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
    const errorText = error.message.slice(0, 10_000);
    const stack = error.stack?.slice(0, 10_000) ?? null;
    // A letter for the same message again (its batch applied again after a crash) replaces the first one.
    await tx.execute(
      `INSERT INTO dead_letters (topic, partition, "offset", event_id, article_id, event_type, reason, error, stack, attempts, key, value, headers, created_at)
       VALUES ($1, $2, $3::bigint, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, now())
       ON CONFLICT (topic, partition, "offset") DO UPDATE
         SET reason = EXCLUDED.reason, error = EXCLUDED.error, stack = EXCLUDED.stack, attempts = EXCLUDED.attempts, state = 'dead'`,
      message.topic,
      message.partition,
      message.offset,
      letter.eventId ?? null,
      letter.articleId ?? (message.key ? message.key.slice(0, 200) : null),
      letter.eventType ?? message.headers['event-type'] ?? null,
      reason,
      errorText,
      stack,
      attempts,
      message.key,
      message.value,
      JSON.stringify(message.headers),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.connected) await this.producer.disconnect().catch(() => undefined);
  }
}
