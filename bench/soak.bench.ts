/**
 * Soak: ingest and queries together at a steady rate for a long time, on the built gateway and projector (child
 * processes) over the running Kafka and Postgres, watching for errors and memory growth.
 *
 *   npm run soak [-- --minutes 10 --ingest-rate 10 --query-rate 40]
 *
 * Every second it submits `ingest-rate` new generated articles (POST /api/articles) and spreads `query-rate` reads
 * over the main read routes; every 10 s it samples both processes' resident memory (/proc) and, from their metrics,
 * their V8 heap in use, the heap in use right after the latest full collection and the count of full collections.
 * At the end: requests, errors (any answer that is not 2xx, or no answer), latency p50/p99 per kind, the accepted (202) articles
 * projected, and for each process and memory figure its value at the start of the steady state (after the first fifth
 * of the run) and at the end, with the slope of a least-squares line through the steady-state samples in MB per minute.
 * Targets: no errors; memory flat, judged on the heap after full collections (slope under 1 MB/min, over at least
 * two full collections in the steady state). RSS and the plain heap are reported, not judged: V8 lets garbage pile
 * up to a limit that depends on the live heap before it collects it all, so they rise for minutes without a leak.
 * Prints a `BENCH_JSON` line, writes it with every sample to bench/out/soak-<time>.json, exits 1 when a target is missed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiKeyRepository } from '../libs/auth/src';
import { createPrismaClient } from '../libs/database/src';
import { corpus } from '../scripts/corpus/corpus';
import { applyMigrations } from '../scripts/db/migrations';
import { infraUp } from '../scripts/infra/infra';
import { freePort, sleep } from '../scripts/infra/process';
import { startApp, type AppProcess } from '../scripts/start/app-process';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    'ingest-rate': { type: 'string', default: '10' },
    'query-rate': { type: 'string', default: '40' },
  },
});
const MINUTES = Math.max(0.5, Number(values.minutes) || 10);
const INGEST_RATE = Math.max(1, Number(values['ingest-rate']) || 10);
const QUERY_RATE = Math.max(1, Number(values['query-rate']) || 40);
const SAMPLE_EVERY_MS = 10_000;
const FLAT_MB_PER_MINUTE = 1;
/** Fewer full collections than this in the steady state and the heap after them says nothing yet: run longer. */
const MIN_FULL_COLLECTIONS = 2;
const log = (line: string) => process.stdout.write(`[soak] ${line}\n`);

/** Resident memory of a process in MB, from /proc (Linux); null when it cannot be read. */
function rssMb(pid: number | undefined): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** Least-squares slope of y over x. */
function slope(points: Array<[number, number]>): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

interface Kind {
  latencies: number[];
  requests: number;
  errors: number;
  firstError?: string;
}

