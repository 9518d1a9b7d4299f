/**
 * Projection throughput and submit-to-visible latency on the real broker and Postgres, with the built apps
 * (dist/, `npm run build` first) as child processes:
 *
 *   npm run bench:project [-- --articles 2000 --warmup-articles 3000 --rate 50 --seconds 10]
 *
 * The articles are `corpus:generate` captures (about 1.8 kB, page furniture included).
 *
 * Both sides are measured warm, after WARMUP_ARTICLES other generated articles: V8 compiles the extractor's code over
 * its first few thousand articles, which run at about half the speed of the later ones (in this process and in the
 * projector's extraction thread alike), and a projector runs for days.
 *
 * 1. extract-only: `extract` called on the generated articles, in this process, just before (2) and again just after
 *    it: articles/s over both passes (this VM's speed drifts by a third within a minute, so one pass before would
 *    put that drift into the ratio);
 * 2. projected: the same articles as ArticleSubmitted events on a fresh topic, applied by the projector into a
 *    database of the bench's own: articles/s from the first event produced to the last checkpoint committed (the
 *    projector's NOTIFY of that commit);
 *    the ratio to (1) is the projector's overhead (target >= 0.7);
 * 3. latency: POST /api/articles to the gateway at a steady rate; an article is visible when the projector's
 *    NOTIFY on newsroom_changes names it (sent on the commit of its batch): p50/p99 (target p99 < 1 s).
 *
 * Uses the running Kafka (KAFKA_BROKERS, default 127.0.0.1:9092) and Postgres (DATABASE_URL); creates and drops
 * its own database, topic names are unique. Prints a summary and writes bench/out/project-<time>.json.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { ApiKeyRepository } from '../libs/auth/src';
import { createPrismaClient } from '../libs/database/src';
import { extract, EXTRACTOR_VERSION } from '../libs/extraction/src';
import { quoteIdent, withDatabase } from '../scripts/infra/postgres';
import { startApp, type AppProcess } from '../scripts/start/app-process';
import { encodeEvent, type ArticleEvent } from '../libs/events/src';
import { fetchTopicOffsets } from '../libs/kafka/src';
import { generateEvents, waitCaughtUp } from '../tests/support/generated-events';
import { benchBaseUrl, benchSystem } from './support/bench-system';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    'warmup-articles': { type: 'string', default: '3000' },
    rate: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
  },
});
const ARTICLES = Math.max(10, Number(values.articles));
const RATE = Math.max(1, Number(values.rate));
const SECONDS = Math.max(1, Number(values.seconds));
const WARMUP_ARTICLES = Math.max(0, Number(values['warmup-articles']));
const DRAIN_MS = 30_000;

const stamp = Date.now().toString(36);
const log = (line: string) => process.stdout.write(`[bench:project] ${line}\n`);
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const { database, url, topic, kafka, env } = await benchSystem('newsroom_bench', stamp, 'bench-project', { RATE_LIMIT_PER_MINUTE: String(RATE * 60 * 10) });
  const apps: AppProcess[] = [];
  const listener = new Client({ connectionString: url });
  try {
    // 1. extract alone, on the very articles the projector will get, after the warm-up articles.
    const submissions = (count: number, seed: number, prefix: string) =>
      generateEvents(count * 2, seed, `${prefix}-${stamp}`, 'corpus')
        .filter((e) => e.type === 'ArticleSubmitted')
        .slice(0, count);
    const extractEach = (events: ArticleEvent[]) => {
      for (const e of events) {
        if (e.type !== 'ArticleSubmitted') continue;
        const p = e.payload;
        extract({ id: e.articleId, text: p.text, publishedAt: p.publishedAt ?? null, outlet: p.outlet ?? null, url: p.url ?? null, title: p.title ?? null });
      }
    };
    const warmup = submissions(WARMUP_ARTICLES, 7, 'bench-warmup');
    const events = submissions(ARTICLES, 42, 'bench');
    extractEach(warmup);
    const timedExtraction = () => {
      const t0 = performance.now();
      extractEach(events);
      return (performance.now() - t0) / 1000;
    };
    const extractSecondsBefore = timedExtraction();
    log(`extract alone (before): ${events.length} articles, ${(events.length / extractSecondsBefore).toFixed(1)} articles/s`);

    // 2. the projector applying them from the topic. The projector NOTIFYs each commit with the partition's new
    // checkpoint: the run ends when the last partition's notice reaches its end of the log (the checkpoints are
    // then checked too).
    const visibleAt = new Map<string, number>();
    const committedAt = new Map<number, { next: bigint; at: number }>();
    await listener.connect();
    listener.on('notification', (n) => {
      const now = performance.now();
      const notice = JSON.parse(n.payload ?? '{}') as { topic?: string; partition?: number; nextOffset?: string; articles?: { articleId: string }[] };
      if (notice.topic === topic && notice.partition !== undefined && notice.nextOffset) {
        committedAt.set(notice.partition, { next: BigInt(notice.nextOffset), at: now });
      }
      for (const a of notice.articles ?? []) if (!visibleAt.has(a.articleId)) visibleAt.set(a.articleId, now);
    });
    await listener.query('LISTEN newsroom_changes');
    const projector = startApp('projector', env, (line) => log(`projector: ${line}`));
    apps.push(projector);
    await projector.waitHealthy(`http://127.0.0.1:${env.PROJECTOR_HEALTH_PORT}/health`);
    await sleep(1_000); // the group has joined and sought; an idle projector
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    const produce = async (batch: ArticleEvent[]) => {
      for (let i = 0; i < batch.length; i += 200) await producer.send({ topic, acks: -1, messages: batch.slice(i, i + 200).map((e) => encodeEvent(e)) });
    };
    let t1: number;
    try {
      if (warmup.length) {
        await produce(warmup);
        await waitCaughtUp(kafka, url, topic, 600_000);
        log(`projector warmed up on ${warmup.length} other articles`);
      }
      t1 = performance.now();
      await produce(events);
    } finally {
      await producer.disconnect();
    }
    await waitCaughtUp(kafka, url, topic, 600_000);
    const ends = (await fetchTopicOffsets(kafka, topic)).filter((o) => BigInt(o.high) > 0n);
    const lastCommit = ends.every((o) => (committedAt.get(o.partition)?.next ?? -1n) >= BigInt(o.high))
      ? Math.max(...ends.map((o) => committedAt.get(o.partition)!.at))
      : performance.now(); // a partition without a notice (nothing but dead letters): when the poll saw it
    const projectRate = events.length / ((lastCommit - t1) / 1000);
    const extractSecondsAfter = timedExtraction();
    log(`extract alone (after): ${events.length} articles, ${(events.length / extractSecondsAfter).toFixed(1)} articles/s`);
    const extractRate = (2 * events.length) / (extractSecondsBefore + extractSecondsAfter);
    log(`projected: ${events.length} articles, ${projectRate.toFixed(1)} articles/s (${(projectRate / extractRate).toFixed(2)} of extract alone)`);

    // 3. submit-to-visible latency at a steady rate through the gateway.
    const prisma = createPrismaClient({ url, poolSize: 1 });
    const key = (await new ApiKeyRepository(prisma).create(`bench ${stamp}`, 'publisher')).secret;
    await prisma.$disconnect();
    const gateway = startApp('gateway', env, (line) => log(`gateway: ${line}`));
    apps.push(gateway);
    await gateway.waitHealthy(`http://127.0.0.1:${env.GATEWAY_PORT}/health`);
    const texts = generateEvents(RATE * SECONDS, 4242, 'unused', 'corpus').flatMap((e) => (e.type === 'ArticleSubmitted' ? [e.payload] : []));
    const submittedAt = new Map<string, number>();
    const failures: string[] = [];
    const posts: Promise<void>[] = [];
    const start = performance.now();
    for (let i = 0; i < RATE * SECONDS; i++) {
      const due = start + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const id = `bench-live-${stamp}-${i}`;
      const payload = texts[i % texts.length];
      submittedAt.set(id, performance.now());
      posts.push(
        fetch(`http://127.0.0.1:${env.GATEWAY_PORT}/api/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': key },
          body: JSON.stringify({ id, text: payload.text, title: payload.title, outlet: payload.outlet, publishedAt: payload.publishedAt }),
        }).then(
          async (r) => {
            if (r.status !== 202) failures.push(`${r.status} ${await r.text()}`);
          },
          (error: Error) => {
            failures.push(`${error.message}${error.cause ? ` (${(error.cause as Error).message})` : ''}`);
          },
        ),
      );
    }
    const offeredSeconds = (performance.now() - start) / 1000;
    await Promise.all(posts);
    const drainUntil = performance.now() + DRAIN_MS;
    while (performance.now() < drainUntil && [...submittedAt.keys()].some((id) => !visibleAt.has(id))) await sleep(100);
    const latencies = [...submittedAt].flatMap(([id, at]) => (visibleAt.has(id) ? [visibleAt.get(id)! - at] : [])).sort((a, b) => a - b);
    const notVisible = submittedAt.size - latencies.length;
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    log(
      `latency at ${RATE}/s for ${offeredSeconds.toFixed(1)} s: p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms` +
        `${notVisible ? `, ${notVisible} not visible within ${DRAIN_MS / 1000} s after the last submission` : ''}${failures.length ? `, ${failures.length} submissions refused (${failures[0]})` : ''}`,
    );

    const result = {
      bench: 'project',
      at: new Date().toISOString(),
      extractorVersion: EXTRACTOR_VERSION,
      articles: events.length,
      warmupArticles: warmup.length,
      extractOnlyArticlesPerSecond: Number(extractRate.toFixed(1)),
      extractOnlyPasses: [extractSecondsBefore, extractSecondsAfter].map((seconds) => Number((events.length / seconds).toFixed(1))),
      projectedArticlesPerSecond: Number(projectRate.toFixed(1)),
      ratio: Number((projectRate / extractRate).toFixed(3)),
      ratioTarget: 0.7,
      latency: { rate: RATE, seconds: SECONDS, submitted: submittedAt.size, refused: failures.length, notVisible, p50Ms: Math.round(p50), p99Ms: Math.round(p99), p99TargetMs: 1000 },
    };
    const outDir = path.join(__dirname, 'out');
    fs.mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, `project-${stamp}.json`);
    fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    log(`written ${path.relative(process.cwd(), file)}`);
    process.stdout.write(`BENCH_JSON ${JSON.stringify(result)}\n`);
  } finally {
    await listener.end().catch(() => undefined);
    for (const app of apps.reverse()) await app.stop().catch(() => undefined);
    const admin = new Client({ connectionString: withDatabase(benchBaseUrl, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`).finally(() => admin.end());
    const cleanup = kafka.admin();
    await cleanup.connect();
    await cleanup.deleteTopics({ topics: [topic, `${topic}.dlq`] }).catch(() => undefined);
    await cleanup.disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`bench:project failed: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
