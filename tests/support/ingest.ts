// What the ingest tests share: the gateway in-process on the run's database, one API key per role, and a reader
// that returns every message of a topic (to count events on the real log, not in a mock).
import type { INestApplication } from '@nestjs/common';
import { ApiKeyRepository, type Role } from '@newsroom/auth';
import type { AppConfig } from '@newsroom/config';
import { createPrismaClient, type PrismaClient } from '@newsroom/database';
import { decodeEvent, type ArticleEvent } from '@newsroom/events';
import { createKafka, fetchTopicOffsets } from '@newsroom/kafka';
import { randomUUID } from 'node:crypto';
import { createGateway } from '../../apps/gateway/src/bootstrap';
import { appEnvironment, testRun } from './test-env';

export interface RunningGateway {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

export async function startGatewayApp(config: AppConfig): Promise<RunningGateway> {
  const app = await createGateway(config, { logger: false });
  await app.listen(config.GATEWAY_PORT, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${config.GATEWAY_PORT}`, close: () => app.close() };
}

/** A fresh key of each role; the secrets, as a client would present them. */
export async function issueKeys(prisma: PrismaClient): Promise<Record<Role, string>> {
  const keys = new ApiKeyRepository(prisma);
  const suffix = randomUUID().slice(0, 8);
  const [publisher, reader, admin] = await Promise.all(
    (['publisher', 'reader', 'admin'] as const).map((role) => keys.create(`ingest-test ${role} ${suffix}`, role)),
  );
  return { publisher: publisher.secret, reader: reader.secret, admin: admin.secret };
}

export interface TopicMessage {
  partition: number;
  key: string | null;
  headers: Record<string, string>;
  value: string;
  event: ArticleEvent;
}

export interface GatewayFixture {
  config: AppConfig;
  prisma: PrismaClient;
  gateway: RunningGateway;
  keys: Record<Role, string>;
}

/**
 * A gateway of the test file's own (own topic, free port, the run's database) with a key per role, started in
 * beforeAll and closed in afterAll. `overrides` are environment variables, or a function giving them in beforeAll.
 */
export function useGateway(overrides: Record<string, string> | (() => Record<string, string>) = {}): GatewayFixture {
  const fixture = {} as GatewayFixture;
  beforeAll(async () => {
    // uniqueName() restarts its count in every test file of a Jest worker, so two files could share a topic.
    const topic = `test.article-events-${testRun().runId}-${randomUUID()}`;
    const names = { ARTICLES_TOPIC: topic, DEAD_LETTER_TOPIC: `${topic}.dlq`, PROJECTOR_GROUP_ID: `test-projector-${randomUUID()}` };
    fixture.config = (await appEnvironment({ ...names, ...(typeof overrides === 'function' ? overrides() : overrides) })).config;
    fixture.prisma = createPrismaClient({ url: fixture.config.DATABASE_URL, poolSize: 2 });
    fixture.keys = await issueKeys(fixture.prisma);
    fixture.gateway = await startGatewayApp(fixture.config);
  });
  afterAll(async () => {
    await fixture.gateway?.close();
    await fixture.prisma?.$disconnect();
  });
  return fixture;
}

/** Every message on the topic right now, read from the beginning of each partition. */
export async function readTopic(brokers: string[], topic: string): Promise<TopicMessage[]> {
  const kafka = createKafka({ brokers, clientId: 'ingest-test-reader' });
  const ends = await fetchTopicOffsets(kafka, topic);
  const remaining = new Map(ends.filter((o) => BigInt(o.high) > BigInt(o.low)).map((o) => [o.partition, BigInt(o.high)]));
  if (remaining.size === 0) return [];
  const raw: Omit<TopicMessage, 'event'>[] = [];
  const consumer = kafka.consumer({ groupId: `ingest-test-reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`could not read ${topic} to its end within 30 s`)), 30_000);
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
            raw.push({ partition, key: message.key?.toString() ?? null, headers, value: message.value?.toString('utf8') ?? '' });
            if (BigInt(message.offset) + 1n >= (remaining.get(partition) ?? 0n)) remaining.delete(partition);
            if (remaining.size === 0) {
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
  return raw.map((m) => ({ ...m, event: decodeEvent(m.value, m.headers) }));
}

/** Messages of one article, in log order. */
export const eventsOf = (messages: TopicMessage[], articleId: string): TopicMessage[] => messages.filter((m) => m.key === articleId);

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any;
}

/** One HTTP call to the gateway; `body` is sent as JSON unless it is already a string or bytes. */
export async function callApi(
  baseUrl: string,
  method: string,
  path: string,
  options: { key?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.key) headers['x-api-key'] = options.key;
  Object.assign(headers, options.headers);
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined || typeof options.body === 'string' || options.body instanceof Uint8Array ? options.body : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body };
}
