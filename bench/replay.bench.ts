/**
 * A replay over the API on the real broker and Postgres, with the built apps (dist/, `npm run build` first) as child
 * processes:
 *
 *   npm run bench:replay [-- --events 100000]
 *
 * Generated events (submissions of `corpus:generate` articles, corrections, retractions) on a fresh topic are
 * projected by the live projector;
 * then POST /api/admin/replays, and GET /api/admin/replays/{id} every second until it has switched: seconds from the
 * request to the switch, events/s end to end, the rates the replay reported, and whether each table's checksum equals
 * the incremental read models'. The baseline, in the same run: `extract` alone over the same events' texts, in this
 * process (target: the replay's total time <= 1.3x it). Also the projector's peak resident memory (VmHWM; the replay
 * runs inside it). Uses the running Kafka (KAFKA_BROKERS) and Postgres (DATABASE_URL); creates and drops its own
 * database. Prints a summary and a `BENCH_JSON` line and writes bench/out/replay-<time>.json.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Pool } from 'pg';
import { ApiKeyRepository } from '../libs/auth/src';
import { extract } from '../libs/extraction/src';
import { createPrismaClient, readModelChecksums } from '../libs/database/src';
import { quoteIdent, withDatabase } from '../scripts/infra/postgres';
import { startApp, type AppProcess } from '../scripts/start/app-process';
import { generateEvents, produceEvents, waitCaughtUp } from '../tests/support/generated-events';
import { benchBaseUrl, benchSystem } from './support/bench-system';
import { shownRatio } from './support/results-table';

const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' } } });
const EVENTS = Math.max(10, Number(values.events));
/** Generous: a busy machine projects some tens of events a second. */
const CATCH_UP_MS = Math.max(900_000, EVENTS * 50);

