import { createHash } from 'node:crypto';

/** One article's report of a fact: where a merged fact comes from. */
export interface Source {
  articleId: string;
  ordinal: number;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  evidence: string;
}

/** Who published an article, for counting independent outlets: the outlet, else the URL's host, else the article. */
export function outletKey(source: Pick<Source, 'outlet' | 'url' | 'articleId'>): string {
  if (source.outlet?.trim()) return source.outlet.trim().toLowerCase();
  if (source.url) {
    try {
      return new URL(source.url).hostname.replace(/^www\./, '');
    } catch {
      // not a URL: fall through
    }
  }
  return `article:${source.articleId}`;
}

export const independentOutlets = (sources: Source[]): number => new Set(sources.map(outletKey)).size;

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sources in a stable order: by publication day (unknown last), then article and position. Code-unit order rather
 * than the locale's, so Postgres lists a statement's sources in this very order (SOURCE_ORDER, COLLATE "C").
 */
export function compareSources(a: Source, b: Source): number {
  return byCodeUnits(a.publishedAt ?? '9999', b.publishedAt ?? '9999') || byCodeUnits(a.articleId, b.articleId) || a.ordinal - b.ordinal;
}

/** A short id that is the same for the same key on every run (live or replay). */
export function stableId(prefix: string, ...parts: Array<string | null>): string {
  return `${prefix}_${createHash('sha256').update(parts.map((p) => p ?? '∅').join('\u0000')).digest('hex').slice(0, 20)}`;
}

/** Whole days from a to b (YYYY-MM-DD), b - a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** A name reported with the articles that report it. */
export interface SourcedName {
  name: string;
  articleIds: string[];
}

/** Union of names over sources, each with the articles that give it; ordered by name. */
export function unionNames(entries: Array<{ names: string[]; articleId: string }>): SourcedName[] {
  const byName = new Map<string, Set<string>>();
  for (const { names, articleId } of entries) {
    for (const name of names) {
      const set = byName.get(name) ?? new Set<string>();
      set.add(articleId);
      byName.set(name, set);
    }
  }
  return [...byName.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, ids]) => ({ name, articleIds: [...ids].sort() }));
}
