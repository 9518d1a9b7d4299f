// Fault: the projector process is SIGKILLed at random points, again and again, while articles keep arriving through
// a real gateway process. Every 202 ends projected once; nothing is applied twice.
import { createPrismaClient } from '@newsroom/database';
import { appliedBeyond, appliedCount, seededRandom } from '../support/generated-events';
import { issueKeys } from '../support/ingest';
import { projectorEnvironment } from '../support/projector-env';
import { testRun } from '../support/test-env';
import { LOAD_ENV, sleep, startChild, startProjector, steadyIngest, type ChildApp } from './support/apps';
import { expectClean, Ledger } from './support/ledger';

const KILLS = Number(process.env.FAULTS_PROJECTOR_KILLS ?? 5);

describe('faults: projector SIGKILLed under steady ingest', () => {
  const children: ChildApp[] = [];
  afterAll(async () => {
    await Promise.all(children.map((c) => c.app.kill()));
  });

  it(`loses and duplicates nothing over ${KILLS} kills at random points`, async () => {
    const { env } = await projectorEnvironment({ ...LOAD_ENV });
    const prisma = createPrismaClient({ url: testRun().databaseUrl, poolSize: 1 });
    const keys = await issueKeys(prisma).finally(() => prisma.$disconnect());
    const ledger = new Ledger(`projector SIGKILL x${KILLS} under steady ingest`);
    const gateway = await startChild('gateway', env);
    children.push(gateway);
    const load = steadyIngest({ url: () => gateway.url, key: keys.publisher, ledger, prefix: `kill-${testRun().runId}`, concurrency: 2, pauseMs: 30 });

    const random = seededRandom(Date.now() % 100_000);
    const topic = env.ARTICLES_TOPIC;
    const applied = () => appliedCount(testRun().databaseUrl, topic);
    const killedAt: string[] = [];
    try {
      for (let kill = 0; kill < KILLS; kill++) {
        const projector = await startProjector(env);
        children.push(projector);
        // Once this process has committed something, kill it a random moment later (within a few transactions).
        await appliedBeyond(testRun().databaseUrl, topic, await applied(), 20_000);
        await sleep(Math.floor(random() * 400));
        await projector.app.kill();
        killedAt.push(String(await applied()));
      }
    } finally {
      // Ingest goes on a little while no projector runs, then stops; the last projector drains the topic.
      await sleep(500);
      await load.stop();
    }
    const last = await startProjector(env);
    children.push(last);
    ledger.note('kills', killedAt.length);
    ledger.note('checkpoint sums at kills', killedAt.join('/'));
    const result = await ledger.settle({ databaseUrl: testRun().databaseUrl, brokers: env.KAFKA_BROKERS.split(','), topic });
    await last.app.stop();
    expectClean(result);
    expect(killedAt).toHaveLength(KILLS);
    expect(new Set(killedAt).size).toBeGreaterThan(1); // the kills fell at different points of the log
  }, 300_000);
});
