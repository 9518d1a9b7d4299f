// Fault: graceful shutdown. SIGTERM to a projector in the middle of a backlog, and to a gateway with requests in
// flight: each exits cleanly within SHUTDOWN_BOUND_MS, the gateway answers every request it had read (a client retries
// only requests the gateway never saw), and after a restart nothing is lost or applied twice.
import { createPrismaClient } from '@newsroom/database';
import { appliedBeyond, appliedCount, createTopic, generateEvents, produceEvents, testKafka } from '../support/generated-events';
import { issueKeys } from '../support/ingest';
import { projectorEnvironment } from '../support/projector-env';
import { testRun, uniqueName } from '../support/test-env';
import { LOAD_ENV, retryUnanswered, sleep, startChild, startProjector, steadyIngest, type ChildApp } from './support/apps';
import { expectClean, Ledger } from './support/ledger';

const SHUTDOWN_BOUND_MS = 10_000;
const BACKLOG = Number(process.env.FAULTS_SHUTDOWN_BACKLOG ?? 1500);

describe('faults: graceful shutdown', () => {
  const children: ChildApp[] = [];
  afterAll(async () => {
    await Promise.all(children.map((c) => c.app.kill()));
  });

  /**
   * SIGTERM, and how long until the process exited: 'exit 0', or 'SIGTERM' when Nest re-raised the signal after its
   * shutdown hooks (what enableShutdownHooks does), or 'SIGKILL' when the grace period ran out.
   */
  const terminate = async (child: ChildApp) => {
    const started = Date.now();
    const exitCode = await child.app.stop(SHUTDOWN_BOUND_MS + 5_000);
    const code = child.app.child.signalCode ?? `exit ${exitCode}`;
    return { code, ms: Date.now() - started };
  };
  const clean = ['exit 0', 'SIGTERM'];

  it(`projector: SIGTERM mid-backlog finishes the batch in hand and exits cleanly within ${SHUTDOWN_BOUND_MS / 1000} s`, async () => {
    const { env } = await projectorEnvironment({ LOG_LEVEL: 'warn' });
    const topic = env.ARTICLES_TOPIC;
    const kafka = testKafka(env.KAFKA_BROKERS.split(','));
    await createTopic(kafka, topic);
    const events = generateEvents(BACKLOG, 99, uniqueName('sigterm'));
    const ledger = new Ledger(`projector SIGTERM mid-backlog of ${BACKLOG}`);
    await produceEvents(kafka, topic, events);
    ledger.produced(events);

    const projector = await startProjector(env);
    children.push(projector);
    const applied = () => appliedCount(testRun().databaseUrl, topic);
    await appliedBeyond(testRun().databaseUrl, topic, 0n);
    await sleep(300);
    const { code, ms } = await terminate(projector);
    const atExit = await applied();
    ledger.note('ended by', code);
    ledger.note('exit ms', ms);
    ledger.note('applied at exit', String(atExit));

    const next = await startProjector(env);
    children.push(next);
    const result = await ledger.settle({ databaseUrl: testRun().databaseUrl, brokers: env.KAFKA_BROKERS.split(','), topic });
    await next.app.stop();
    expectClean(result);
    expect(clean).toContain(code);
    expect(ms).toBeLessThan(SHUTDOWN_BOUND_MS);
    expect(atExit).toBeLessThan(BigInt(BACKLOG)); // the SIGTERM came mid-backlog
  }, 180_000);

  it(`gateway: SIGTERM with requests in flight answers them and exits cleanly within ${SHUTDOWN_BOUND_MS / 1000} s`, async () => {
    const { env } = await projectorEnvironment({ ...LOAD_ENV });
    const prisma = createPrismaClient({ url: testRun().databaseUrl, poolSize: 1 });
    const keys = await issueKeys(prisma).finally(() => prisma.$disconnect());
    const ledger = new Ledger('gateway SIGTERM with requests in flight');
    const projector = await startProjector(env);
    children.push(projector);
    const gateway = await startChild('gateway', env);
    children.push(gateway);
    const load = steadyIngest({ url: () => gateway.url, key: keys.publisher, ledger, prefix: `gwterm-${testRun().runId}`, concurrency: 8 });
    await sleep(2000);
    const accepted = ledger.count('accepted');
    // The clients keep sending while the gateway shuts down (as a load balancer would until it notices).
    const { code, ms } = await terminate(gateway);
    await load.stop();
    const broken = ledger.unanswered().length;
    ledger.note('ended by', code);
    ledger.note('exit ms', ms);
    ledger.note('connections broken by the shutdown', broken);
    if (broken) ledger.note('broken by', JSON.stringify(ledger.answers('unknown')).replace(/[{}"]/g, ''));

    const next = await startChild('gateway', env);
    children.push(next);
    const retried = await retryUnanswered(next.url, keys.publisher, ledger);
    if (broken) ledger.note('their retries answered', JSON.stringify(retried.answers).replace(/[{}"]/g, ''));
    const result = await ledger.settle({ databaseUrl: testRun().databaseUrl, brokers: env.KAFKA_BROKERS.split(','), topic: env.ARTICLES_TOPIC });
    await Promise.all([next.app.stop(), projector.app.stop()]);
    expectClean(result);
    expect(accepted).toBeGreaterThan(0);
    expect(clean).toContain(code);
    expect(ms).toBeLessThan(SHUTDOWN_BOUND_MS);
    expect(retried.notAccepted).toEqual([]);
    // Requests the gateway had read when the SIGTERM came were answered, not cut off: a connection can still break
    // under a request the gateway never read (a keep-alive connection closed idle just as the client reused it), and
    // that request's retry is then the first the gateway sees of it (202, not a duplicate of an earlier one).
    expect(retried.answers['202 duplicate']).toBeUndefined();
  }, 180_000);
});
