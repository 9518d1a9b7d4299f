// Generated article events for the projector's tests and bench: deterministic for a seed (same seed, same
// texts, same order), realistic enough for the extraction library to find visits, statements and track claims.
// Also: producing them to a topic, and waiting until a projector's checkpoints in Postgres reach the topic's end.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEvent, encodeEvent, type ArticleEvent } from '@newsroom/events';
import { articleTopicSpec, createKafka, ensureTopics, fetchTopicOffsets, type Kafka } from '@newsroom/kafka';
import { Client } from 'pg';
import { corpusArticle, seededRandom, type CorpusArticle } from '../../scripts/corpus/corpus';

export { seededRandom };

const SEEDS_DIR = path.join(__dirname, '..', 'fixtures', 'seeds');


const ENVOYS = ['Zalmay Khalilzad', 'Martin Griffiths', 'Hans Grundberg', 'Staffan de Mistura', 'Tom West'];
const CITIES = ['Kabul', 'Doha', 'Islamabad', 'Tashkent', 'Moscow', 'Riyadh', 'Muscat', 'Geneva', 'Sanaa', 'Damascus'];
const COUNTERPARTS = ['President Ashraf Ghani', 'Foreign Minister Shah Mahmood Qureshi', 'Mullah Abdul Ghani Baradar', 'the Houthi delegation'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const QUOTES = ['We are making real progress', 'There is no military solution', 'The talks were constructive', 'Much work remains to be done'];
const TRACKS = [
  'Talks between the United States and the Taliban resumed in Doha',
  'The intra-Afghan negotiations were suspended',
  'The ceasefire in Hodeidah collapsed',
  'The Syrian Constitutional Committee resumed its work in Geneva',
];

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

let fixtureTexts: string[] | undefined;
const fixtures = (): string[] =>
  (fixtureTexts ??= fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8')));

/** One article's text: a seed article or a synthesized report, plus a few generated sentences. */
export function generatedText(random: () => number): string {
  const envoy = pick(random, ENVOYS);
  const lines = [
    `Special envoy ${envoy} arrived in ${pick(random, CITIES)} on ${pick(random, DAYS)} for talks with ${pick(random, COUNTERPARTS)}.`,
    `"${pick(random, QUOTES)}," ${envoy} told reporters.`,
    `${pick(random, TRACKS)}, officials said.`,
    `${envoy} is expected to travel to ${pick(random, CITIES)} next week.`,
  ];
  const base = random() < 0.1 ? fixtures()[Math.floor(random() * fixtures().length)] : '';
  return [base, ...lines.slice(0, 2 + Math.floor(random() * 3))].filter(Boolean).join('\n\n');
}

const corpusPayload = ({ text, title, url, outlet, publishedAt }: CorpusArticle) => ({ text, format: 'text' as const, title, url, outlet, publishedAt });

const day = (base: number, i: number) => new Date(base + i * 86_400_000).toISOString().slice(0, 10);

/**
 * `count` events over about 0.75 × count articles: submissions, then corrections and retractions of articles
 * submitted earlier (never a correction after a retraction, which the projector would dead-letter).
 * Texts: `short` (a few generated sentences about five envoys, sometimes a seed article) or `corpus` (the
 * realistic captures of `corpus:generate`, page furniture included; a correction's new text is another capture).
 */
export function generateEvents(count: number, seed: number, prefix: string, texts: 'short' | 'corpus' = 'short'): ArticleEvent[] {
  const random = seededRandom(seed);
  const events: ArticleEvent[] = [];
  const live: string[] = [];
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < count; i++) {
    const occurredAt = new Date(start + i * 1000);
    const roll = random();
    if (live.length > 5 && roll < 0.15) {
      const articleId = live[Math.floor(random() * live.length)];
      const text = texts === 'corpus' ? corpusArticle(seed + 1, i).text : generatedText(random);
      events.push(createEvent('ArticleCorrected', articleId, { text, title: `Corrected ${i}` }, 'generator', { occurredAt }));
    } else if (live.length > 5 && roll < 0.22) {
      const articleId = live.splice(Math.floor(random() * live.length), 1)[0];
      events.push(createEvent('ArticleRetracted', articleId, { reason: `retracted ${i}` }, 'generator', { occurredAt }));
    } else {
      const articleId = `${prefix}-${i}`;
      live.push(articleId);
      events.push(
        createEvent(
          'ArticleSubmitted',
          articleId,
          texts === 'corpus'
            ? corpusPayload(corpusArticle(seed, i))
            : { text: generatedText(random), format: 'text', outlet: pick(random, ['Dawn', 'Reuters', 'TOLOnews']), publishedAt: day(start, i % 700), title: `Report ${i}` },
          'generator',
          { occurredAt },
        ),
      );
    }
  }
  return events;
}

/** Produces events in order (keyed by article id: one article's events stay in one partition, in order). */
export async function produceEvents(kafka: Kafka, topic: string, events: ArticleEvent[], chunk = 200): Promise<void> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  try {
    for (let i = 0; i < events.length; i += chunk) {
      await producer.send({ topic, acks: -1, messages: events.slice(i, i + chunk).map((e) => encodeEvent(e)) });
    }
  } finally {
    await producer.disconnect();
  }
}

