/**
 * File-system side of the command lines: reading articles (NNN.txt + NNN.meta.json),
 * writing predictions. The only place in the library that does I/O.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract } from '../extract';
import type { Extraction } from '../types';
import { readMeta, type ArticleMeta } from './args';

export class CliError extends Error {}

export function readText(file: string): string {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw new CliError(`no such file: ${file}`);
  }
  if (!st.isFile()) throw new CliError(`not a file: ${file}`);
  return fs.readFileSync(file, 'utf8');
}

export function articleIdOf(file: string): string {
  return path.basename(file).replace(/\.txt$/i, '');
}

/** NNN.txt files of a directory, sorted by name. */
export function articleFiles(dir: string): string[] {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    throw new CliError(`no such directory: ${dir}`);
  }
  if (!st.isDirectory()) throw new CliError(`not a directory: ${dir}`);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function metaFor(txtFile: string): ArticleMeta {
  const metaFile = txtFile.replace(/\.txt$/i, '.meta.json');
  if (!fs.existsSync(metaFile)) return { publishedAt: null, outlet: null, url: null, title: null };
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
  } catch (e) {
    throw new CliError(`bad JSON in ${metaFile}: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
  return readMeta(json);
}

/** Extract every NNN.txt of `dir` into `out/NNN.json`; returns the ids written. */
export function extractDir(dir: string, out: string): string[] {
  const files = articleFiles(dir);
  fs.mkdirSync(out, { recursive: true });
  const ids: string[] = [];
  for (const f of files) {
    const id = articleIdOf(f);
    const meta = metaFor(f);
    const result: Extraction = extract({ id, text: readText(f), ...meta });
    fs.writeFileSync(path.join(out, `${id}.json`), `${JSON.stringify(result, null, 2)}\n`);
    ids.push(id);
  }
  return ids;
}

/** Run a command-line main: any failure is one line on stderr and exit code 1 (2 for usage). */
export function runMain(main: () => number | void): void {
  try {
    const code = main();
    process.exitCode = code ?? 0;
  } catch (e) {
    const msg = e instanceof CliError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`${msg.split('\n')[0]}\n`);
    process.exitCode = 1;
  }
}
