// The gateway and the projector as operators run them (the built processes): one JSON log line per request with its
// request id, route, status and key id, never a key's secret; Prometheus metrics behind a reader key; the request id
// carried onto the event's Kafka headers and into the projector's line for the applied event.
import { createPrismaClient, type PrismaClient } from '@newsroom/database';
import { randomUUID } from 'node:crypto';
import { startApp, type AppProcess } from '../../../scripts/start/app-process';
import { callApi, issueKeys, readTopic } from '../../support/ingest';
import { appEnvironment } from '../../support/test-env';

describe('operations: structured logs and metrics of the gateway and projector processes', () => {
  let gateway: AppProcess;
  let projector: AppProcess;
  let prisma: PrismaClient;
  let keys: Awaited<ReturnType<typeof issueKeys>>;
  let url: string;
  let projectorUrl: string;
  let brokers: string[];
  let topic: string;
  const output: string[] = [];

  beforeAll(async () => {
    const { env, config } = await appEnvironment({ LOG_LEVEL: 'info' });
    url = `http://127.0.0.1:${config.GATEWAY_PORT}`;
    projectorUrl = `http://127.0.0.1:${config.PROJECTOR_HEALTH_PORT}`;
    ({ KAFKA_BROKERS: brokers, ARTICLES_TOPIC: topic } = config);
    prisma = createPrismaClient({ url: config.DATABASE_URL, poolSize: 2 });
    keys = await issueKeys(prisma);
    gateway = startApp('gateway', { ...process.env, ...env }, (line) => output.push(line));
    projector = startApp('projector', { ...process.env, ...env }, (line) => output.push(line));
    await gateway.waitHealthy(`${url}/health`);
    await projector.waitHealthy(`${projectorUrl}/health`);
  });

  afterAll(async () => {
    await gateway?.stop();
    await projector?.stop();
    await prisma?.$disconnect();
  });

  const logLines = () =>
    output.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });

  it('logs each request as one JSON line with its request id, route pattern, status and key id, and carries the id onto the event and into the projector', async () => {
    const requestId = `trace-${randomUUID()}`;
    const articleId = `ops-${randomUUID()}`;
    const accepted = await callApi(url, 'POST', '/api/articles', {
      key: keys.publisher,
      headers: { 'x-request-id': requestId },
      body: { id: articleId, text: 'UN envoy Hans Grundberg arrived in Muscat on Monday.' },
    });
    expect(accepted.status).toBe(202);
    expect(accepted.headers.get('x-request-id')).toBe(requestId);
    const refused = await callApi(url, 'GET', `/api/articles/${articleId}?key=${keys.reader}`);
    expect(refused.status).toBe(401);

    const line = await waitFor(() => logLines().find((l) => l.requestId === requestId && l.service === 'gateway'));
    expect(line).toMatchObject({ service: 'gateway', level: 'info', context: 'Http', method: 'POST', route: '/api/articles', status: 202, keyId: expect.any(String), ms: expect.any(Number) });
    expect(await waitFor(() => logLines().find((l) => l.status === 401 && l.path === `/api/articles/${articleId}`))).toBeTruthy();
    // no secret in any line, not even the one sent in a query string
    for (const secret of Object.values(keys)) expect(output.join('\n')).not.toContain(secret.slice(3));

    const [message] = (await readTopic(brokers, topic)).filter((m) => m.event.articleId === articleId);
    expect(message.headers).toMatchObject({ 'request-id': requestId });
    const applied = await waitFor(() => logLines().find((l) => l.service === 'projector' && l.requestId === requestId), 30_000);
    expect(applied).toMatchObject({ level: 'info', msg: 'event applied', eventId: accepted.body.eventId, articleId, type: 'ArticleSubmitted', partition: message.partition });
  });

  it('serves Prometheus metrics of requests and Kafka produce latency to a reader key, and to no one without a key', async () => {
    expect((await callApi(url, 'GET', '/metrics')).status).toBe(401);
    const scraped = await callApi(url, 'GET', '/metrics', { headers: { authorization: `Bearer ${keys.reader}` } });
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = String(scraped.body);
    expect(text).toMatch(/^gateway_http_requests_total\{method="POST",route="\/api\/articles",status="202"\} [1-9]/m);
    expect(text).toMatch(/^gateway_kafka_produce_duration_seconds_count\{outcome="acknowledged"\} [1-9]/m);
    expect(text).toMatch(/^gateway_events_published_total\{type="ArticleSubmitted"\} [1-9]/m);
    expect(text).toMatch(/^gateway_process_resident_memory_bytes \d+/m);
  });

  it('shows an active replay’s progress on the projector’s metrics, read from its record', async () => {
    const metrics = async () => (await fetch(`${projectorUrl}/metrics`)).text();
    expect(await metrics()).toMatch(/^projector_replay_active 0$/m);
    // a replay run elsewhere (the row its runner would write; another topic, so this projector leaves it alone)
    const [{ id }] = await prisma.$queryRawUnsafe<{ id: number }[]>(
      `INSERT INTO replays (state, topic, generation, requested_by, runner, events_done, events_total, rate, eta_seconds, started_at, heartbeat_at)
       VALUES ('running', 'operations-test.elsewhere', 'rm_gen_78', 'api:operations-test', 'projector elsewhere', 4500, 10000, 1234.5, 75, now(), now()) RETURNING id`,
    );
    try {
      const text = await metrics();
      expect(text).toMatch(/^projector_replay_active 1$/m);
      expect(text).toMatch(/^projector_replay_events_done 4500$/m);
      expect(text).toMatch(/^projector_replay_events_total 10000$/m);
      expect(text).toMatch(/^projector_replay_events_per_second 1234.5$/m);
      expect(text).toMatch(/^projector_replay_eta_seconds 75$/m);
    } finally {
      await prisma.$executeRawUnsafe(`UPDATE replays SET state = 'cancelled', finished_at = now(), updated_at = now() WHERE id = $1`, id);
    }
    expect(await metrics()).toMatch(/^projector_replay_active 0$/m);
  });
});

async function waitFor<T>(find: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('not logged in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
