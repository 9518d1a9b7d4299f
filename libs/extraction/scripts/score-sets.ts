/**
 * Prints the `F1 visits_exact=... visits=... statements=... status=...` line of `npm run eval` for every annotated
 * set (seeds from ../shared/fixtures/seeds, the others from tests/fixtures), in one process: the articles are
 * extracted with the library and scored with the shared scorer, as eval.cli.ts does.
 *
 *   npx tsx libs/extraction/scripts/score-sets.ts [SET ...] [-v]
 *
 * With -v the scorer's misses and false positives are printed per set. Sets not named in `SETS` (a set being
 * written, kept blind) are never read.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { extractDir } from '../src/cli/run';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const SHARED = path.resolve(REPO_ROOT, '../shared');
const SETS = ['seeds', 'dev', 'dev2', 'holdout', ...Array.from({ length: 42 }, (_, i) => `holdout${i + 2}`)];

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const wanted = args.filter((a) => a !== '-v');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'score-sets-'));
try {
  for (const set of SETS) {
    if (wanted.length && !wanted.includes(set)) continue;
    const gold = set === 'seeds' && fs.existsSync(path.join(SHARED, 'fixtures/seeds')) ? path.join(SHARED, 'fixtures/seeds') : path.join(REPO_ROOT, 'tests/fixtures', set);
    const out = path.join(tmp, set);
    extractDir(gold, out);
    const r = spawnSync(process.execPath, [path.join(SHARED, 'eval/score.mjs'), '--gold', gold, '--pred', out, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
    if (verbose) process.stdout.write(`===== ${set}\n${r.stdout}`);
    const line = r.stdout.split('\n').find((l) => l.startsWith('F1')) ?? `scorer failed: ${r.stderr.split('\n')[0]}`;
    if (!verbose) process.stdout.write(`${set.padEnd(10)} ${line}\n`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