async function main(): Promise<void> {
  const stamp = Date.now().toString(36);
  const infra = await infraUp({ database: 'newsroom_soak', log });
  await applyMigrations(infra.env.DATABASE_URL, { log: () => undefined });
  const topic = `soak.article-events.${stamp}`;
  const env = {
    ...process.env,
    ...infra.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    ARTICLES_TOPIC: topic,
    DEAD_LETTER_TOPIC: `${topic}.dlq`,
    PROJECTOR_GROUP_ID: `soak-projector-${stamp}`,
    PROJECTOR_HEALTH_PORT: String(await freePort()),
    GATEWAY_PORT: String(await freePort()),
    RATE_LIMIT_PER_MINUTE: String((INGEST_RATE + QUERY_RATE) * 60 * 4),
  };
  const base = `http://127.0.0.1:${env.GATEWAY_PORT}`;
  const prisma = createPrismaClient({ url: infra.env.DATABASE_URL, poolSize: 2 });
  const keys = new ApiKeyRepository(prisma);
  const publisher = (await keys.create(`soak publisher ${stamp}`, 'publisher')).secret;
  const reader = (await keys.create(`soak reader ${stamp}`, 'reader')).secret;
  const apps: AppProcess[] = [];
  const appLog = (name: string) => (line: string) => /"level":"(error|fatal)"|ERROR|Error/.test(line) && log(`${name}: ${line}`);
  try {
    const projector = startApp('projector', env, appLog('projector'));
    apps.push(projector);
    const gateway = startApp('gateway', env, appLog('gateway'));
    apps.push(gateway);
    await Promise.all([projector.waitHealthy(`http://127.0.0.1:${env.PROJECTOR_HEALTH_PORT}/health`), gateway.waitHealthy(`${base}/health`)]);

    const kinds = new Map<string, Kind>();
    /** The answer's status, or null when none came (the outcome of a submission is then unknown). */
    const call = async (kind: string, path: string, init: RequestInit): Promise<number | null> => {
      const k = kinds.get(kind) ?? { latencies: [], requests: 0, errors: 0 };
      kinds.set(kind, k);
      const t0 = performance.now();
      k.requests++;
      try {
        const response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        k.latencies.push(performance.now() - t0);
        if (response.status >= 300) {
          k.errors++;
          k.firstError ??= `${init.method ?? 'GET'} ${path}: ${response.status}`;
        }
        return response.status;
      } catch (error) {
        k.errors++;
        k.firstError ??= `${init.method ?? 'GET'} ${path}: ${(error as Error).message}`;
        return null;
      }
    };
    const articles = corpus(Number.parseInt(stamp.slice(-6), 36), Math.ceil(MINUTES * 60 * INGEST_RATE) + INGEST_RATE);
    const submitted: string[] = [];
    /** Submissions answered 202: each must be projected. */
    const accepted: string[] = [];
    const queries = ['/api/visits?limit=50', '/api/envoys?limit=50', `/api/statements?q=talks&limit=20`, '/api/peace-processes?limit=50', '/api/projections'];
    const memory: Record<'gateway' | 'projector', Array<[number, number]>> = { gateway: [], projector: [] };
    /** Each app's V8 heap in use (main thread), from its own metrics: RSS also counts memory V8 has freed but kept. */
    const heaps: Record<'gateway' | 'projector', Array<[number, number]>> = { gateway: [], projector: [] };
    /** The same heap right after the app's latest full collection: what a leak makes grow (the plain figure is a sawtooth). */
    const heapsAfterGc: Record<'gateway' | 'projector', Array<[number, number]>> = { gateway: [], projector: [] };
    /** Full (major) collections so far, by sample. */
    const fullCollections: Record<'gateway' | 'projector', Array<[number, number]>> = { gateway: [], projector: [] };
    const heapSources = {
      gateway: { url: `${base}/metrics`, headers: { authorization: `Bearer ${reader}` } },
      projector: { url: `http://127.0.0.1:${env.PROJECTOR_HEALTH_PORT}/metrics`, headers: {} },
    };
    const sample = (minute: number) => {
      for (const app of apps) {
        const mb = rssMb(app.child.pid);
        if (mb !== null) memory[app.name].push([minute, mb]);
      }
      for (const name of ['gateway', 'projector'] as const) {
        void fetch(heapSources[name].url, { headers: heapSources[name].headers })
          .then((r) => r.text())
          .then((text) => {
            const megabytes = (metric: string) => Number(new RegExp(`^${name}_nodejs_${metric} (\\d+)`, 'm').exec(text)?.[1] ?? NaN) / 2 ** 20;
            const [used, afterGc] = [megabytes('heap_size_used_bytes'), megabytes('heap_used_after_gc_bytes')];
            if (!Number.isNaN(used)) heaps[name].push([minute, used]);
            if (!Number.isNaN(afterGc)) heapsAfterGc[name].push([minute, afterGc]);
            const majors = new RegExp(`^${name}_nodejs_gc_duration_seconds_count\\{kind="major"\\} (\\d+)`, 'm').exec(text)?.[1];
            if (majors) fullCollections[name].push([minute, Number(majors)]);
          })
          .catch(() => undefined);
      }
    };

    const started = performance.now();
    const end = started + MINUTES * 60_000;
    let nextSample = started;
    const inFlight = new Set<Promise<unknown>>();
    const track = (p: Promise<unknown>) => {
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    };
    log(`${MINUTES} min at ${INGEST_RATE} articles/s and ${QUERY_RATE} queries/s`);
    for (let second = 0; performance.now() < end; second++) {
      const tick = started + second * 1000;
      for (let i = 0; i < INGEST_RATE; i++) {
        const article = articles.next().value!;
        const id = `${article.id}-${stamp}`;
        submitted.push(id);
        track(
          call('ingest', '/api/articles', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-key': publisher },
            body: JSON.stringify({ ...article, id }),
          }).then((status) => void (status === 202 && accepted.push(id))),
        );
      }
      for (let i = 0; i < QUERY_RATE; i++) {
        const path = queries[(second * QUERY_RATE + i) % queries.length];
        const due = tick + (i * 1000) / QUERY_RATE;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        track(call('query', path, { headers: { 'x-api-key': reader } }));
      }
      if (performance.now() >= nextSample) {
        sample((performance.now() - started) / 60_000);
        nextSample += SAMPLE_EVERY_MS;
      }
      const rest = tick + 1000 - performance.now();
      if (rest > 0) await sleep(rest);
      if (second % 60 === 59) log(`${second + 1} s: ${[...kinds].map(([k, v]) => `${k} ${v.requests} (${v.errors} errors)`).join(', ')}`);
    }
    await Promise.all(inFlight);
    sample(MINUTES);
    // what was accepted is projected (the projector is allowed a short drain)
    let projected = 0;
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(1_000)) {
      projected = await prisma.article.count({ where: { id: { in: accepted } } });
      if (projected >= accepted.length) break;
    }
    // a submission the client gave up on may still have been accepted: said, not judged
    const projectedOfSubmitted = await prisma.article.count({ where: { id: { in: submitted } } });

    /** The samples of the steady state: after the first fifth of the run. */
    const steady = (series: Array<[number, number]>) => series.filter(([minute]) => minute >= MINUTES / 5);
    const heapOf = (series: typeof heaps, name: 'gateway' | 'projector') => {
      const points = steady(series[name]);
      return { startMb: round(points[0]?.[1] ?? NaN), endMb: round(points.at(-1)?.[1] ?? NaN), slopeMbPerMinute: round(slope(points), 2), samples: series[name].length };
    };
    const memoryOf = (name: 'gateway' | 'projector') => ({ ...heapOf(memory, name), peakMb: round(Math.max(...memory[name].map(([, mb]) => mb))) });
    /** How much a running count grew over the steady state. */
    const steadyCount = (series: Array<[number, number]>) => {
      const points = steady(series);
      return points.length ? points.at(-1)![1] - points[0][1] : 0;
    };
    const figures = (k: Kind | undefined) => {
      const sorted = [...(k?.latencies ?? [])].sort((a, b) => a - b);
      return { requests: k?.requests ?? 0, errors: k?.errors ?? 0, firstError: k?.firstError ?? null, p50Ms: round(percentile(sorted, 50)), p99Ms: round(percentile(sorted, 99)) };
    };
    const result = {
      bench: 'soak',
      at: new Date().toISOString(),
      minutes: MINUTES,
      ingestRate: INGEST_RATE,
      queryRate: QUERY_RATE,
      ingest: figures(kinds.get('ingest')),
      query: figures(kinds.get('query')),
      submitted: submitted.length,
      accepted: accepted.length,
      projectedOfSubmitted,
      projected,
      memory: { gateway: memoryOf('gateway'), projector: memoryOf('projector') },
      heapUsed: { gateway: heapOf(heaps, 'gateway'), projector: heapOf(heaps, 'projector') },
      heapAfterGc: { gateway: heapOf(heapsAfterGc, 'gateway'), projector: heapOf(heapsAfterGc, 'projector') },
      fullCollectionsInSteadyState: { gateway: steadyCount(fullCollections.gateway), projector: steadyCount(fullCollections.projector) },
      targets: { errors: 0, slopeMbPerMinuteBelow: FLAT_MB_PER_MINUTE, fullCollectionsAtLeast: MIN_FULL_COLLECTIONS },
    };
    const errors = result.ingest.errors + result.query.errors;
    const flatOf = (name: 'gateway' | 'projector') =>
      result.fullCollectionsInSteadyState[name] >= MIN_FULL_COLLECTIONS && result.heapAfterGc[name].slopeMbPerMinute < FLAT_MB_PER_MINUTE;
    const flat = flatOf('gateway') && flatOf('projector');
    log(`ingest: ${result.ingest.requests} requests, ${result.ingest.errors} errors, p50 ${result.ingest.p50Ms} ms, p99 ${result.ingest.p99Ms} ms${result.ingest.firstError ? ` (first: ${result.ingest.firstError})` : ''}`);
    log(`query:  ${result.query.requests} requests, ${result.query.errors} errors, p50 ${result.query.p50Ms} ms, p99 ${result.query.p99Ms} ms${result.query.firstError ? ` (first: ${result.query.firstError})` : ''}`);
    const unanswered = submitted.length - accepted.length;
    log(`projected ${projected} of ${accepted.length} accepted articles${unanswered ? `; ${unanswered} submissions not answered 202 (timed out or refused), ${projectedOfSubmitted - projected} of them projected all the same` : ''}`);
    for (const name of ['gateway', 'projector'] as const) {
      const m = result.memory[name];
      log(`${name} RSS: ${m.startMb} MB after warm-up, ${m.endMb} MB at the end, peak ${m.peakMb} MB, slope ${m.slopeMbPerMinute} MB/min over ${m.samples} samples`);
    }
    for (const name of ['gateway', 'projector'] as const) {
      for (const [what, heap] of [['V8 heap used', result.heapUsed[name]], ['V8 heap after full GC', result.heapAfterGc[name]]] as const) {
        log(`${name} ${what}: ${heap.startMb} MB after warm-up, ${heap.endMb} MB at the end, slope ${heap.slopeMbPerMinute} MB/min over ${heap.samples} samples`);
      }
      log(`${name} full collections in the steady state: ${result.fullCollectionsInSteadyState[name]} (at least ${MIN_FULL_COLLECTIONS} to judge)`);
    }
    log(`targets: no errors (${errors === 0 ? 'met' : 'MISSED'}), heap after full GC flat < ${FLAT_MB_PER_MINUTE} MB/min (${flat ? 'met' : 'MISSED'}), every accepted article projected (${projected === accepted.length ? 'met' : 'MISSED'})`);
    const outDir = path.join(__dirname, 'out');
    fs.mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, `soak-${stamp}.json`);
    fs.writeFileSync(file, JSON.stringify({ ...result, samples: { rss: memory, heapUsed: heaps, heapAfterGc: heapsAfterGc, fullCollections } }, null, 2) + '\n');
    log(`written ${path.relative(process.cwd(), file)}`);
    process.stdout.write(`BENCH_JSON ${JSON.stringify(result)}\n`);
    process.exitCode = errors === 0 && flat && projected === accepted.length ? 0 : 1;
  } finally {
    for (const app of apps.reverse()) await app.stop().catch(() => undefined);
    await prisma.$disconnect();
    await infra.down();
  }
}

main().catch((error) => {
  process.stderr.write(`soak failed: ${(error as Error).stack ?? error}\n`);
  process.exit(2);
});
