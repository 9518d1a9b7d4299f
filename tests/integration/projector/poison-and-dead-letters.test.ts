// Poison events on the real broker: invalid JSON, an unknown event type and an event whose handler fails all land
// on the dead-letter topic with their reason while the events after them, on the same and other partitions, are
// projected; the gateway lists the dead letters, reports the partitions, and re-drives a dead letter after a fix.
// Committed batches are announced on the newsroom_changes channel.
import type { INestApplication } from '@nestjs/common';
import { createPrismaClient, type PrismaClient } from '@newsroom/database';
import { createEvent, encodeEvent } from '@newsroom/events';
import { Client, type Notification } from 'pg';
import { ArticlesProjection } from '../../../apps/projector/src/projections/articles.projection';
import type { ArticleEventReceived } from '../../../apps/projector/src/projections/article-event-received.event';
import { createTopic, readRawTopic, testKafka } from '../../support/generated-events';
import { callApi, issueKeys, startGatewayApp, type RunningGateway } from '../../support/ingest';
import { eventually, startProjectorApp } from '../../support/projector-app';
import { testRun, uniqueName } from '../../support/test-env';
import { projectorEnvironment } from '../../support/projector-env';

const text = (city: string) => `Special envoy Zalmay Khalilzad arrived in ${city} on Monday. "We are making progress," Khalilzad said.`;

