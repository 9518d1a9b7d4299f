/**
 * Query benchmark: the gateway's main read endpoints under autocannon, on a database filled with at least
 * BENCH_ARTICLES (default 50,000) generated articles projected by the real projector, each next to the same SQL run
 * directly with `pg` in the same run.
 *
 *   npm run bench:query [-- --articles 50000 --seconds 10 --rate 500]
 *
 * The database `newsroom_bench` and its topic are kept between runs: a second run only tops them up.
 * Writes bench/out/query.json and prints a table; exits 1 when a target is missed only with --strict.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { Pool } from 'pg';
import { ApiKeyRepository } from '@newsroom/auth';
import { createPrismaClient } from '@newsroom/database';
import { createEvent, encodeEvent } from '@newsroom/events';
import { articleTopicSpec, createKafka, ensureTopics, fetchTopicOffsets } from '@newsroom/kafka';
import { corpus } from '../scripts/corpus/corpus';
import { applyMigrations } from '../scripts/db/migrations';
import { infraUp } from '../scripts/infra/infra';
import { freePort } from '../scripts/infra/process';
import { startApp } from '../scripts/start/app-process';
import { closedLoop, fmt, httpLoad, type LoadFigures } from './support/latency';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: process.env.BENCH_ARTICLES ?? '50000' },
    seconds: { type: 'string', default: '10' },
    rate: { type: 'string', default: '500' },
    strict: { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(values.articles);
const SECONDS = Number(values.seconds);
const RATE = Number(values.rate);
const TOPIC = 'bench.query.article-events';
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
  await db.end();
}

interface Scenario {
  name: string;
  path: string;
  /** The SQL the endpoint runs, issued directly with pg. */
  raw: (db: Pool) => Promise<unknown>;
}

async function main(): Promise<void> {
  const infra = await infraUp({ database: 'newsroom_bench', log });
  const env = infra.env;
  await applyMigrations(env.DATABASE_URL, { log: () => undefined });
  await fill(env);

  const prisma = createPrismaClient({ url: env.DATABASE_URL, poolSize: 1 });
  const { secret } = await new ApiKeyRepository(prisma).create('bench:query reader', 'reader');
  const busiest = (await prisma.envoy.findFirst({ orderBy: { visitCount: 'desc' } }))!;
  const track = (await prisma.track.findFirst({ orderBy: { claimCount: 'desc' } }))!;
  const counts = { articles: await prisma.article.count(), visits: await prisma.visit.count(), statements: await prisma.statement.count(), claims: await prisma.trackClaim.count() };
  await prisma.$disconnect();
  log(`database: ${JSON.stringify(counts)}; busiest envoy ${busiest.id} (${busiest.visitCount} visits), track ${track.track} (${track.claimCount} claims)`);

  const gatewayPort = await freePort();
  const gateway = startApp('gateway', { ...process.env, ...env, GATEWAY_PORT: String(gatewayPort), RATE_LIMIT_PER_MINUTE: '100000000', LOG_LEVEL: 'warn', DATABASE_POOL_SIZE: '10' }, () => undefined);
  const base = `http://127.0.0.1:${gatewayPort}`;
  await gateway.waitHealthy(`${base}/health`);

  const scenarios: Scenario[] = [
    {
      name: 'visits of an envoy',
      path: `/api/visits?envoy=${busiest.id}&limit=50`,
      raw: (db) => db.query('SELECT * FROM visits WHERE envoy_id = $1 ORDER BY date ASC NULLS LAST, id ASC LIMIT 51', [busiest.id]),
    },
    {
      name: 'itinerary, one quarter',
      path: `/api/envoys/${busiest.id}/itinerary?from=2021-01-01&to=2021-03-31`,
      raw: (db) =>
        Promise.all([
          db.query('SELECT * FROM envoys WHERE id = $1', [busiest.id]),
          db.query(`SELECT * FROM visits WHERE envoy_id = $1 AND date >= '2021-01-01' AND date <= '2021-03-31' ORDER BY date ASC NULLS LAST, id ASC`, [busiest.id]),
        ]),
    },
    {
      name: 'statement search',
      path: '/api/statements?q=ceasefire&limit=20',
      raw: (db) =>
        db.query(
          `SELECT id, speaker, text, type, date, tracks, corroboration, sources FROM statements
           WHERE search @@ websearch_to_tsquery('english', $1) ORDER BY date DESC NULLS LAST, id ASC LIMIT 21`,
          ['ceasefire'],
        ),
    },
    {
      name: 'peace process',
      path: `/api/peace-processes/${track.track}?limit=100`,
      raw: (db) =>
        Promise.all([
          db.query('SELECT * FROM tracks WHERE track = $1', [track.track]),
          db.query('SELECT * FROM track_claims WHERE track = $1 ORDER BY effective_date DESC NULLS LAST, state, id LIMIT 100', [track.track]),
        ]),
    },
  ];

  const db = new Pool({ connectionString: env.DATABASE_URL, max: 10 });
  const results: Array<{ scenario: string; raw: LoadFigures; atRate: LoadFigures; max: LoadFigures; ratio: number }> = [];
  for (const s of scenarios) {
    const raw = await closedLoop(() => s.raw(db), 10, SECONDS);
    const headers = { 'x-api-key': secret };
    const atRate = await httpLoad(`${base}${s.path}`, headers, { seconds: SECONDS, connections: 50, rate: RATE });
    const max = await httpLoad(`${base}${s.path}`, headers, { seconds: SECONDS, connections: 10 });
    results.push({ scenario: s.name, raw, atRate, max, ratio: max.rps / raw.rps });
    log(
      `${s.name}: at ${RATE}/s p50 ${fmt(atRate.p50)} ms p99 ${fmt(atRate.p99)} ms (${atRate.errors} errors); ` +
        `max ${fmt(max.rps, 0)}/s vs raw pg ${fmt(raw.rps, 0)}/s = ${fmt(max.rps / raw.rps, 2)}`,
    );
  }
  await db.end();
  await gateway.stop();

  const out = path.resolve(__dirname, 'out');
  fs.mkdirSync(out, { recursive: true });
  const result = { bench: 'query', at: new Date().toISOString(), articles: counts.articles, seconds: SECONDS, rate: RATE, results };
  fs.writeFileSync(path.join(out, 'query.json'), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`BENCH_JSON ${JSON.stringify(result)}\n`);
  process.stdout.write('\nendpoint                 | p50 ms | p99 ms | errors | max req/s | raw pg q/s | ratio\n');
  for (const r of results) {
    process.stdout.write(
      `${r.scenario.padEnd(24)} | ${fmt(r.atRate.p50).padStart(6)} | ${fmt(r.atRate.p99).padStart(6)} | ${String(r.atRate.errors).padStart(6)} | ${fmt(r.max.rps, 0).padStart(9)} | ${fmt(r.raw.rps, 0).padStart(10)} | ${fmt(r.ratio, 2)}\n`,
    );
  }
  process.stdout.write(`(p50/p99 at a steady ${RATE} requests/s; targets: p99 <= 20 ms, ratio >= 0.5)\n`);
  const missed = results.filter((r) => r.atRate.p99 > 20 || r.ratio < 0.5 || r.atRate.errors > 0);
  await infra.down();
  if (values.strict && missed.length) process.exit(1);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:query: ${(error as Error).message}\n`);
  process.exit(1);
});
