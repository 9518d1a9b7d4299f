// Fault: Postgres goes away under a projector process that applies a backlog: the connections are cut (a TCP proxy in
// front of the database resets them and refuses new ones for a while, as a restart would), then every backend of the
// scenario's own database is terminated (pg_terminate_backend). The shared Postgres server is never restarted.
import { Client } from 'pg';
import { appliedBeyond, appliedCount, createTopic, generateEvents, produceEvents, testKafka } from '../support/generated-events';
import { projectorEnvironment } from '../support/projector-env';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';
import { uniqueName } from '../support/test-env';
import { sleep, startProjector, type ChildApp } from './support/apps';
import { expectClean, Ledger } from './support/ledger';

const BACKLOG = Number(process.env.FAULTS_PG_BACKLOG ?? 2000);
const CUT_MS = 3000;

describe('faults: Postgres connections cut and killed during projection', () => {
  let database: ScratchDatabase;
  let proxy: TcpProxy;
  const children: ChildApp[] = [];
  afterAll(async () => {
    await Promise.all(children.map((c) => c.app.kill()));
    await proxy?.close();
    await database?.drop();
  });

  it(`applies a backlog of ${BACKLOG} once across a ${CUT_MS / 1000} s cut and a pg_terminate_backend of every connection`, async () => {
    database = await createScratchDatabase('faults_pg');
    const target = new URL(database.url);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const proxied = new URL(database.url);
    proxied.port = String(proxy.port);
    const { env } = await projectorEnvironment({ DATABASE_URL: proxied.toString(), LOG_LEVEL: 'error' });
    const topic = env.ARTICLES_TOPIC;
    const kafka = testKafka(env.KAFKA_BROKERS.split(','));
    await createTopic(kafka, topic);
    const events = generateEvents(BACKLOG, 515, uniqueName('pg'));
    const ledger = new Ledger(`Postgres cut ${CUT_MS / 1000} s and backends terminated during projection of ${BACKLOG}`);
    await produceEvents(kafka, topic, events);
    ledger.produced(events);

    const projector = await startProjector(env);
    children.push(projector);
    const progressed = (from: bigint) => appliedBeyond(database.url, topic, from, 60_000);
    const first = await progressed(0n);
    await proxy.cut();
    await sleep(CUT_MS);
    await proxy.restore();
    const restored = Date.now();
    // A chunk committed just before the cut may show only now: progress is measured from what is applied at the restore.
    await progressed(await appliedCount(database.url, topic));
    ledger.note('s to progress after the cut', Math.round((Date.now() - restored) / 100) / 10);
    const killed = await terminateBackends(database.url);
    const second = await appliedCount(database.url, topic);
    ledger.note('applied at cut', String(first));
    ledger.note('applied at terminate', String(second));
    ledger.note('backends terminated', String(killed));

    const terminated = Date.now();
    await progressed(second);
    ledger.note('s to progress after the terminate', Math.round((Date.now() - terminated) / 100) / 10);
    const result = await ledger.settle({ databaseUrl: database.url, brokers: env.KAFKA_BROKERS.split(','), topic, drainTimeoutMs: 150_000 });
    expect(projector.app.exited()).toBe(false); // it recovered by itself, no restart
    await projector.app.stop();
    expectClean(result);
    expect(second).toBeLessThan(BigInt(BACKLOG)); // both faults came mid-backlog
    expect(killed).toBeGreaterThan(0);
  }, 240_000);
});

/** Terminates every backend of the database but its own; retries while the projector holds none (between two chunks). */
async function terminateBackends(databaseUrl: string, timeoutMs = 30_000): Promise<number> {
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await admin.query<{ n: number }>(
        'SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      if (rows[0].n > 0 || Date.now() > deadline) return rows[0].n;
      await sleep(20);
    }
  } finally {
    await admin.end();
  }
}
