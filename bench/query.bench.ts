/**
 * Query benchmark: the gateway's main read endpoints, on a database filled with at least BENCH_ARTICLES (default
 * 50,000) generated articles projected by the real projector, each next to the same SQL run directly with `pg` in the
 * same run. Each endpoint is requested with the parameters dashboards vary (the busiest envoys, four quarters, seven
 * search words, the largest tracks) in turn: latency at a steady open-loop rate (support/steady-load.ts) and the
 * most requests/s (autocannon, 10 connections), once as clients get it (with the gateway's response cache) and
 * once with Cache-Control: no-cache on every request (from the database), with the share of cached answers.
 * Each steady-rate run follows WARMUP_SECONDS of the same load, not counted: a route's first requests after the
 * gateway starts (its code not yet compiled by V8, the client's connections and the pool's opening) are not its
 * steady state: on this 2-core machine they waited 200-300 ms in the first 0.3 s of every run without it.
 *
 *   npm run bench:query [-- --articles 50000 --seconds 10 --rate 500 --only 'peace process']
 *
 * The database `newsroom_bench` and its topic are kept between runs: a second run only tops them up.
 * Writes bench/out/query.json and prints a table; exits 1 when a target of the cached rows is missed only with --strict.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { Pool } from 'pg';
import { ApiKeyRepository } from '@newsroom/auth';
import { createPrismaClient, queryRows } from '@newsroom/database';
import { createEvent, encodeEvent } from '@newsroom/events';
import { articleTopicSpec, createKafka, ensureTopics, fetchTopicOffsets } from '@newsroom/kafka';
import { datedPageSql } from '../apps/gateway/src/common/json-text';
import { itinerarySql } from '../apps/gateway/src/itineraries/get-itinerary/get-itinerary.handler';
import { itineraryParamsSchema } from '../apps/gateway/src/itineraries/get-itinerary/get-itinerary.query';
import { visitPageQuery } from '../apps/gateway/src/itineraries/list-visits/list-visits.handler';
import { listVisitsParamsSchema } from '../apps/gateway/src/itineraries/list-visits/list-visits.query';
import { trackSql } from '../apps/gateway/src/peace-processes/get-track/get-track.handler';
import { getTrackParamsSchema } from '../apps/gateway/src/peace-processes/get-track/get-track.query';
import { statementPageQuery } from '../apps/gateway/src/statement-log/search-statements/search-statements.handler';
import { searchStatementsParamsSchema } from '../apps/gateway/src/statement-log/search-statements/search-statements.query';
import { corpus } from '../scripts/corpus/corpus';
import { applyMigrations } from '../scripts/db/migrations';
import { infraUp } from '../scripts/infra/infra';
import { freePort } from '../scripts/infra/process';
import { startApp } from '../scripts/start/app-process';
import autocannon from 'autocannon';
import { closedLoop, fmt, type LoadFigures } from './support/latency';
import { steadyLoad } from './support/steady-load';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: process.env.BENCH_ARTICLES ?? '50000' },
    seconds: { type: 'string', default: '10' },
    rate: { type: 'string', default: '500' },
    strict: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const ARTICLES = Number(values.articles);
const SECONDS = Number(values.seconds);
const RATE = Number(values.rate);
const TOPIC = 'bench.query.article-events';
const WARMUP_SECONDS = 2;
const SEED = 1;
const log = (line: string) => process.stdout.write(`[bench:query] ${line}\n`);

async function fill(env: { DATABASE_URL: string; KAFKA_BROKERS: string }): Promise<void> {
  const kafka = createKafka({ brokers: env.KAFKA_BROKERS.split(','), clientId: 'bench-query' });
  await ensureTopics(kafka, [articleTopicSpec(TOPIC, 4)]);
  const produced = (await fetchTopicOffsets(kafka, TOPIC)).reduce((sum, p) => sum + Number(p.high), 0);
  if (produced < ARTICLES) {
    log(`producing articles ${produced}..${ARTICLES - 1} to ${TOPIC}`);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    let batch: ReturnType<typeof encodeEvent>[] = [];
    for (const a of corpus(SEED, ARTICLES - produced, produced)) {
      const event = createEvent('ArticleSubmitted', a.id, { text: a.text, format: 'text', title: a.title, url: a.url, outlet: a.outlet, publishedAt: a.publishedAt }, 'bench');
      batch.push(encodeEvent(event));
      if (batch.length === 500) {
        await producer.send({ topic: TOPIC, acks: -1, messages: batch });
        batch = [];
      }
    }
    if (batch.length) await producer.send({ topic: TOPIC, acks: -1, messages: batch });
    await producer.disconnect();
  }
  const db = new Pool({ connectionString: env.DATABASE_URL, max: 1 });
  const projected = async () =>
    Number((await db.query(`SELECT coalesce(sum(next_offset), 0) AS n FROM projection_checkpoints WHERE topic = $1 AND projection = 'articles'`, [TOPIC])).rows[0].n);
  const total = Math.max(produced, ARTICLES);
  if ((await projected()) < total) {
    const port = await freePort();
    const projector = startApp('projector', { ...process.env, ...env, ARTICLES_TOPIC: TOPIC, DEAD_LETTER_TOPIC: `${TOPIC}.dlq`, PROJECTOR_GROUP_ID: 'bench-query-projector', PROJECTOR_HEALTH_PORT: String(port), LOG_LEVEL: 'warn' }, () => undefined);
    const bar = new SingleBar({ format: '[bench:query] projecting {bar} {value}/{total} events | {rate}/s | ETA {eta_formatted}' });
    const started = Date.now();
    const first = await projected();
    bar.start(total, first, { rate: 0 });
    for (let done = first; done < total; ) {
      await new Promise((r) => setTimeout(r, 1000));
      if (projector.exited()) throw new Error('the projector exited while filling the bench database');
      done = await projected();
      bar.update(done, { rate: Math.round((done - first) / ((Date.now() - started) / 1000)) });
    }
    bar.stop();
    await projector.stop();
  }
  // planner statistics, as autovacuum would gather them after a bulk load (where it runs: it is off on some servers)
  await db.query('ANALYZE');
  await db.end();
}

interface Variant {
  path: string;
  /** The SQL the endpoint runs for this path, issued directly with pg. */
  raw: (db: Pool) => Promise<unknown>;
}

