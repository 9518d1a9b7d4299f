// Fault: a consumer that falls behind. The projector applies a first part, is stopped, FAULTS_BACKLOG events arrive
// while it is down, and it catches up when started again: all applied once; the time to catch up is reported.
// `npm run test:faults` runs it 10,000 events behind; within `npm test` it defaults to 3,000 (about 35 s of catching
// up on a shared 2-core machine, where 10,000 take about two minutes).
import { checkpointsOf, createTopic, generateEvents, produceEvents, testKafka, waitCaughtUp } from '../support/generated-events';
import { projectorEnvironment } from '../support/projector-env';
import { testRun, uniqueName } from '../support/test-env';
import { startProjector, type ChildApp } from './support/apps';
import { expectClean, Ledger } from './support/ledger';

const BACKLOG = Number(process.env.FAULTS_BACKLOG ?? 3_000);
const FIRST = 200;

describe('faults: a slow consumer falls behind and catches up', () => {
  const children: ChildApp[] = [];
  afterAll(async () => {
    await Promise.all(children.map((c) => c.app.kill()));
  });

  it(`catches up on ${BACKLOG} events produced while it was stopped, each applied once`, async () => {
    const { env } = await projectorEnvironment({ LOG_LEVEL: 'error' });
    const topic = env.ARTICLES_TOPIC;
    const kafka = testKafka(env.KAFKA_BROKERS.split(','));
    await createTopic(kafka, topic);
    const events = generateEvents(FIRST + BACKLOG, 1010, uniqueName('slow'));
    const ledger = new Ledger(`slow consumer ${BACKLOG} events behind`);
    await produceEvents(kafka, topic, events.slice(0, FIRST));
    const first = await startProjector(env);
    children.push(first);
    await waitCaughtUp(kafka, testRun().databaseUrl, topic, 60_000);
    await first.app.stop();

    await produceEvents(kafka, topic, events.slice(FIRST), 500);
    ledger.produced(events);
    const behind = BigInt(FIRST + BACKLOG) - [...(await checkpointsOf(testRun().databaseUrl, topic)).values()].reduce((a, b) => a + b, 0n);
    const started = Date.now();
    const second = await startProjector(env);
    children.push(second);
    await waitCaughtUp(kafka, testRun().databaseUrl, topic, 300_000);
    const seconds = (Date.now() - started) / 1000;
    ledger.note('behind', String(behind));
    ledger.note('caught up in s', Math.round(seconds * 10) / 10);
    ledger.note('events/s', Math.round(Number(behind) / seconds));
    const result = await ledger.settle({ databaseUrl: testRun().databaseUrl, brokers: env.KAFKA_BROKERS.split(','), topic });
    await second.app.stop();
    expectClean(result);
    expect(behind).toBe(BigInt(BACKLOG));
  }, 400_000);
});
