// Fault: a Kafka broker (a private one, started from the jars like the shared one: the shared broker is never touched)
// stopped and restarted during ingest through a gateway process (acks=all, idempotent producer: 503 while it is down,
// never a 202 that is lost), and killed and restarted while a projector process consumes a backlog.
import { createPrismaClient } from '@newsroom/database';
import { Kafka, logLevel } from 'kafkajs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger, startKafka, type KafkaHandle } from '../../scripts/infra/kafka';
import { isPortOpen } from '../../scripts/infra/process';
import { appliedBeyond, appliedCount, createTopic, generateEvents, produceEvents, testKafka } from '../support/generated-events';
import { issueKeys } from '../support/ingest';
import { projectorEnvironment } from '../support/projector-env';
import { freePort, testRun, uniqueName } from '../support/test-env';
import { LOAD_ENV, retryUnanswered, sleep, startChild, startProjector, steadyIngest, type ChildApp } from './support/apps';
import { expectClean, Ledger } from './support/ledger';

jest.setTimeout(300_000);

const BACKLOG = Number(process.env.FAULTS_BROKER_BACKLOG ?? 2000);

describe('faults: the Kafka broker stopped and restarted', () => {
  let runDir: string;
  let broker: KafkaHandle;
  const children: ChildApp[] = [];

  beforeAll(async () => {
    runDir = mkdtempSync(join(tmpdir(), 'newsroom-faults-broker-'));
    broker = await startKafka({ port: await freePort(), controllerPort: await freePort(), runDir, reuse: false, heapMb: 384, log: silentLogger });
  }, 180_000);
  afterAll(async () => {
    await Promise.all(children.map((c) => c.app.kill()));
    await broker?.stop().catch(() => undefined);
    rmSync(runDir, { recursive: true, force: true });
  });

  const environment = () => projectorEnvironment({ ...LOAD_ENV, KAFKA_BROKERS: broker.brokers.join(','), KAFKA_ACK_TIMEOUT_MS: '3000' });

  it('once started, serves a consumer group and an idempotent producer without a retried error', async () => {
    // What the apps ask for first: a new broker answers COORDINATOR_NOT_AVAILABLE until its internal topics exist,
    // which kafkajs logs as errors and retries; startKafka waits for both before it resolves.
    const errors: string[] = [];
    const kafka = new Kafka({ clientId: 'fresh-broker', brokers: broker.brokers, logLevel: logLevel.ERROR, logCreator: () => ({ log }) => void errors.push(log.message) });
    const topic = uniqueName('fresh');
    await createTopic(kafka, topic);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    const consumer = kafka.consumer({ groupId: uniqueName('fresh-group') });
    try {
      await producer.connect();
      await producer.send({ topic, acks: -1, messages: [{ value: 'first' }] });
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      const received = new Promise<string>((resolve) => void consumer.run({ eachMessage: async ({ message }) => resolve(String(message.value)) }));
      expect(await received).toBe('first');
    } finally {
      await Promise.all([producer.disconnect(), consumer.disconnect()]);
    }
    expect(errors).toEqual([]);
  });

  it('during ingest: every 202 is projected, every 503 leaves nothing', async () => {
    const { env } = await environment();
    const prisma = createPrismaClient({ url: testRun().databaseUrl, poolSize: 1 });
    const keys = await issueKeys(prisma).finally(() => prisma.$disconnect());
    const ledger = new Ledger('broker stopped and restarted during ingest');
    const projector = await startProjector(env);
    const gateway = await startChild('gateway', env);
    children.push(projector, gateway);
    const load = steadyIngest({ url: () => gateway.url, key: keys.publisher, ledger, prefix: `brk-${testRun().runId}`, concurrency: 3, pauseMs: 20 });
    try {
      await sleep(2000);
      const down = Date.now();
      await broker.stop();
      broker = await broker.restart();
      ledger.note('broker down s', Math.round((Date.now() - down) / 100) / 10);
      // Ingest goes on until the gateway accepts again, and a little after.
      const acceptedBefore = ledger.count('accepted');
      for (let i = 0; i < 600 && ledger.count('accepted') === acceptedBefore; i++) await sleep(100);
      await sleep(1500);
    } finally {
      await load.stop();
    }
    await retryUnanswered(gateway.url, keys.publisher, ledger);
    ledger.note('answers', JSON.stringify({ ...ledger.answers('accepted'), ...ledger.answers('refused') }).replace(/[{}"]/g, ''));
    const result = await ledger.settle({ databaseUrl: testRun().databaseUrl, brokers: broker.brokers, topic: env.ARTICLES_TOPIC, drainTimeoutMs: 150_000 });
    await Promise.all([gateway.app.stop(), projector.app.stop()]);
    expectClean(result);
    expect(result.refused).toBeGreaterThan(0); // the outage was seen
  });

  it(`during consumption: a backlog of ${BACKLOG} events applied once across a broker crash`, async () => {
    const { env } = await environment();
    const topic = env.ARTICLES_TOPIC;
    const kafka = testKafka(broker.brokers);
    await createTopic(kafka, topic);
    const events = generateEvents(BACKLOG, 4242, uniqueName('brk-consume'));
    const ledger = new Ledger(`broker killed and restarted during consumption of ${BACKLOG}`);
    await produceEvents(kafka, topic, events);
    ledger.produced(events);
    const projector = await startProjector(env);
    children.push(projector);
    const applied = () => appliedCount(testRun().databaseUrl, topic);
    await appliedBeyond(testRun().databaseUrl, topic, 0n);
    await broker.kill();
    const atCrash = await applied();
    // The killed JVM's listener can linger a moment: start again once the port is free.
    for (let i = 0; i < 100 && (await isPortOpen(broker.host, broker.port)); i++) await sleep(100);
    broker = await broker.restart();
    ledger.note('applied at crash', String(atCrash));
    const result = await ledger.settle({ databaseUrl: testRun().databaseUrl, brokers: broker.brokers, topic, drainTimeoutMs: 150_000 });
    await projector.app.stop();
    expectClean(result);
    expect(atCrash).toBeLessThan(BigInt(BACKLOG));
  });
});
