// Fault: poison events of every kind interleaved with good ones on every partition: truncated JSON, an unknown schema
// version, a payload over the event schema's limit (a text of EVENT_TEXT_LIMIT + 1 characters, a 2 MB message), and
// an event whose read-model handler throws (a text with a NUL character, which the gateway refuses but a producer
// writing to the topic directly can send, and which Postgres text cannot hold). Each is dead-lettered with its reason
// and never applied; every good event around them is applied once, by a projector process.
import { createEvent, encodeEvent, EVENT_TEXT_LIMIT, type ArticleEvent } from '@newsroom/events';
import { createTopic, generatedText, seededRandom, testKafka } from '../support/generated-events';
import { projectorEnvironment } from '../support/projector-env';
import { testRun, uniqueName } from '../support/test-env';
import { startProjector, type ChildApp } from './support/apps';
import { expectClean, Ledger } from './support/ledger';

const PARTITIONS = 3;
const GOOD_BETWEEN = 3;

describe('faults: poison events of every kind on several partitions', () => {
  const children: ChildApp[] = [];
  afterAll(async () => {
    await Promise.all(children.map((c) => c.app.kill()));
  });

  it('dead-letters each poison event with its reason and applies every good one once', async () => {
    const { env } = await projectorEnvironment({ LOG_LEVEL: 'error', ARTICLES_TOPIC_PARTITIONS: String(PARTITIONS), PROJECTOR_MAX_RETRIES: '1', PROJECTOR_RETRY_BACKOFF_MS: '20' });
    const topic = env.ARTICLES_TOPIC;
    const kafka = testKafka(env.KAFKA_BROKERS.split(','));
    await createTopic(kafka, topic, PARTITIONS);
    const ledger = new Ledger('poison events interleaved on 3 partitions');
    const random = seededRandom(77);
    const prefix = uniqueName('poison');
    let n = 0;
    const submission = (text = generatedText(random)) =>
      createEvent('ArticleSubmitted', `${prefix}-${n++}`, { text, format: 'text', outlet: 'Faults', publishedAt: '2024-03-01' }, 'faults-test');
    const poisons: { kind: string; reason: string; message: (event: ArticleEvent) => { key: string; value: string; headers: Record<string, string> } }[] = [
      { kind: 'truncated JSON', reason: 'invalid_json', message: (e) => { const m = encodeEvent(e); return { ...m, value: m.value.slice(0, Math.floor(m.value.length / 2)) }; } },
      { kind: 'unknown schema version', reason: 'unknown_version', message: (e) => { const m = encodeEvent(e); return { ...m, value: JSON.stringify({ ...JSON.parse(m.value), schemaVersion: 99 }), headers: { ...m.headers, 'schema-version': '99' } }; } },
      { kind: 'payload over the limit', reason: 'invalid_payload', message: (e) => { const m = encodeEvent(e); const v = JSON.parse(m.value); v.payload.text = 'x'.repeat(EVENT_TEXT_LIMIT + 1); return { ...m, value: JSON.stringify(v) }; } },
      { kind: 'handler throws (NUL in text)', reason: 'handler_failed', message: (e) => { const m = encodeEvent(e); const v = JSON.parse(m.value); v.payload.text = `${v.payload.text}\u0000`; return { ...m, value: JSON.stringify(v) }; } },
    ];

    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const good: ArticleEvent[] = [];
    try {
      for (let partition = 0; partition < PARTITIONS; partition++) {
        // Each partition: good events, then a poison one, good ones, the next poison one... (rotated per partition).
        const messages: { partition: number; key: string; value: string; headers: Record<string, string> }[] = [];
        for (let p = 0; p < poisons.length; p++) {
          for (let g = 0; g < GOOD_BETWEEN; g++) {
            const event = submission();
            good.push(event);
            messages.push({ partition, ...encodeEvent(event) });
          }
          const poison = poisons[(p + partition) % poisons.length];
          ledger.poison(poison.kind, partition, String(messages.length), poison.reason);
          messages.push({ partition, ...poison.message(submission()) });
        }
        for (let g = 0; g < GOOD_BETWEEN; g++) {
          const event = submission();
          good.push(event);
          messages.push({ partition, ...encodeEvent(event) });
        }
        // One message at a time: a fresh topic's offsets are then the positions above.
        for (const message of messages) await producer.send({ topic, acks: -1, messages: [message] });
      }
    } finally {
      await producer.disconnect();
    }
    ledger.produced(good);

    const projector = await startProjector(env);
    children.push(projector);
    const result = await ledger.settle({ databaseUrl: testRun().databaseUrl, brokers: env.KAFKA_BROKERS.split(','), topic, drainTimeoutMs: 90_000 });
    const health = await fetch(`${projector.url}/health`);
    await projector.app.stop();
    expectClean(result);
    expect(result.deadLettered).toBe(PARTITIONS * poisons.length);
    expect(health.status).toBe(200);
  }, 180_000);
});