describe('projector: poison events and dead letters', () => {
  let env: Awaited<ReturnType<typeof projectorEnvironment>>;
  let projector: INestApplication;
  let gateway: RunningGateway;
  let prisma: PrismaClient;
  let keys: Awaited<ReturnType<typeof issueKeys>>;
  let listener: Client;
  const notices: Notification[] = [];
  const ids = { failing: '', sameAfter: '', other1: '', other2: '' };
  let handlerBroken = true;

  beforeAll(async () => {
    env = await projectorEnvironment({ PROJECTOR_MAX_RETRIES: '2', PROJECTOR_RETRY_BACKOFF_MS: '20' });
    prisma = createPrismaClient({ url: testRun().databaseUrl, poolSize: 2 });
    keys = await issueKeys(prisma);
    listener = new Client({ connectionString: testRun().databaseUrl });
    await listener.connect();
    listener.on('notification', (n) => notices.push(n));
    await listener.query('LISTEN newsroom_changes');

    const kafka = testKafka(env.config.KAFKA_BROKERS);
    await createTopic(kafka, env.config.ARTICLES_TOPIC);
    projector = await startProjectorApp(env.config);
    gateway = await startGatewayApp(env.config);
    // A read-model handler that fails for one article (a bug), until it is "fixed".
    const articles = projector.get(ArticlesProjection);
    const handle = articles.handle.bind(articles);
    jest.spyOn(articles, 'handle').mockImplementation((received: ArticleEventReceived) => {
      if (handlerBroken && received.event.articleId === ids.failing) throw new Error('articles handler exploded');
      return handle(received);
    });

    for (const key of Object.keys(ids) as (keyof typeof ids)[]) ids[key] = uniqueName(`poison-${key}`);
    const submission = (id: string, city: string) => encodeEvent(createEvent('ArticleSubmitted', id, { text: text(city), format: 'text' }, 'poison-test'));
    const unknownType = { ...JSON.parse(submission(ids.other2, 'Doha').value), type: 'ArticleTeleported' };
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await producer.send({
      topic: env.config.ARTICLES_TOPIC,
      acks: -1,
      messages: [
        { partition: 0, key: 'garbage', value: '{"eventId": "not json' },
        { partition: 0, key: ids.other2, value: JSON.stringify(unknownType) },
        { partition: 0, ...submission(ids.failing, 'Kabul') },
        { partition: 0, ...submission(ids.sameAfter, 'Islamabad') },
        { partition: 1, ...submission(ids.other1, 'Tashkent') },
        { partition: 2, ...submission(ids.other2, 'Doha') },
      ],
    });
    await producer.disconnect();
  });

  afterAll(async () => {
    await listener?.end();
    await gateway?.close();
    await projector?.close();
    await prisma?.$disconnect();
  });

  const deadLetters = () => prisma.deadLetter.findMany({ where: { topic: env.config.ARTICLES_TOPIC }, orderBy: { offset: 'asc' } });

  it('projects the events after the poison ones, on the same partition and on the others', async () => {
    const projected = await eventually(async () => {
      const rows = await prisma.article.findMany({ where: { id: { in: [ids.sameAfter, ids.other1, ids.other2] } } });
      return rows.length === 3 ? rows : undefined;
    });
    expect(projected.map((r) => r.state)).toEqual(['projected', 'projected', 'projected']);
    expect(await prisma.article.findUnique({ where: { id: ids.failing } })).toBeNull();
    expect(await prisma.articleVisit.count({ where: { articleId: ids.failing } })).toBe(0);
  });

  it('records each poison event with its reason, the failing handler after its retries, and moves the partition on', async () => {
    const letters = await eventually(async () => {
      const rows = await deadLetters();
      return rows.length === 3 ? rows : undefined;
    });
    expect(letters.map((l) => [l.partition, Number(l.offset), l.reason, l.attempts])).toEqual([
      [0, 0, 'invalid_json', 0],
      [0, 1, 'invalid_envelope', 0],
      [0, 2, 'handler_failed', 3],
    ]);
    expect(letters[2]).toMatchObject({ articleId: ids.failing, eventType: 'ArticleSubmitted', error: 'articles handler exploded' });
    expect(letters[2].stack).toContain('articles handler exploded');
    const checkpoints = await prisma.projectionCheckpoint.findMany({ where: { topic: env.config.ARTICLES_TOPIC, partition: 0 } });
    expect(checkpoints.map((c) => Number(c.nextOffset))).toEqual(checkpoints.map(() => 4));
  });

  it('publishes the dead letters on the dead-letter topic with original topic, partition, offset, reason, error and stack', async () => {
    const messages = await eventually(async () => {
      const raw = await readRawTopic(testKafka(env.config.KAFKA_BROKERS), env.config.DEAD_LETTER_TOPIC);
      return raw.length >= 3 ? raw : undefined;
    });
    const byOffset = new Map(messages.map((m) => [m.headers['dlq-original-offset'], m]));
    expect([...byOffset.keys()].sort()).toEqual(['0', '1', '2']);
    expect(byOffset.get('0')!.value).toBe('{"eventId": "not json');
    for (const [offset, reason] of [['0', 'invalid_json'], ['1', 'invalid_envelope'], ['2', 'handler_failed']]) {
      const headers = byOffset.get(offset)!.headers;
      expect(headers).toMatchObject({ 'dlq-original-topic': env.config.ARTICLES_TOPIC, 'dlq-original-partition': '0', 'dlq-reason': reason });
      expect(headers['dlq-error']).not.toBe('');
      expect(headers['dlq-stack']).not.toBe('');
    }
  });

  it('keeps the projector process healthy', async () => {
    const response = await fetch(`http://127.0.0.1:${env.config.PROJECTOR_HEALTH_PORT}/health`);
    expect(response.status).toBe(200);
    const metrics = await (await fetch(`http://127.0.0.1:${env.config.PROJECTOR_HEALTH_PORT}/metrics`)).text();
    expect(metrics).toMatch(/projector_dead_letters_total\{partition="0"\} 3/);
    expect(metrics).toMatch(/projector_consumer_lag\{partition="1"\} 0/);
  });

  it('announces committed batches on newsroom_changes with the changed articles and kinds', async () => {
    const payloads = await eventually(async () => {
      const all = notices.map((n) => JSON.parse(n.payload ?? '{}')).filter((p) => p.topic === env.config.ARTICLES_TOPIC);
      const found = all.flatMap((p) => p.articles).find((a: { articleId: string }) => a.articleId === ids.other1);
      return found ? all : undefined;
    });
    const notice = payloads.find((p) => p.articles.some((a: { articleId: string }) => a.articleId === ids.other1));
    expect(notice).toMatchObject({ partition: 1, nextOffset: '1', truncated: 0 });
    expect(notice.articles).toEqual([{ articleId: ids.other1, kinds: ['article', 'visits', 'statements'] }]);
    expect(payloads.flatMap((p) => p.articles).map((a: { articleId: string }) => a.articleId)).not.toContain(ids.failing);
  });

  it('lists the dead letters and the partitions through the gateway to a reader', async () => {
    const list = await callApi(gateway.url, 'GET', '/api/projections/dead-letters', { key: keys.reader });
    expect(list.status).toBe(200);
    expect(list.body.items.map((d: { reason: string; offset: string }) => [d.reason, d.offset])).toEqual([
      ['handler_failed', '2'],
      ['invalid_envelope', '1'],
      ['invalid_json', '0'],
    ]);
    expect(list.body.items[0]).toMatchObject({ topic: env.config.ARTICLES_TOPIC, partition: 0, attempts: 3, state: 'dead', articleId: ids.failing });

    const status = await callApi(gateway.url, 'GET', '/api/projections', { key: keys.reader });
    expect(status.status).toBe(200);
    expect(status.body.partitions).toEqual([
      expect.objectContaining({ partition: 0, lastAppliedOffset: '3', highWatermark: '4', lag: 0, deadLetters: 3 }),
      expect.objectContaining({ partition: 1, lastAppliedOffset: '0', lag: 0, deadLetters: 0 }),
      expect.objectContaining({ partition: 2, lastAppliedOffset: '0', lag: 0, deadLetters: 0 }),
    ]);
    expect(status.body.partitions[1].extractorVersion).toEqual(expect.any(String));
    expect(status.body.partitions[1].eventsPerSecond).toBeGreaterThan(0);
  });

  it('shows an article whose event was dead-lettered as failed, with the reason, and a projected one as projected', async () => {
    const failed = await callApi(gateway.url, 'GET', `/api/articles/${ids.failing}`, { key: keys.reader });
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({ articleId: ids.failing, state: 'failed', failure: { reason: 'handler_failed', error: expect.stringContaining('articles handler exploded') } });
    const projected = await callApi(gateway.url, 'GET', `/api/articles/${ids.sameAfter}`, { key: keys.reader });
    expect(projected.body).toMatchObject({ articleId: ids.sameAfter, state: 'projected', failure: null });
  });

  it('re-drives a dead letter once, for an admin only, and the fixed handler projects it', async () => {
    const [letter] = (await deadLetters()).filter((l) => l.reason === 'handler_failed');
    const path = `/api/projections/dead-letters/${letter.id}/redrive`;
    expect((await callApi(gateway.url, 'POST', path, { key: keys.reader })).status).toBe(403);

    handlerBroken = false;
    const redriven = await callApi(gateway.url, 'POST', path, { key: keys.admin });
    expect(redriven.status).toBe(202);
    expect(redriven.body).toMatchObject({ id: String(letter.id), state: 'redriven', reason: 'handler_failed' });
    expect((await callApi(gateway.url, 'POST', path, { key: keys.admin })).status).toBe(409);

    const article = await eventually(async () => (await prisma.article.findUnique({ where: { id: ids.failing } })) ?? undefined);
    expect(article.state).toBe('projected');
    expect(await prisma.articleVisit.count({ where: { articleId: ids.failing } })).toBeGreaterThan(0);
    expect(await prisma.deadLetter.findUnique({ where: { id: letter.id } })).toMatchObject({ state: 'redriven', redrivenAt: expect.any(Date) });
    const remaining = await callApi(gateway.url, 'GET', '/api/projections/dead-letters', { key: keys.reader });
    expect(remaining.body.items).toHaveLength(2);
  });
});
