// The skeleton end to end on the real broker and the real Postgres: no mocks.
import type { INestApplication } from '@nestjs/common';
import { createPrismaClient, type PrismaClient } from '@newsroom/database';
import { createEvent, encodeEvent } from '@newsroom/events';
import { createKafka } from '@newsroom/kafka';
import { appEnvironment, testRun } from '../support/test-env';
import { eventually, startProjectorApp } from '../support/projector-app';

describe('foundation: real Kafka and Postgres', () => {
  let prisma: PrismaClient;

  beforeAll(() => {
    prisma = createPrismaClient({ url: testRun().databaseUrl, poolSize: 2 });
  });
  afterAll(() => prisma.$disconnect());

  it('round-trips a Prisma write and read on the real database', async () => {
    const id = `foundation-${Date.now()}`;
    await prisma.apiKey.create({ data: { id: crypto.randomUUID(), name: id, role: 'reader', secretHash: 'a'.repeat(64) } });
    const found = await prisma.apiKey.findFirst({ where: { name: id } });
    expect(found).toMatchObject({ name: id, role: 'reader', revokedAt: null });
  });

  describe('with the projector app consuming its own topic', () => {
    let projector: INestApplication;
    let env: Awaited<ReturnType<typeof appEnvironment>>;

    beforeAll(async () => {
      env = await appEnvironment();
      projector = await startProjectorApp(env.config);
    });
    afterAll(() => projector?.close());

    it('receives a message produced with kafkajs and projects it into Postgres', async () => {
      const kafka = createKafka({ brokers: env.config.KAFKA_BROKERS, clientId: 'foundation-test' });
      const producer = kafka.producer({ idempotent: true });
      await producer.connect();
      const articleId = `foundation-article-${Date.now()}`;
      const event = createEvent(
        'ArticleSubmitted',
        articleId,
        { text: 'Special envoy Zalmay Khalilzad arrived in Kabul on Monday.', format: 'text', publishedAt: '2020-10-09' },
        'foundation-test',
      );
      const encoded = encodeEvent(event);
      await producer.send({ topic: env.config.ARTICLES_TOPIC, acks: -1, messages: [encoded] });
      await producer.disconnect();

      const article = await eventually(
        async () => (await prisma.article.findUnique({ where: { id: articleId } })) ?? undefined,
        30_000,
        'the projected article',
      );
      expect(article).toMatchObject({ id: articleId, state: 'projected', lastEventId: event.eventId, eventCount: 1 });
      const checkpoints = await prisma.projectionCheckpoint.findMany({ where: { topic: env.config.ARTICLES_TOPIC } });
      expect(checkpoints.reduce((sum, c) => sum + Number(c.nextOffset), 0)).toBeGreaterThanOrEqual(1);
    });

    it('answers its health check with Kafka, Postgres and migrations up', async () => {
      const response = await fetch(`http://127.0.0.1:${env.config.PROJECTOR_HEALTH_PORT}/health`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { status: string; info: Record<string, { status: string }> };
      expect(body.status).toBe('ok');
      expect(Object.keys(body.info).sort()).toEqual(['kafka', 'migrations', 'postgres']);
    });
  });
});