const stamp = Date.now().toString(36);
const log = (line: string) => process.stdout.write(`[bench:replay] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Peak resident memory of a process in MB (VmHWM, Linux); null when it cannot be read. */
function peakRssMb(pid: number | undefined): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const { database, url, topic, kafka, env } = await benchSystem('newsroom_bench_replay', stamp, 'bench-replay');
  const apps: AppProcess[] = [];
  const prisma = createPrismaClient({ url, poolSize: 1 });
  const db = new Pool({ connectionString: url, max: 2 });
  db.on('error', () => undefined);
  try {
    const events = generateEvents(EVENTS, 7, `bench-${stamp}`, 'corpus');
    // The baseline: extract alone over every text the projector will extract (submissions and corrected texts).
    const tExtract = performance.now();
    let extracted = 0;
    for (const event of events) {
      const text = event.type === 'ArticleRetracted' ? undefined : event.payload.text;
      if (text === undefined) continue;
      extract({ id: event.articleId, text, publishedAt: 'publishedAt' in event.payload ? (event.payload.publishedAt ?? null) : null });
      extracted++;
    }
    const extractOnlySeconds = (performance.now() - tExtract) / 1000;
    log(`extract alone: ${extracted} texts in ${extractOnlySeconds.toFixed(1)} s (${(extracted / extractOnlySeconds).toFixed(0)}/s)`);
    await produceEvents(kafka, topic, events);
    const projector = startApp('projector', env, (line) => log(`projector: ${line}`));
    apps.push(projector);
    await projector.waitHealthy(`http://127.0.0.1:${env.PROJECTOR_HEALTH_PORT}/health`);
    const t0 = performance.now();
    await waitCaughtUp(kafka, url, topic, CATCH_UP_MS);
    const incrementalSeconds = (performance.now() - t0) / 1000;
    log(`live projector: ${EVENTS} events in ${incrementalSeconds.toFixed(1)} s (${(EVENTS / incrementalSeconds).toFixed(0)} events/s)`);

    const gateway = startApp('gateway', env, (line) => log(`gateway: ${line}`));
    apps.push(gateway);
    await gateway.waitHealthy(`http://127.0.0.1:${env.GATEWAY_PORT}/health`);
    const { secret } = await new ApiKeyRepository(prisma).create(`bench-replay ${stamp}`, 'admin');
    const call = async (method: string, route: string, body?: unknown) => {
      const response = await fetch(`http://127.0.0.1:${env.GATEWAY_PORT}${route}`, {
        method,
        headers: { 'x-api-key': secret, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await response.json()) as Record<string, any>;
    };

    const t1 = performance.now();
    const started = await call('POST', '/api/admin/replays', { switch: true });
    let replay = started;
    const rates: number[] = [];
    while (['requested', 'running'].includes(replay.state)) {
      await sleep(1_000);
      replay = await call('GET', `/api/admin/replays/${started.id}`);
      if (typeof replay.rate === 'number' && replay.state === 'running') rates.push(replay.rate);
      log(`${replay.state} ${replay.eventsDone}/${replay.eventsTotal} (${replay.percent}%), ${replay.rate ?? '?'} events/s, ETA ${replay.etaSeconds ?? '?'} s`);
    }
    const replaySeconds = (performance.now() - t1) / 1000;
    // compared unrounded (1.304 misses 1.3), shown to three places
    const exactRatio = replaySeconds / extractOnlySeconds;
    const projectorPeakRssMB = peakRssMb(projector.child.pid);
    const equal = replay.generation
      ? JSON.stringify(await readModelChecksums(db, replay.generation)) === JSON.stringify(await readModelChecksums(db, 'public'))
      : false;
    const result = {
      bench: 'replay',
      at: new Date().toISOString(),
      events: EVENTS,
      articles: events.filter((e) => e.type === 'ArticleSubmitted').length,
      totalSeconds: Math.round(replaySeconds * 10) / 10,
      extractOnlySeconds: Math.round(extractOnlySeconds * 10) / 10,
      ratio: shownRatio(exactRatio, 3, 'atMost'),
      eventsPerSecond: Math.round(EVENTS / replaySeconds),
      projectorPeakRssMB,
      state: replay.state,
      generation: replay.generation,
      incremental: { seconds: incrementalSeconds, eventsPerSecond: EVENTS / incrementalSeconds },
      replay: {
        secondsRequestToSwitch: replaySeconds,
        eventsPerSecondEndToEnd: EVENTS / replaySeconds,
        reportedRate: { max: rates.length ? Math.max(...rates) : null, last: rates.at(-1) ?? null },
      },
      checksumsEqualToIncremental: equal,
    };
    log(
      `replay: ${replay.state} in ${replaySeconds.toFixed(1)} s from the request (${result.replay.eventsPerSecondEndToEnd.toFixed(0)} events/s end to end; ` +
        `reported up to ${result.replay.reportedRate.max ?? '?'} events/s); checksums ${equal ? 'equal to' : 'DIFFERENT from'} the incremental read models`,
    );
    log(`total ${replaySeconds.toFixed(1)} s vs extract alone ${extractOnlySeconds.toFixed(1)} s: ${result.ratio}x (target <= 1.3); projector peak RSS ${projectorPeakRssMB ?? '?'} MB`);
    process.stdout.write(`BENCH_JSON ${JSON.stringify(result)}\n`);
    const out = path.join(__dirname, 'out');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, `replay-${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
    if (replay.state !== 'switched' || !equal || exactRatio > 1.3) process.exitCode = 1;
  } finally {
    for (const app of apps.reverse()) await app.stop();
    await prisma.$disconnect();
    await db.end();
    const admin = new Client({ connectionString: withDatabase(benchBaseUrl, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
    await admin.end();
    const kafkaAdmin = kafka.admin();
    await kafkaAdmin.connect();
    await kafkaAdmin.deleteTopics({ topics: [topic, `${topic}.dlq`] }).catch(() => undefined);
    await kafkaAdmin.disconnect();
  }
}

main().catch((error) => {
  process.stderr.write(`bench:replay failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
