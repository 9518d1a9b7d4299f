import { CompressionTypes, Partitioners, type Kafka, type Producer, type RetryOptions } from 'kafkajs';

export interface OutgoingMessage {
  key: string;
  value: string | Buffer;
  headers: Record<string, string>;
}

export class ProduceTimeoutError extends Error {}

interface Pending {
  message: OutgoingMessage;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * An idempotent, acks=all producer for one topic. Concurrent sends are gathered into one
 * produce request per tick, which is what lets one HTTP gateway keep up with many clients.
 * `send` resolves only once the broker has acknowledged the write, or rejects after `ackTimeoutMs`.
 */
export class EventProducer {
  private readonly producer: Producer;
  private queue: Pending[] = [];
  private flushScheduled = false;
  private connected = false;

  constructor(
    kafka: Kafka,
    private readonly topic: string,
    private readonly ackTimeoutMs: number,
    /** kafkajs' own retries (they also govern its reconnects); a caller that must not leave a send running past ackTimeoutMs keeps them small. */
    retry: RetryOptions = { initialRetryTime: 100, retries: 5, maxRetryTime: 3000 },
  ) {
    // kafkajs 2's default partitioner is Java's (murmur2 of the key): an article's events land on the partition a
    // Java producer writing directly to the topic would choose. Named explicitly, which also silences its warning.
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, retry, createPartitioner: Partitioners.DefaultPartitioner });
  }

  async connect(): Promise<void> {
    await this.producer.connect();
    this.connected = true;
  }

  get isConnected(): boolean {
    return this.connected;
  }

  async disconnect(): Promise<void> {
    this.connected = false;
    await this.producer.disconnect();
  }

  send(message: OutgoingMessage): Promise<void> {
    const acknowledged = new Promise<void>((resolve, reject) => {
      this.queue.push({ message, resolve, reject });
    });
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => void this.flush());
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ProduceTimeoutError(`Kafka did not acknowledge within ${this.ackTimeoutMs} ms`)), this.ackTimeoutMs);
    });
    return Promise.race([acknowledged, timeout]).finally(() => clearTimeout(timer));
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (!batch.length) return;
    try {
      await this.producer.send({ topic: this.topic, acks: -1, compression: CompressionTypes.None, messages: batch.map((p) => p.message) });
      for (const p of batch) p.resolve();
    } catch (error) {
      for (const p of batch) p.reject(error as Error);
    }
  }
}
