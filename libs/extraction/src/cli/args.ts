/**
 * Pure argument parsing for the extraction command lines (no I/O, no process access):
 * each parser returns either the options or one error line for stderr.
 */
import { parseArgs } from 'node:util';

export type ExtractArgs =
  | { mode: 'file'; file: string; publishedAt: string | null; outlet: string | null; url: string | null }
  | { mode: 'dir'; dir: string; out: string };

export type EvalArgs = { gold: string; verbose: boolean; json: boolean; scorer: 'auto' | 'builtin' | 'shared' };

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const EXTRACT_USAGE =
  'usage: extract <article.txt> [--published-at YYYY-MM-DD] [--outlet NAME] [--url URL] | extract --dir DIR --out DIR';
export const EVAL_USAGE = 'usage: eval --gold DIR [--verbose] [--json] [--scorer auto|builtin|shared]';

/** A real calendar day written YYYY-MM-DD (2019-02-30 is rejected). */
export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0];
}

export function parseExtractArgs(argv: string[]): Parsed<ExtractArgs> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'published-at': { type: 'string' },
        outlet: { type: 'string' },
        url: { type: 'string' },
        dir: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (e) {
    return { ok: false, error: `extract: ${firstLine(e)}` };
  }
  const { values, positionals } = parsed;
  const empty = (['published-at', 'outlet', 'url', 'dir', 'out'] as const).find((k) => values[k] !== undefined && values[k] === '');
  if (empty) return { ok: false, error: `extract: --${empty} needs a non-empty value` };
  if (values.dir !== undefined || values.out !== undefined) {
    if (positionals.length) return { ok: false, error: 'extract: give either a file or --dir DIR --out DIR, not both' };
    if (values.dir === undefined || values.out === undefined) return { ok: false, error: 'extract: --dir and --out go together' };
    if (values['published-at'] !== undefined || values.outlet !== undefined || values.url !== undefined) {
      return { ok: false, error: 'extract: --published-at, --outlet and --url apply to a single file (with --dir they come from NNN.meta.json)' };
    }
    return { ok: true, value: { mode: 'dir', dir: values.dir, out: values.out } };
  }
  if (positionals.length === 0) return { ok: false, error: EXTRACT_USAGE };
  if (positionals.length > 1) return { ok: false, error: `extract: expected one article file, got ${positionals.length}` };
  const pub = values['published-at'];
  if (pub !== undefined && !isIsoDay(pub)) return { ok: false, error: `extract: --published-at must be a calendar day YYYY-MM-DD, got '${pub}'` };
  return {
    ok: true,
    value: { mode: 'file', file: positionals[0], publishedAt: pub ?? null, outlet: values.outlet ?? null, url: values.url ?? null },
  };
}

export function parseEvalArgs(argv: string[]): Parsed<EvalArgs> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        gold: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        scorer: { type: 'string', default: 'auto' },
      },
    });
  } catch (e) {
    return { ok: false, error: `eval: ${firstLine(e)}` };
  }
  const { values } = parsed;
  if (!values.gold) return { ok: false, error: EVAL_USAGE };
  const scorer = values.scorer ?? 'auto';
  if (scorer !== 'auto' && scorer !== 'builtin' && scorer !== 'shared') return { ok: false, error: `eval: --scorer must be auto, builtin or shared, got '${scorer}'` };
  return { ok: true, value: { gold: values.gold, verbose: !!values.verbose, json: !!values.json, scorer } };
}

/** The fields of an NNN.meta.json file the extractor uses; anything malformed becomes null. */
export interface ArticleMeta {
  publishedAt: string | null;
  outlet: string | null;
  url: string | null;
  title: string | null;
}

export function readMeta(json: unknown): ArticleMeta {
  const o = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const pub = str(o.publishedAt);
  return {
    publishedAt: pub && isIsoDay(pub.slice(0, 10)) ? pub.slice(0, 10) : null,
    outlet: str(o.outlet),
    url: str(o.url),
    title: str(o.title),
  };
}
