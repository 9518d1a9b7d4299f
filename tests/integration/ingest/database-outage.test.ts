// With Postgres out of reach the gateway answers 503 with Retry-After (never a 500), writes no event for the refused
// requests, reports itself unhealthy, and serves again once the database is back. The shared Postgres is never
// stopped: the gateway reaches it through a proxy that the test cuts, which resets and refuses connections.
import { randomUUID } from 'node:crypto';
import { eventually } from '../../support/projector-app';
import { callApi, eventsOf, readTopic, useGateway } from '../../support/ingest';
import { startTcpProxy, type TcpProxy } from '../../support/tcp-proxy';
import { testRun } from '../../support/test-env';

const text = (n: string) => `Special envoy Hans Grundberg arrived in Muscat on Tuesday for talks with Houthi negotiators (${n}).`;

describe('ingest: the database is out of reach', () => {
  let proxy: TcpProxy;
  // Registered before useGateway's own beforeAll, so the proxy listens before the gateway connects through it.
  beforeAll(async () => {
    const url = new URL(testRun().databaseUrl);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  });
  const fixture = useGateway(() => {
    const url = new URL(testRun().databaseUrl);
    url.port = String(proxy.port);
    return { DATABASE_URL: url.toString() };
  });
  afterAll(async () => {
    await proxy?.close();
  });

  it('answers 503 with Retry-After to writes and reads, stores nothing, and recovers when the database is back', async () => {
    const post = (body: unknown) => callApi(fixture.gateway.url, 'POST', '/api/articles', { key: fixture.keys.publisher, body });
    const before = { id: `db-outage-${randomUUID()}`, text: text('before') };
    expect((await post(before)).status).toBe(202);

    await proxy.cut();
    const during = { id: `db-outage-${randomUUID()}`, text: text('during') };
    const refused = await Promise.all([
      post(during),
      callApi(fixture.gateway.url, 'GET', `/api/articles/${before.id}`, { key: fixture.keys.reader }),
      callApi(fixture.gateway.url, 'GET', '/api/envoys', { key: fixture.keys.reader }),
    ]);
    for (const response of refused) {
      expect([response.status, response.body.message]).toEqual([503, 'the database is unavailable; retry later']);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    }
    const health = await callApi(fixture.gateway.url, 'GET', '/health');
    expect(health.status).toBe(503);
    expect(health.body.details.postgres.status).toBe('down');

    await proxy.restore();
    const after = { id: `db-outage-${randomUUID()}`, text: text('after') };
    await eventually(async () => ((await post(after)).status === 202 ? true : undefined), 30_000, 'the gateway to accept again');
    const messages = await readTopic(fixture.config.KAFKA_BROKERS, fixture.config.ARTICLES_TOPIC);
    expect([before, during, after].map(({ id }) => eventsOf(messages, id).length)).toEqual([1, 0, 1]);
    expect((await callApi(fixture.gateway.url, 'GET', `/api/articles/${during.id}`, { key: fixture.keys.reader })).status).toBe(404);
  });
});
