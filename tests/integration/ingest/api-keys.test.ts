// API keys on the real database: roles per route, revoked and expired keys, per-key rate limits.
import { ApiKeyRepository } from '@newsroom/auth';
import type { AppConfig } from '@newsroom/config';
import { createPrismaClient, type PrismaClient } from '@newsroom/database';
import { randomUUID } from 'node:crypto';
import { callApi, eventsOf, issueKeys, readTopic, startGatewayApp, type RunningGateway } from '../../support/ingest';
import { appEnvironment } from '../../support/test-env';

const article = () => ({ id: `keys-${randomUUID()}`, text: 'Envoy Khalilzad met President Ghani in Kabul on Sunday.' });

describe('ingest: API keys', () => {
  let config: AppConfig;
  let prisma: PrismaClient;
  let gateway: RunningGateway;
  let keys: Awaited<ReturnType<typeof issueKeys>>;

  beforeAll(async () => {
    ({ config } = await appEnvironment());
    prisma = createPrismaClient({ url: config.DATABASE_URL, poolSize: 2 });
    keys = await issueKeys(prisma);
    gateway = await startGatewayApp(config);
  });
  afterAll(async () => {
    await gateway?.close();
    await prisma?.$disconnect();
  });

  it('lets publisher and admin keys publish, and refuses a reader key with 403 and no key with 401', async () => {
    const statuses = await Promise.all(
      [keys.publisher, keys.admin, keys.reader, undefined].map(async (key) => (await callApi(gateway.url, 'POST', '/api/articles', { key, body: article() })).status),
    );
    expect(statuses).toEqual([202, 202, 403, 401]);
  });

  it('refuses corrections and retractions with a reader key', async () => {
    const { id, text } = article();
    await callApi(gateway.url, 'POST', '/api/articles', { key: keys.publisher, body: { id, text } });
    const correction = await callApi(gateway.url, 'PUT', `/api/articles/${id}`, { key: keys.reader, body: { title: 'x' } });
    const retraction = await callApi(gateway.url, 'DELETE', `/api/articles/${id}`, { key: keys.reader, body: { reason: 'x' } });
    expect([correction.status, retraction.status]).toEqual([403, 403]);
  });

  it('lets reader, publisher and admin keys read an article, and accepts the key as a Bearer token', async () => {
    const { id, text } = article();
    await callApi(gateway.url, 'POST', '/api/articles', { key: keys.publisher, body: { id, text } });
    const byRole = await Promise.all(
      [keys.reader, keys.publisher, keys.admin].map(async (key) => (await callApi(gateway.url, 'GET', `/api/articles/${id}`, { key })).status),
    );
    const bearer = await callApi(gateway.url, 'GET', `/api/articles/${id}`, { headers: { authorization: `Bearer ${keys.reader}` } });
    expect([...byRole, bearer.status]).toEqual([200, 200, 200, 200]);
  });

  it('refuses revoked and expired keys with 401', async () => {
    const repository = new ApiKeyRepository(prisma);
    const revoked = await repository.create(`revoked ${randomUUID()}`, 'publisher');
    await repository.revoke(revoked.key.id);
    const expired = await repository.create(`expired ${randomUUID()}`, 'publisher', new Date(Date.now() - 1000));
    const answers = await Promise.all(
      [revoked.secret, expired.secret].map((key) => callApi(gateway.url, 'POST', '/api/articles', { key, body: article() })),
    );
    expect(answers.map((a) => [a.status, a.body.message])).toEqual([
      [401, 'the API key is not valid, expired or revoked'],
      [401, 'the API key is not valid, expired or revoked'],
    ]);
  });

  it('names the key in the event producer but never puts its secret on the topic', async () => {
    const body = article();
    await callApi(gateway.url, 'POST', '/api/articles', { key: keys.publisher, body });
    const [message] = eventsOf(await readTopic(config.KAFKA_BROKERS, config.ARTICLES_TOPIC), body.id);
    expect(message.event.producer).toMatch(/^gateway:ingest-test publisher /);
    expect(JSON.stringify(message)).not.toContain(keys.publisher);
  });

  describe('with a rate limit of 5 requests per minute', () => {
    let limited: RunningGateway;

    beforeAll(async () => {
      limited = await startGatewayApp((await appEnvironment({ RATE_LIMIT_PER_MINUTE: '5' })).config);
    });
    afterAll(() => limited?.close());

    it('answers 429 to the sixth request of one key while another key is still served', async () => {
      const get = (key: string) => callApi(limited.url, 'GET', `/api/articles/keys-unknown`, { key });
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await get(keys.reader)).status);
      const over = await get(keys.reader);
      expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
      expect(over.body.message).toBe('rate limit exceeded for this API key; retry later');
      expect(over.headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await get(keys.admin)).status).toBe(404);
    });
  });
});