interface Scenario {
  name: string;
  /** The parameters a dashboard's users vary (envoys, quarters, search words, tracks), requested in turn. */
  variants: Variant[];
}

interface Row {
  scenario: string;
  /** cached: what clients get (answers kept in the gateway's memory while the read models are unchanged);
   *  uncached: every request with Cache-Control: no-cache, answered from the database */
  mode: 'cached' | 'uncached';
  raw: LoadFigures;
  atRate: LoadFigures;
  max: LoadFigures;
  ratio: number;
  /** share of the gateway's answers (at rate and max) taken from its response cache */
  cacheHits: number;
}

const QUARTERS = [
  ['2021-01-01', '2021-03-31'],
  ['2021-04-01', '2021-06-30'],
  ['2021-07-01', '2021-09-30'],
  ['2021-10-01', '2021-12-31'],
] as const;
/** Words of the corpus's quotes, frequent to rare, and a name no statement has (the GIN index path). */
const SEARCHES = ['ceasefire', 'humanitarian', 'prisoners', '"work remains"', 'flexibility', 'military solution', 'Lavrov'];

async function cacheCounts(base: string, secret: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${base}/metrics`, { headers: { 'x-api-key': secret } })).text();
  const counts: Record<string, number> = { hit: 0, miss: 0, bypass: 0 };
  for (const m of text.matchAll(/^gateway_response_cache_total\{outcome="(\w+)"\} (\d+)/gm)) counts[m[1]] = Number(m[2]);
  return counts;
}

/** As fast as it goes from 10 connections (autocannon), each connection requesting the variants in turn. */
async function maxLoad(base: string, paths: string[], headers: Record<string, string>, seconds: number): Promise<LoadFigures> {
  const result = await autocannon({ url: base, headers, duration: seconds, connections: 10, requests: paths.map((path) => ({ method: 'GET' as const, path })) });
  const failed = result.errors + result.timeouts + result.non2xx;
  return { requests: result.requests.total, errors: failed, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

async function main(): Promise<void> {
  const infra = await infraUp({ database: 'newsroom_bench', log });
  const env = infra.env;
  await applyMigrations(env.DATABASE_URL, { log: () => undefined });
  await fill(env);

  const prisma = createPrismaClient({ url: env.DATABASE_URL, poolSize: 1 });
  const { secret } = await new ApiKeyRepository(prisma).create('bench:query reader', 'reader');
  const envoys = await prisma.envoy.findMany({ orderBy: [{ visitCount: 'desc' }, { id: 'asc' }], take: 5 });
  const tracks = await prisma.track.findMany({ orderBy: [{ claimCount: 'desc' }, { track: 'asc' }], take: 4 });
  const counts = { articles: await prisma.article.count(), visits: await prisma.visit.count(), statements: await prisma.statement.count(), claims: await prisma.trackClaim.count() };
  await prisma.$disconnect();
  log(
    `database: ${JSON.stringify(counts)}; envoys ${envoys.map((e) => `${e.id} (${e.visitCount} visits)`).join(', ')}; ` +
      `tracks ${tracks.map((t) => `${t.track} (${t.claimCount} claims)`).join(', ')}`,
  );

  const gatewayPort = await freePort();
  const gateway = startApp('gateway', { ...process.env, ...env, GATEWAY_PORT: String(gatewayPort), RATE_LIMIT_PER_MINUTE: '100000000', LOG_LEVEL: 'warn', DATABASE_POOL_SIZE: '10' }, () => undefined);
  const base = `http://127.0.0.1:${gatewayPort}`;
  await gateway.waitHealthy(`${base}/health`);

  // each raw query is the route's own SQL (built by the route's own function from parameters its own schema parsed),
  // run as the route runs it: queryRows on pg
  const scenarios: Scenario[] = [
    {
      name: 'visits of an envoy',
      variants: envoys.map((e) => ({
        path: `/api/visits?envoy=${e.id}&limit=50`,
        raw: (db) => queryRows(db, datedPageSql(visitPageQuery(listVisitsParamsSchema.parse({ envoy: e.id, limit: '50' })))),
      })),
    },
    {
      name: 'itinerary, one quarter',
      variants: envoys.slice(0, 3).flatMap((e) =>
        QUARTERS.map(([from, to]) => {
          const sql = itinerarySql({ envoyId: e.id, params: itineraryParamsSchema.parse({ from, to }) });
          return {
            path: `/api/envoys/${e.id}/itinerary?from=${from}&to=${to}`,
            raw: (db: Pool) => Promise.all([queryRows(db, sql.envoy), queryRows(db, sql.visits)]),
          };
        }),
      ),
    },
    {
      name: 'statement search',
      variants: SEARCHES.map((q) => ({
        path: `/api/statements?q=${encodeURIComponent(q)}&limit=20`,
        raw: (db) => queryRows(db, datedPageSql(statementPageQuery(searchStatementsParamsSchema.parse({ q, limit: '20' })))),
      })),
    },
    {
      name: 'peace process',
      variants: tracks.map((t) => {
        const sql = trackSql({ track: t.track, limit: getTrackParamsSchema.parse({ limit: '100' }).limit });
        return {
          path: `/api/peace-processes/${t.track}?limit=100`,
          raw: (db: Pool) => Promise.all([queryRows(db, sql.track), queryRows(db, sql.claims)]),
        };
      }),
    },
  ];

  // kept open through the run: a raw connection closed for idleness in the middle of a gateway measurement would be
  // a backend exit there (see IDLE_CONNECTION_MS)
  const db = new Pool({ connectionString: env.DATABASE_URL, max: 10, idleTimeoutMillis: 0 });
  const results: Row[] = [];
  // the figures depend on what else the machine runs: its load average is part of the result
  const loadAtStart = os.loadavg();
  for (const s of scenarios.filter((s) => !values.only || s.name.includes(values.only!))) {
    let turn = 0;
    const raw = await closedLoop(() => s.variants[turn++ % s.variants.length].raw(db), 10, SECONDS);
    const paths = s.variants.map((v) => v.path);
    for (const mode of ['cached', 'uncached'] as const) {
      const headers: Record<string, string> = { 'x-api-key': secret, ...(mode === 'uncached' ? { 'cache-control': 'no-cache' } : {}) };
      await steadyLoad(base, paths, headers, { rate: RATE, seconds: WARMUP_SECONDS });
      const before = await cacheCounts(base, secret);
      const atRate = await steadyLoad(base, paths, headers, { rate: RATE, seconds: SECONDS });
      const max = await maxLoad(base, paths, headers, SECONDS);
      const after = await cacheCounts(base, secret);
      const answered = Object.keys(after).reduce((sum, k) => sum + after[k] - (before[k] ?? 0), 0);
      const row: Row = { scenario: s.name, mode, raw, atRate, max, ratio: max.rps / raw.rps, cacheHits: answered ? (after.hit - before.hit) / answered : 0 };
      results.push(row);
      log(
        `${s.name} (${mode}, ${s.variants.length} variants): at ${RATE}/s p50 ${fmt(atRate.p50)} ms p99 ${fmt(atRate.p99)} ms (${atRate.errors} errors); ` +
          `max ${fmt(max.rps, 0)}/s vs raw pg ${fmt(raw.rps, 0)}/s = ${fmt(row.ratio, 2)}; ${fmt(row.cacheHits * 100, 0)}% from the response cache` +
          (atRate.errors ? `; errors at rate: ${JSON.stringify(atRate.errorKinds)}` : ''),
      );
    }
  }
  await db.end();
  await gateway.stop();

  const out = path.resolve(__dirname, 'out');
  fs.mkdirSync(out, { recursive: true });
  const load = { cpus: os.cpus().length, atStart: loadAtStart.map((l) => Number(l.toFixed(2))), atEnd: os.loadavg().map((l) => Number(l.toFixed(2))) };
  const result = { bench: 'query', at: new Date().toISOString(), articles: counts.articles, seconds: SECONDS, rate: RATE, load, results };
  fs.writeFileSync(path.join(out, 'query.json'), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`BENCH_JSON ${JSON.stringify(result)}\n`);
  process.stdout.write('\nendpoint                 | mode     | p50 ms | p99 ms | errors | max req/s | raw pg q/s | ratio | from cache\n');
  for (const r of results) {
    process.stdout.write(
      `${r.scenario.padEnd(24)} | ${r.mode.padEnd(8)} | ${fmt(r.atRate.p50).padStart(6)} | ${fmt(r.atRate.p99).padStart(6)} | ${String(r.atRate.errors).padStart(6)} | ` +
        `${fmt(r.max.rps, 0).padStart(9)} | ${fmt(r.raw.rps, 0).padStart(10)} | ${fmt(r.ratio, 2).padStart(5)} | ${fmt(r.cacheHits * 100, 0).padStart(9)}%\n`,
    );
  }
  process.stdout.write(
    `(p50/p99 at a steady ${RATE} requests/s, open loop, from each request's due time; max: 10 connections as fast as they go; ` +
      `raw pg: the same SQL and parameters from 10 loops; targets: p99 <= 20 ms, ratio >= 0.5.\n` +
      ` cached: what clients get, answers kept in the gateway's memory while change_log's head is unchanged (one head query per request, shared);\n` +
      ` uncached: Cache-Control: no-cache on every request, answered from the database)\n` +
      `load average (1, 5, 15 min) on ${load.cpus} CPUs: ${load.atStart.join(', ')} at the start, ${load.atEnd.join(', ')} at the end\n`,
  );
  const missed = results.filter((r) => r.mode === 'cached' && (r.atRate.p99 > 20 || r.ratio < 0.5 || r.atRate.errors > 0));
  await infra.down();
  if (values.strict && missed.length) process.exit(1);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:query: ${(error as Error).message}\n`);
  process.exit(1);
});
