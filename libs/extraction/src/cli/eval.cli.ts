/**
 *   npm run eval -- --gold DIR [--verbose] [--json] [--scorer auto|builtin|shared]
 *
 * Extracts every DIR/NNN.txt (with DIR/NNN.meta.json) into a temporary directory and
 * scores it against DIR/NNN.gold.json. Uses the shared scorer ../shared/eval/score.mjs
 * (relative to the repository root) when it exists, else the library's own port of it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatScore, score, type Annotation, type ScoredArticle } from '../eval/score';
import { parseEvalArgs } from './args';
import { CliError, extractDir, runMain } from './run';

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const SHARED_SCORER = path.resolve(REPO_ROOT, '../shared/eval/score.mjs');

function readJson(file: string): Annotation {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Annotation;
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
}

runMain(() => {
  const parsed = parseEvalArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  const { gold, verbose, json, scorer } = parsed.value;
  if (!fs.existsSync(gold) || !fs.statSync(gold).isDirectory()) throw new CliError(`no such directory: ${gold}`);
  const goldFiles = fs.readdirSync(gold).filter((f) => f.endsWith('.gold.json')).sort();
  if (!goldFiles.length) throw new CliError(`no NNN.gold.json files in ${gold}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-eval-'));
  try {
    extractDir(gold, tmp);
    const useShared = scorer === 'shared' || (scorer === 'auto' && fs.existsSync(SHARED_SCORER));
    if (useShared) {
      if (!fs.existsSync(SHARED_SCORER)) throw new CliError(`shared scorer not found: ${SHARED_SCORER}`);
      const args = [SHARED_SCORER, '--gold', gold, '--pred', tmp, ...(verbose ? ['--verbose'] : []), ...(json ? ['--json'] : [])];
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (r.status !== 0) throw new CliError(`shared scorer failed: ${(r.stderr || r.error?.message || '').split('\n')[0]}`);
      if (!json) process.stdout.write(`scorer: ${path.relative(REPO_ROOT, SHARED_SCORER)}\n`);
      process.stdout.write(r.stdout);
      return 0;
    }
    const articles: ScoredArticle[] = goldFiles.map((f) => {
      const id = f.replace(/\.gold\.json$/, '');
      const predFile = path.join(tmp, `${id}.json`);
      return { id, gold: readJson(path.join(gold, f)), pred: fs.existsSync(predFile) ? readJson(predFile) : null };
    });
    const result = score(articles);
    if (json) process.stdout.write(`${JSON.stringify({ ...result, report: verbose ? result.report : undefined }, null, 2)}\n`);
    else process.stdout.write(`scorer: built-in (libs/extraction/src/eval/score.ts)\n${formatScore(result, verbose)}\n`);
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
