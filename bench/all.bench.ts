/**
 * Every benchmark, one after the other on one build, then bench/results.md: each figure next to the baseline its
 * benchmark measured in the same run, as a ratio, against the target.
 *
 *   npm run bench [-- --only extract,ingest,project,query,replay,soak]
 *
 * Each benchmark prints its result on a `BENCH_JSON {...}` line; a benchmark that fails is listed as such and the
 * others still run. Exits 1 when one failed.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { benchJsonLines, resultsMarkdown, rowsOf, type BenchRow } from './support/results-table';

const ROOT = path.resolve(__dirname, '..');
const BENCHES: Record<string, string[]> = {
  // the target is for 5 kB articles
  extract: ['bench/extract.bench.ts', '--dir', 'tests/fixtures/bench-5k'],
  ingest: ['bench/ingest.bench.ts', '--no-build'],
  project: ['bench/project.bench.ts'],
  query: ['bench/query.bench.ts'],
  replay: ['bench/replay.bench.ts'],
  soak: ['bench/soak.bench.ts'],
};
/** The soak test takes ten minutes: run with `--only ...,soak`. */
const DEFAULT = ['extract', 'ingest', 'project', 'query', 'replay'];

const { values } = parseArgs({ options: { only: { type: 'string', default: DEFAULT.join(',') } } });
const chosen = values.only!.split(',').map((s) => s.trim()).filter(Boolean);
const unknown = chosen.filter((name) => !BENCHES[name]);
if (unknown.length) {
  process.stderr.write(`bench: unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}\n`);
  process.exit(2);
}

/** Runs one benchmark with its output shown as it comes, and returns the output. */
function run(name: string): Promise<{ output: string; code: number | null }> {
  return new Promise((resolve) => {
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const child = spawn(tsx, BENCHES[name], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ output, code }));
  });
}

async function main(): Promise<void> {
  process.stdout.write('[bench] building once for every benchmark\n');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const rows: BenchRow[] = [];
  const failures: string[] = [];
  for (const name of chosen) {
    if (!fs.existsSync(path.join(ROOT, BENCHES[name][0]))) {
      failures.push(`${name}: ${BENCHES[name][0]} does not exist yet`);
      continue;
    }
    process.stdout.write(`\n[bench] ${name}\n`);
    const { output, code } = await run(name);
    const results = benchJsonLines(output);
    rows.push(...results.flatMap(rowsOf));
    // A benchmark exits 1 when it missed a target: its figures still count; no result at all is a failure.
    if (!results.length) failures.push(`${name}: exited with code ${code} without a result`);
  }
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  const markdown = resultsMarkdown(rows, { at: new Date().toISOString(), commit, node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg(), failures });
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.md'), markdown);
  process.stdout.write(`\n${markdown}\n[bench] wrote bench/results.md\n`);
  if (failures.length) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).message}\n`);
  process.exit(2);
});
