/**
 * Extraction throughput on one core: the seed articles (tests/fixtures/seeds) extracted
 * over and over for a fixed time budget, then articles/s, kB/s and peak RSS.
 *
 *   npm run bench:extract [-- --seconds 10 --warmup-seconds 30 --min-rate 300 --max-rss-mb 300]
 *
 * Measured warm, as a projector runs for days: V8 optimises the extractor's largest functions (visits, status,
 * actors) over its first 20-30 s, compiling each for up to 5 s of CPU on background threads, again after each
 * deoptimisation (on 2 cores about half a core of compiling beside the extraction: on the 5 kB articles of
 * tests/fixtures/bench-5k, 160-190 articles/s in the first 10 s against 225-240/s warm, 2026-12-03). The first `--seconds` of the warm-up are reported too, as the cold rate. Peak RSS covers the
 * whole run, warm-up included (the compiler's memory with it).
 *
 * Prints one human-readable summary line and one JSON line (prefixed `BENCH_JSON `).
 * Exits 1 when a given --min-rate or --max-rss-mb target is missed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { extract, EXTRACTOR_VERSION } from '../libs/extraction/src';
import { readMeta } from '../libs/extraction/src/cli/args';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    'warmup-seconds': { type: 'string', default: '30' },
    dir: { type: 'string', default: path.resolve(__dirname, '../tests/fixtures/seeds') },
    'min-rate': { type: 'string' },
    'max-rss-mb': { type: 'string' },
  },
});
const seconds = Math.min(25, Math.max(1, Number(values.seconds) || 10));
const warmupRequested = Number(values['warmup-seconds']);
const warmupSeconds = Number.isFinite(warmupRequested) ? Math.min(120, Math.max(0, warmupRequested)) : 30;
const dir = values.dir!;
const articles = fs
  .readdirSync(dir)
  .filter((f) => /^\d+\.txt$/.test(f))
  .sort()
  .map((f) => {
    const id = f.replace(/\.txt$/, '');
    const metaFile = path.join(dir, `${id}.meta.json`);
    const meta = readMeta(fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : {});
    return { id, text: fs.readFileSync(path.join(dir, f), 'utf8'), ...meta };
  });
if (!articles.length) {
  process.stderr.write(`bench: no NNN.txt articles in ${dir}\n`);
  process.exit(2);
}

// RSS is sampled after every round of articles (the loop is synchronous, so a timer would
// never fire); process.memoryUsage.rss() is the cheap form of the call.
let peakRss = process.memoryUsage.rss();
const sampleRss = () => {
  const r = process.memoryUsage.rss();
  if (r > peakRss) peakRss = r;
};

/** Extracts the articles over and over for `budgetSeconds`: how many, their bytes and facts, wall and CPU seconds. */
function extractFor(budgetSeconds: number) {
  let n = 0;
  let bytes = 0;
  let facts = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const deadline = t0 + budgetSeconds * 1000;
  do {
    for (const a of articles) {
      const x = extract(a);
      n++;
      bytes += Buffer.byteLength(a.text);
      facts += x.visits.length + x.statements.length + x.status.length;
    }
    sampleRss();
  } while (performance.now() < deadline);
  const cpu = process.cpuUsage(cpu0);
  return { n, bytes, facts, elapsed: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

// warm-up: the first `seconds` of it give the cold rate (see above)
const tLoad = performance.now();
const cold = extractFor(Math.min(seconds, warmupSeconds));
if (warmupSeconds > seconds) extractFor(warmupSeconds - seconds);
const warmupMs = performance.now() - tLoad;

const { n, bytes, facts, elapsed, cpuSeconds } = extractFor(seconds);
sampleRss();

const rate = n / elapsed;
const avgKb = bytes / n / 1024;
const result = {
  bench: 'extract',
  extractorVersion: EXTRACTOR_VERSION,
  node: process.version,
  articles: n,
  distinctArticles: articles.length,
  avgArticleKB: Number(avgKb.toFixed(2)),
  seconds: Number(elapsed.toFixed(2)),
  articlesPerSecond: Number(rate.toFixed(1)),
  /** per second of this process's own CPU time: less sensitive to other load on a shared machine */
  articlesPerCpuSecond: Number((n / cpuSeconds).toFixed(1)),
  cpuSeconds: Number(cpuSeconds.toFixed(2)),
  loadAverage1m: Number(os.loadavg()[0].toFixed(2)),
  cpus: os.cpus().length,
  kbPerSecond: Number(((bytes / 1024) / elapsed).toFixed(1)),
  msPerArticle: Number(((elapsed * 1000) / n).toFixed(3)),
  warmupMs: Number(warmupMs.toFixed(0)),
  /** the first `seconds` of the warm-up: V8 still optimising the extractor */
  coldArticlesPerSecond: Number((cold.n / cold.elapsed).toFixed(1)),
  coldArticlesPerCpuSecond: Number((cold.n / cold.cpuSeconds).toFixed(1)),
  peakRssMB: Number((peakRss / 2 ** 20).toFixed(1)),
  factsPerArticle: Number((facts / n).toFixed(2)),
};
console.log(
  `extract: ${result.articlesPerSecond} articles/s wall (${result.articlesPerCpuSecond}/s of CPU time; ${result.kbPerSecond} kB/s, ${result.msPerArticle} ms/article, avg ${result.avgArticleKB} kB) over ${n} articles in ${result.seconds}s on one core; peak RSS ${result.peakRssMB} MB; after a warm-up of ${result.warmupMs} ms whose first ${Math.min(seconds, warmupSeconds)} s ran at ${result.coldArticlesPerSecond} articles/s (${result.coldArticlesPerCpuSecond}/s of CPU time); load ${result.loadAverage1m} on ${result.cpus} CPUs`,
);
console.log(`BENCH_JSON ${JSON.stringify(result)}`);

const minRate = values['min-rate'] ? Number(values['min-rate']) : null;
const maxRss = values['max-rss-mb'] ? Number(values['max-rss-mb']) : null;
const misses: string[] = [];
if (minRate != null && rate < minRate) misses.push(`rate ${rate.toFixed(1)} < ${minRate} articles/s`);
if (maxRss != null && result.peakRssMB > maxRss) misses.push(`peak RSS ${result.peakRssMB} > ${maxRss} MB`);
if (misses.length) {
  process.stderr.write(`bench: target missed: ${misses.join('; ')}\n`);
  process.exitCode = 1;
}
