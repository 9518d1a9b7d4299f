// Statements merged across articles: the same words of the same speaker, reported by several outlets, are one
// statement with several sources. Pure and order-independent (reports are processed in a canonical order).
import type { Statement } from '@newsroom/extraction';
import { compareSources, independentOutlets, stableId, type Source } from '../shared/source';

export interface StatementReport extends Source, Omit<Statement, 'evidence'> {
  /** Negotiation tracks the reporting article speaks of. */
  tracks: string[];
}

export interface MergedStatement {
  id: string;
  speaker: string;
  /** The words as the earliest report gives them. */
  text: string;
  type: 'direct' | 'indirect';
  /** The day it was reported first (the article's date). */
  date: string | null;
  tracks: string[];
  sources: Source[];
  corroboration: number;
}

/** Share of the shorter text's words the longer one must contain for two reports to be the same statement. */
export const SAME_STATEMENT_OVERLAP = 0.8;

const wordsOf = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export const statementWords = (text: string): Set<string> => new Set(wordsOf(text));

/**
 * statementWords, kept per text for the merges to come: a bucket is merged again each time an article reports into
 * it, from every report (a much-quoted statement has thousands, most of one text). Read only; the cache is emptied
 * when full, so it stays small.
 */
const WORD_SETS_KEPT = 20_000;
const wordSets = new Map<string, ReadonlySet<string>>();
function wordSetOf(text: string): ReadonlySet<string> {
  let words = wordSets.get(text);
  if (!words) {
    if (wordSets.size >= WORD_SETS_KEPT) wordSets.clear();
    words = statementWords(text);
    wordSets.set(text, words);
  }
  return words;
}

/** Words that open a statement's key: reports of one statement start alike even when one outlet cuts it short. */
export const KEY_WORDS = 5;

/**
 * The reports that may merge into one statement: same speaker, same type (direct or reported), same opening
 * words. Keeps every merge local to a small group, so projecting an article costs the same however much a
 * speaker has said before.
 */
export function statementBucket(r: Pick<StatementReport, 'speaker' | 'type' | 'text'>): string {
  return [r.speaker, r.type, wordsOf(r.text).slice(0, KEY_WORDS).join(' ')].join('|');
}

function sameWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true; // one text (see wordSetOf)
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return large.size === 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= SAME_STATEMENT_OVERLAP;
}

/** Merges the reports of ONE bucket (see statementBucket) into statements, ordered by first report. */
export function mergeStatements(reports: StatementReport[]): MergedStatement[] {
  const clusters: Array<{ words: ReadonlySet<string>; reports: StatementReport[] }> = [];
  for (const r of [...reports].sort(compareSources)) {
    const words = wordSetOf(r.text);
    const home = clusters.find((c) => c.reports[0].type === r.type && sameWords(c.words, words));
    if (home) home.reports.push(r);
    else clusters.push({ words, reports: [r] });
  }
  return clusters.map(({ reports: [first, ...rest] }) => {
    const all = [first, ...rest];
    return {
      id: stableId('stmt', first.speaker, first.type, first.text),
      speaker: first.speaker,
      text: first.text,
      type: first.type,
      date: first.publishedAt,
      tracks: [...new Set(all.flatMap((r) => r.tracks))].sort(),
      sources: all.map(({ articleId, ordinal, outlet, url, publishedAt, evidence }) => ({ articleId, ordinal, outlet, url, publishedAt, evidence })),
      corroboration: independentOutlets(all),
    };
  });
}
