// Fault: the gateway process is SIGKILLed under load and started again. Every 202 is projected; every error answer
// (or refused connection) leaves nothing projected; a request whose connection broke is retried by the client with
// the same article id and ends with one event on the log, never two.
import { createPrismaClient } from '@newsroom/database';
import { seededRandom } from '../support/generated-events';
import { issueKeys } from '../support/ingest';
import { projectorEnvironment } from '../support/projector-env';
import { testRun } from '../support/test-env';
import { LOAD_ENV, retryUnanswered, sleep, startChild, startProjector, steadyIngest, type ChildApp } from './support/apps';
import { expectClean, Ledger } from './support/ledger';

const KILLS = Number(process.env.FAULTS_GATEWAY_KILLS ?? 3);

async function recordsOf(articleIds: string[]): Promise<unknown[]> {
  if (!articleIds.length) return [];
  const prisma = createPrismaClient({ url: testRun().databaseUrl, poolSize: 1 });
  try {
    return await prisma.ingestRecord.findMany({ where: { articleId: { in: articleIds } }, select: { articleId: true, eventId: true, state: true, reason: true, createdAt: true, updatedAt: true } });
  } finally {
    await prisma.$disconnect();
  }
}

/** Records left pending by a killed gateway and voided by the retry of their article (IngestService). */
async function orphansVoided(prefix: string): Promise<number> {
  const prisma = createPrismaClient({ url: testRun().databaseUrl, poolSize: 1 });
  try {
    return await prisma.ingestRecord.count({ where: { articleId: { startsWith: prefix }, reason: { startsWith: 'orphaned' } } });
  } finally {
    await prisma.$disconnect();
  }
}

describe('faults: gateway SIGKILLed and restarted under load', () => {
  const children: ChildApp[] = [];
  afterAll(async () => {
    await Promise.all(children.map((c) => c.app.kill()));
  });

  it(`answers every request it accepted with a projected article, over ${KILLS} kills`, async () => {
    const { env } = await projectorEnvironment({ ...LOAD_ENV });
    const prisma = createPrismaClient({ url: testRun().databaseUrl, poolSize: 1 });
    const keys = await issueKeys(prisma).finally(() => prisma.$disconnect());
    const ledger = new Ledger(`gateway SIGKILL x${KILLS} under load`);
    const projector = await startProjector(env);
    children.push(projector);
    let gateway = await startChild('gateway', env);
    children.push(gateway);
    const load = steadyIngest({ url: () => gateway.url, key: keys.publisher, ledger, prefix: `gwkill-${testRun().runId}`, concurrency: 6, pauseMs: 10 });
    const random = seededRandom(Date.now() % 100_000);
    try {
      for (let kill = 0; kill < KILLS; kill++) {
        await sleep(1000 + Math.floor(random() * 1500));
        await gateway.app.kill();
        // The next one listens on the same port: requests meanwhile are refused, as by a load balancer with no backend.
        gateway = await startChild('gateway', env, { port: new URL(gateway.url).port });
        children.push(gateway);
      }
      await sleep(1000);
    } finally {
      await load.stop();
    }
    const broken = ledger.unanswered().length;
    const retried = await retryUnanswered(gateway.url, keys.publisher, ledger);
    ledger.note('kills', KILLS);
    ledger.note('connections broken by a kill', broken);
    ledger.note('their retries answered', JSON.stringify(retried.answers).replace(/[{}"]/g, ''));
    // What the gateway recorded for the requests whose retry was not accepted (to explain a failure below).
    const stuck = await recordsOf(retried.notAccepted);
    ledger.note('orphaned records voided', await orphansVoided(`gwkill-${testRun().runId}-`));
    const result = await ledger.settle({ databaseUrl: testRun().databaseUrl, brokers: env.KAFKA_BROKERS.split(','), topic: env.ARTICLES_TOPIC });
    expectClean(result);
    // A client that retries a broken request with the same article id gets a definite 202 (the article is never
    // left unsubmittable by a gateway that died between recording the request and producing its event).
    expect(stuck).toEqual([]);
  }, 240_000);
});
