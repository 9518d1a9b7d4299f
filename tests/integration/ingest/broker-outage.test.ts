// With the broker stopped the gateway answers 503 with Retry-After, and no event of those requests appears once
// the broker is back. Runs on a private broker of its own: the shared one is never stopped.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { silentLogger, startKafka, type KafkaHandle } from '../../../scripts/infra/kafka';
import { eventually } from '../../support/projector-app';
import { callApi, eventsOf, readTopic, useGateway } from '../../support/ingest';
import { freePort } from '../../support/test-env';

jest.setTimeout(180_000);

const ACK_TIMEOUT_MS = 3000;
const text = (n: string) => `Envoy Khalilzad held talks with Mullah Baradar in Doha on Saturday (${n}).`;

describe('ingest: the broker is stopped', () => {
  let runDir: string;
  let broker: KafkaHandle;

  beforeAll(async () => {
    runDir = mkdtempSync(join(tmpdir(), 'newsroom-outage-'));
    broker = await startKafka({ port: await freePort(), controllerPort: await freePort(), runDir, reuse: false, heapMb: 384, log: silentLogger });
  });
  const fixture = useGateway(() => ({ KAFKA_BROKERS: broker.brokers.join(','), KAFKA_ACK_TIMEOUT_MS: String(ACK_TIMEOUT_MS) }));
  afterAll(async () => {
    await broker?.stop();
    rmSync(runDir, { recursive: true, force: true });
  });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    callApi(fixture.gateway.url, 'POST', '/api/articles', { key: fixture.keys.publisher, body, headers });

  it('answers 503 with Retry-After while the broker is down and leaves no ghost event once it is back', async () => {
    const before = { id: `outage-${randomUUID()}`, text: text('before') };
    const during = { id: `outage-${randomUUID()}`, text: text('during') };
    const keyed = { id: `outage-${randomUUID()}`, text: text('during, with a key') };
    const idempotencyKey = randomUUID();
    expect((await post(before)).status).toBe(202);

    await broker.stop();
    // The broker starts again at once: it answers some seconds later, while a producer that kept retrying after
    // answering 503 would still hold the refused events and write them then.
    const restarted = broker.restart();
    const started = Date.now();
    const [refused, refusedWithKey] = await Promise.all([post(during), post(keyed, { 'Idempotency-Key': idempotencyKey })]);
    const elapsed = Date.now() - started;
    for (const response of [refused, refusedWithKey]) {
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(response.body.message).toMatch(/nothing was stored, retry later$/);
    }
    // The producer itself gave up, before the gateway's own deadline: no send was abandoned still running.
    expect(elapsed).toBeLessThan(ACK_TIMEOUT_MS);
    const records = await fixture.prisma.ingestRecord.findMany({ where: { articleId: { in: [during.id, keyed.id] } } });
    expect(records.map((r) => [r.state, r.reason])).toEqual([
      ['rejected', expect.stringMatching(/ECONNREFUSED/)],
      ['rejected', expect.stringMatching(/ECONNREFUSED/)],
    ]);

    broker = await restarted;
    const probe = { id: `outage-${randomUUID()}`, text: text('after') };
    await eventually(async () => ((await post(probe)).status === 202 ? true : undefined), 60_000, 'the gateway to publish again');
    // Long enough for any retry the producer might still hold to have landed.
    await new Promise((resolve) => setTimeout(resolve, 2 * ACK_TIMEOUT_MS));

    const messages = await readTopic(fixture.config.KAFKA_BROKERS, fixture.config.ARTICLES_TOPIC);
    expect([before, during, keyed, probe].map(({ id }) => eventsOf(messages, id).length)).toEqual([1, 0, 0, 1]);
    expect((await callApi(fixture.gateway.url, 'GET', `/api/articles/${during.id}`, { key: fixture.keys.reader })).status).toBe(404);

    const retried = await post(during);
    const retriedWithKey = await post(keyed, { 'Idempotency-Key': idempotencyKey });
    expect([retried.status, retried.body.duplicate, retriedWithKey.status, retriedWithKey.body.duplicate]).toEqual([202, false, 202, false]);
    const after = await readTopic(fixture.config.KAFKA_BROKERS, fixture.config.ARTICLES_TOPIC);
    expect(eventsOf(after, during.id).map((m) => m.event.eventId)).toEqual([retried.body.eventId]);
    expect(eventsOf(after, keyed.id).map((m) => m.event.eventId)).toEqual([retriedWithKey.body.eventId]);
  });
});
