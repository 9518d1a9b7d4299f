import type { Kafka } from 'kafkajs';

export interface TopicSpec {
  topic: string;
  numPartitions: number;
  configEntries: { name: string; value: string }[];
}

const MAX_MESSAGE_BYTES = String(4 * 1024 * 1024);

/** The article event log: retention unlimited, keyed by article id. */
export const articleTopicSpec = (topic: string, numPartitions: number): TopicSpec => ({
  topic,
  numPartitions,
  configEntries: [
    { name: 'retention.ms', value: '-1' },
    { name: 'retention.bytes', value: '-1' },
    { name: 'cleanup.policy', value: 'delete' },
    { name: 'max.message.bytes', value: MAX_MESSAGE_BYTES },
  ],
});

/** Dead letters are kept as long as the log they came from. */
export const deadLetterTopicSpec = (topic: string): TopicSpec => ({
  topic,
  numPartitions: 1,
  configEntries: [
    { name: 'retention.ms', value: '-1' },
    { name: 'max.message.bytes', value: MAX_MESSAGE_BYTES },
  ],
});

/** Creates the topics that are missing, with their configuration; existing topics are left as they are. */
export async function ensureTopics(kafka: Kafka, specs: TopicSpec[]): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((s) => !existing.has(s.topic));
    if (missing.length) {
      await admin.createTopics({ topics: missing, waitForLeaders: true });
    }
    return missing.map((s) => s.topic);
  } finally {
    await admin.disconnect();
  }
}

export interface PartitionOffsets {
  partition: number;
  /** The offset the next message will get (the high watermark). */
  high: string;
  low: string;
}

export async function fetchTopicOffsets(kafka: Kafka, topic: string): Promise<PartitionOffsets[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.map((o) => ({ partition: o.partition, high: o.high, low: o.low })).sort((a, b) => a.partition - b.partition);
  } finally {
    await admin.disconnect();
  }
}

/** Kafka's committed offsets of a group (for monitoring tools; the projector's truth is in Postgres). */
export async function fetchGroupOffsets(kafka: Kafka, groupId: string, topic: string): Promise<{ partition: number; offset: string }[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [entry] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return (entry?.partitions ?? []).map((p) => ({ partition: p.partition, offset: p.offset }));
  } finally {
    await admin.disconnect();
  }
}