/** The article topic with its production settings (the projector would create it too, but producing comes first). */
export async function createTopic(kafka: Kafka, topic: string, partitions = 3): Promise<void> {
  await ensureTopics(kafka, [articleTopicSpec(topic, partitions)]);
}

export const testKafka = (brokers: string[], clientId = 'projector-test'): Kafka => createKafka({ brokers, clientId });

/** Events applied on the topic so far: the sum of its partitions' checkpoints. */
export async function appliedCount(databaseUrl: string, topic: string): Promise<bigint> {
  return [...(await checkpointsOf(databaseUrl, topic)).values()].reduce((a, b) => a + b, 0n);
}

/** Waits (up to `timeoutMs`) until more than `from` events are applied on the topic; the count then. */
export async function appliedBeyond(databaseUrl: string, topic: string, from: bigint, timeoutMs = 30_000): Promise<bigint> {
  const deadline = Date.now() + timeoutMs;
  let count = await appliedCount(databaseUrl, topic);
  while (count === from && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    count = await appliedCount(databaseUrl, topic);
  }
  return count;
}

/** Per partition, the smallest next offset over the projections (what is applied everywhere). */
export async function checkpointsOf(databaseUrl: string, topic: string, schema = 'public'): Promise<Map<number, bigint>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ partition: number; next: string }>(
      `SELECT partition, min(next_offset)::text AS next FROM "${schema}".projection_checkpoints WHERE topic = $1 GROUP BY partition`,
      [topic],
    );
    return new Map(rows.map((r) => [r.partition, BigInt(r.next)]));
  } finally {
    await client.end();
  }
}

/**
 * Resolves once every partition's checkpoint in `schema` (the generation the projector writes to) reached the topic's
 * end as it is now; fails after timeoutMs.
 */
export async function waitCaughtUp(kafka: Kafka, databaseUrl: string, topic: string, timeoutMs = 90_000, schema = 'public'): Promise<void> {
  const ends = (await fetchTopicOffsets(kafka, topic)).filter((o) => BigInt(o.high) > 0n);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const checkpoints = await checkpointsOf(databaseUrl, topic, schema);
    const behind = ends.filter((o) => (checkpoints.get(o.partition) ?? 0n) < BigInt(o.high));
    if (!behind.length) return;
    if (Date.now() > deadline) {
      const where = behind.map((o) => `partition ${o.partition} at ${checkpoints.get(o.partition) ?? 0n} of ${o.high}`).join(', ');
      throw new Error(`projector did not catch up within ${timeoutMs} ms: ${where}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface RawMessage {
  partition: number;
  offset: string;
  key: string | null;
  value: string;
  headers: Record<string, string>;
}

/** Every message of a topic as it is, undecoded (dead letters may not even be JSON). */
export async function readRawTopic(kafka: Kafka, topic: string, timeoutMs = 30_000): Promise<RawMessage[]> {
  const ends = (await fetchTopicOffsets(kafka, topic)).filter((o) => BigInt(o.high) > BigInt(o.low));
  const remaining = new Map(ends.map((o) => [o.partition, BigInt(o.high)]));
  const out: RawMessage[] = [];
  if (!remaining.size) return out;
  const consumer = kafka.consumer({ groupId: `raw-reader-${Date.now()}-${Math.random().toString(36).slice(2)}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`could not read ${topic} to its end within ${timeoutMs} ms`)), timeoutMs);
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
            out.push({ partition, offset: message.offset, key: message.key?.toString() ?? null, value: message.value?.toString('utf8') ?? '', headers });
            if (BigInt(message.offset) + 1n >= (remaining.get(partition) ?? 0n)) remaining.delete(partition);
            if (!remaining.size) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return out;
}
