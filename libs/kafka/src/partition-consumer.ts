import type { Consumer, Kafka } from 'kafkajs';

export interface ConsumedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
  timestamp: string;
}

export interface BatchControl {
  /** False once the consumer is stopping, the group rebalances or the partition was sought: stop work early. */
  isActive(): boolean;
  /** Moves this partition's read position; the batch in hand is dropped and fetching resumes there. */
  seek(offset: string): void;
  /** The partition's high watermark when the batch was fetched (the offset the next produced message gets). */
  highWatermark: string;
}

export interface PartitionConsumerOptions {
  groupId: string;
  topic: string;
  /** Where to start in each newly assigned partition: the next offset to read, or null for the beginning. */
  startOffsets(partitions: number[]): Promise<Map<number, string | null>>;
  /** Applies a batch durably and returns the next offset to read, or null when nothing was applied. */
  onBatch(messages: ConsumedMessage[], control: BatchControl): Promise<string | null>;
  onCrash?(error: Error): void;
  onAssigned?(partitions: number[]): void;
  sessionTimeoutMs?: number;
  maxBytesPerPartition?: number;
  /** Batches of different partitions applied at the same time (one slow partition does not hold up the others). */
  partitionsConsumedConcurrently?: number;
}

const HEARTBEAT_INTERVAL_MS = 1_000;

const headerValues = (headers: Record<string, Buffer | string | (Buffer | string)[] | undefined> = {}): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const first = Array.isArray(value) ? value[0] : value;
    out[name] = first === undefined ? '' : first.toString();
  }
  return out;
};

/**
 * Consumes one topic in a consumer group. The application, not Kafka, owns the offsets: on every
 * assignment it seeks to the offsets it stored, and it commits to Kafka only after applying (for
 * monitoring tools). A batch that throws is fetched again from the last applied offset.
 */
export class PartitionConsumer {
  private consumer?: Consumer;
  private stopping = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: PartitionConsumerOptions,
  ) {}

  async start(): Promise<void> {
    this.stopping = false;
    const { groupId, topic } = this.options;
    const consumer = this.kafka.consumer({
      groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 15_000,
      heartbeatInterval: HEARTBEAT_INTERVAL_MS,
      rebalanceTimeout: 30_000,
      maxBytesPerPartition: this.options.maxBytesPerPartition ?? 1024 * 1024,
      maxWaitTimeInMs: 100,
      allowAutoTopicCreation: false,
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 200, maxRetryTime: 5_000 },
    });
    this.consumer = consumer;

    // The seek may land after a first fetch from Kafka's committed offsets: onBatch checks every
    // batch against its own offsets anyway (and seeks itself when a batch does not start there).
    consumer.on(consumer.events.GROUP_JOIN, async ({ payload }) => {
      const partitions = payload.memberAssignment[topic] ?? [];
      this.options.onAssigned?.(partitions);
      try {
        const offsets = await this.options.startOffsets(partitions);
        for (const partition of partitions) {
          consumer.seek({ topic, partition, offset: offsets.get(partition) ?? '-2' });
        }
      } catch (error) {
        this.options.onCrash?.(error as Error);
      }
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      // kafkajs restarts itself after retriable errors; only a final crash is reported.
      if (!payload.restart) this.options.onCrash?.(payload.error);
    });

    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachBatch: async ({ batch, heartbeat, isRunning, isStale, resolveOffset }) => {
        if (!batch.messages.length) return;
        const messages: ConsumedMessage[] = batch.messages.map((m) => ({
          topic: batch.topic,
          partition: batch.partition,
          offset: m.offset,
          key: m.key ? m.key.toString() : null,
          value: m.value,
          headers: headerValues(m.headers as Record<string, Buffer | string | undefined>),
          timestamp: m.timestamp,
        }));
        // Heartbeats go on while the batch is applied (it may wait for a lock or a slow handler): the group
        // must not think this member dead. A rebalance makes heartbeat() throw; onBatch sees it via isActive().
        let rebalancing = false;
        const beat = setInterval(
          () =>
            void heartbeat().catch(() => {
              rebalancing = true;
            }),
          HEARTBEAT_INTERVAL_MS,
        );
        let next: string | null;
        try {
          next = await this.options.onBatch(messages, {
            isActive: () => !rebalancing && isRunning() && !isStale() && !this.stopping,
            seek: (offset) => consumer.seek({ topic: batch.topic, partition: batch.partition, offset }),
            highWatermark: batch.highWatermark,
          });
        } finally {
          clearInterval(beat);
        }
        if (next === null) return;
        resolveOffset((BigInt(next) - 1n).toString());
        try {
          await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: next }]);
        } catch {
          // Only informational: Postgres holds the offsets that count.
        }
      },
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }
}
