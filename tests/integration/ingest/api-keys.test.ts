// API keys on the real database: roles per route, revoked and expired keys, per-key rate limits.
import { ApiKeyRepository } from '@newsroom/auth';
import { randomUUID } from 'node:crypto';
import { callApi, eventsOf, readTopic, useGateway } from '../../support/ingest';

const article = () => ({ id: `keys-${randomUUID()}`, text: 'Envoy Khalilzad met President Ghani in Kabul on Sunday.' });

describe('ingest: API keys', () => {
  const KEY_CACHE_TTL_MS = 300;
  const fixture = useGateway({ API_KEY_CACHE_TTL_MS: String(KEY_CACHE_TTL_MS) });
  const post = (key: string | undefined, body: unknown) => callApi(fixture.gateway.url, 'POST', '/api/articles', { key, body });
  const call = (method: string, path: string, key: string | undefined, body?: unknown) => callApi(fixture.gateway.url, method, path, { key, body });

  it('lets publisher and admin keys publish, and refuses a reader key with 403 and no key with 401', async () => {
    const { publisher, admin, reader } = fixture.keys;
    const statuses = await Promise.all([publisher, admin, reader, undefined].map(async (key) => (await post(key, article())).status));
    expect(statuses).toEqual([202, 202, 403, 401]);
  });

  it('refuses corrections and retractions with a reader key', async () => {
    const { id, text } = article();
    await post(fixture.keys.publisher, { id, text });
    const correction = await call('PUT', `/api/articles/${id}`, fixture.keys.reader, { title: 'x' });
    const retraction = await call('DELETE', `/api/articles/${id}`, fixture.keys.reader, { reason: 'x' });
    expect([correction.status, retraction.status]).toEqual([403, 403]);
  });

  it('lets reader, publisher and admin keys read an article, and accepts the key as a Bearer token', async () => {
    const { id, text } = article();
    const { publisher, admin, reader } = fixture.keys;
    await post(publisher, { id, text });
    const byRole = await Promise.all([reader, publisher, admin].map(async (key) => (await call('GET', `/api/articles/${id}`, key)).status));
    const bearer = await callApi(fixture.gateway.url, 'GET', `/api/articles/${id}`, { headers: { authorization: `Bearer ${reader}` } });
    expect([...byRole, bearer.status]).toEqual([200, 200, 200, 200]);
  });

  it('refuses revoked and expired keys with 401', async () => {
    const repository = new ApiKeyRepository(fixture.prisma);
    const revoked = await repository.create(`revoked ${randomUUID()}`, 'publisher');
    await repository.revoke(revoked.key.id);
    const expired = await repository.create(`expired ${randomUUID()}`, 'publisher', new Date(Date.now() - 1000));
    const answers = await Promise.all([revoked.secret, expired.secret].map((key) => post(key, article())));
    expect(answers.map((a) => [a.status, a.body.message])).toEqual([
      [401, 'the API key is not valid, expired or revoked'],
      [401, 'the API key is not valid, expired or revoked'],
    ]);
  });

  it('refuses a key revoked while in use once the key cache period is over, and records when the key was last used', async () => {
    const repository = new ApiKeyRepository(fixture.prisma);
    const inUse = await repository.create(`in use ${randomUUID()}`, 'publisher');
    expect((await post(inUse.secret, article())).status).toBe(202);
    await repository.revoke(inUse.key.id);
    await new Promise((resolve) => setTimeout(resolve, KEY_CACHE_TTL_MS + 100));
    expect((await post(inUse.secret, article())).status).toBe(401);
    const listed = (await repository.list()).find((k) => k.id === inUse.key.id);
    expect(listed?.lastUsedAt).toEqual(expect.any(Date));
  });

  it('names the key in the event producer but never puts its secret on the topic', async () => {
    const body = article();
    await post(fixture.keys.publisher, body);
    const [message] = eventsOf(await readTopic(fixture.config.KAFKA_BROKERS, fixture.config.ARTICLES_TOPIC), body.id);
    expect(message.event.producer).toMatch(/^gateway:ingest-test publisher /);
    expect(JSON.stringify(message)).not.toContain(fixture.keys.publisher);
  });

  describe('with a rate limit of 5 requests per minute', () => {
    const limited = useGateway({ RATE_LIMIT_PER_MINUTE: '5' });

    it('answers 429 to the sixth request of one key, whatever the routes, while another key is still served', async () => {
      const get = (key: string, path = '/api/articles/keys-unknown') => callApi(limited.gateway.url, 'GET', path, { key });
      const first = await get(limited.keys.reader);
      expect([first.headers.get('x-ratelimit-limit'), first.headers.get('x-ratelimit-remaining')]).toEqual(['5', '4']);
      const statuses: number[] = [first.status];
      for (const path of ['/api/envoys/keys-unknown', '/api/articles/keys-unknown', '/api/visits/999999', '/api/articles/keys-unknown']) {
        statuses.push((await get(limited.keys.reader, path)).status);
      }
      const over = await get(limited.keys.reader);
      statuses.push(over.status);
      expect(statuses).toEqual([404, 404, 404, 400, 404, 429]);
      expect(over.body.message).toBe('rate limit exceeded for this API key; retry later');
      expect(over.headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await get(limited.keys.admin)).status).toBe(404);
    });
  });
});
