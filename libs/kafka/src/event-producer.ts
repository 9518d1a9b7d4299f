import { CompressionTypes, Partitioners, type Kafka, type Producer, type RetryOptions } from 'kafkajs';

export interface OutgoingMessage {
  key: string;
  value: string | Buffer;
  headers: Record<string, string>;
}

export class ProduceTimeoutError extends Error {}

interface Pending {
  message: OutgoingMessage;
  bytes: number;
  /** Handed to kafkajs: from then on it may land even if its caller gave up. */
  sent: boolean;
  /** Its caller gave up (ack timeout) before it was handed over: never sent. */
  abandoned: boolean;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** The part of a kafkajs producer EventProducer uses (a fake in the unit tests). */
export type ProducerLike = Pick<Producer, 'connect' | 'disconnect' | 'send'>;

export interface EventProducerOptions {
  /** kafkajs' own retries (they also govern its reconnects); a caller that must not leave a send running past ackTimeoutMs keeps them small. */
  retry?: RetryOptions;
  /** Most messages in one produce request. */
  maxBatchMessages?: number;
  /** A produce request stops taking messages once it holds this many bytes of values (one message always goes). */
  maxBatchBytes?: number;
  /** For tests: makes the producers to use instead of those made from `kafka`. */
  createProducer?: () => ProducerLike;
}

const DEFAULT_RETRY: RetryOptions = { initialRetryTime: 100, retries: 5, maxRetryTime: 3000 };

/**
 * An idempotent, acks=all producer for one topic. Sends are coalesced: at most one produce request is in flight
 * (kafkajs would queue a second one behind it on the connection anyway: maxInFlightRequests is 1), and every send
 * made meanwhile goes into the next request, which leaves as soon as the one in flight is acknowledged (or, when
 * none is, on the next turn of the event loop). Under load a request carries what accumulated during the previous
 * round trip, so the number of produce requests, and kafkajs' CPU per message, falls as the load rises.
 * `send` resolves only once the broker has acknowledged the request holding its message, or rejects after
 * `ackTimeoutMs`; a message whose caller gave up before it was handed to kafkajs is never sent.
 *
 * After a failed send the kafkajs producer is replaced before the next one. kafkajs rolls a partition's sequence
 * number back whenever a produce request fails, even when the broker wrote the batch and only the answer was lost
 * (a broker restarting, a connection cut). The next batch to that partition then reuses the sequence, and the broker,
 * taking it for a retry of the batch it holds, acknowledges it without writing it: acknowledged, yet lost (seen with a
 * broker stopped and restarted under load). A new producer gets a new producer id, whose sequences start afresh.
 */
export class EventProducer {
  private readonly createProducer: () => ProducerLike;
  private producer: ProducerLike;
  /** The last send failed: the producer's sequence numbers may no longer match the broker's. */
  private sequencesSuspect = false;
  private readonly maxBatchMessages: number;
  private readonly maxBatchBytes: number;
  private queue: Pending[] = [];
  private flushScheduled = false;
  private inFlight = false;
  private connected = false;

  constructor(
    kafka: Kafka,
    private readonly topic: string,
    private readonly ackTimeoutMs: number,
    opts: EventProducerOptions = {},
  ) {
    this.maxBatchMessages = opts.maxBatchMessages ?? 500;
    this.maxBatchBytes = opts.maxBatchBytes ?? 1024 * 1024;
    // kafkajs 2's default partitioner is Java's (murmur2 of the key): an article's events land on the partition a
    // Java producer writing directly to the topic would choose. Named explicitly, which also silences its warning.
    this.createProducer =
      opts.createProducer ??
      (() =>
        kafka.producer({
          idempotent: true,
          maxInFlightRequests: 1,
          allowAutoTopicCreation: false,
          retry: opts.retry ?? DEFAULT_RETRY,
          createPartitioner: Partitioners.DefaultPartitioner,
        }));
    this.producer = this.createProducer();
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
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (!pending.sent) pending.abandoned = true;
        reject(new ProduceTimeoutError(`Kafka did not acknowledge within ${this.ackTimeoutMs} ms`));
      }, this.ackTimeoutMs);
      const pending: Pending = {
        message,
        bytes: typeof message.value === 'string' ? message.value.length : message.value.byteLength,
        sent: false,
        abandoned: false,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.queue.push(pending);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.flushScheduled || this.inFlight) return;
    this.flushScheduled = true;
    setImmediate(() => void this.flush());
  }

  /** The next produce request: the messages still wanted, in the order they were sent, up to the batch bounds. */
  private takeBatch(): Pending[] {
    const batch: Pending[] = [];
    let bytes = 0;
    let taken = 0;
    for (const p of this.queue) {
      if (batch.length && (batch.length >= this.maxBatchMessages || bytes + p.bytes > this.maxBatchBytes)) break;
      taken++;
      if (p.abandoned) continue;
      p.sent = true;
      batch.push(p);
      bytes += p.bytes;
    }
    this.queue = this.queue.slice(taken);
    return batch;
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    if (this.inFlight) return;
    const batch = this.takeBatch();
    if (batch.length) {
      this.inFlight = true;
      try {
        if (this.sequencesSuspect) await this.renewProducer();
        await this.producer.send({ topic: this.topic, acks: -1, compression: CompressionTypes.None, messages: batch.map((p) => p.message) });
        for (const p of batch) p.resolve();
      } catch (error) {
        this.sequencesSuspect = true;
        for (const p of batch) p.reject(error as Error);
      } finally {
        this.inFlight = false;
      }
    }
    if (this.queue.length) this.schedule();
  }

  /** A new producer (a new producer id) in place of one whose send failed; throws while the broker is unreachable. */
  private async renewProducer(): Promise<void> {
    const previous = this.producer;
    this.producer = this.createProducer();
    await previous.disconnect().catch(() => undefined);
    await this.producer.connect();
    this.sequencesSuspect = false;
  }
}
