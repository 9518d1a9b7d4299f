import type { ArticleEvent } from '@newsroom/events';
import type { Extraction } from '@newsroom/extraction';
import type { ArticleState } from './article.evolve';

/** The kinds of rows an article event can change: the article itself and each kind of fact. */
export const FACT_KINDS = ['visits', 'statements', 'status'] as const;
export type ChangeKind = 'article' | (typeof FACT_KINDS)[number];

export interface ArticleChange {
  articleId: string;
  kinds: ChangeKind[];
}

/**
 * What one applied event changed: always the article; a fact kind when the article now has facts of
 * that kind, or had a version before (a correction or retraction replaces or removes its facts).
 */
export function articleChange(event: ArticleEvent, before: ArticleState | null, facts: Extraction): ArticleChange {
  const kinds: ChangeKind[] = ['article', ...FACT_KINDS.filter((kind) => before !== null || facts[kind].length > 0)];
  return { articleId: event.articleId, kinds };
}

/** Several changes of one batch, one entry per article (kinds united, in a stable order), by article id. */
export function mergeChanges(changes: ArticleChange[]): ArticleChange[] {
  const order: ChangeKind[] = ['article', ...FACT_KINDS];
  const byArticle = new Map<string, Set<ChangeKind>>();
  for (const change of changes) {
    const kinds = byArticle.get(change.articleId) ?? new Set<ChangeKind>();
    for (const kind of change.kinds) kinds.add(kind);
    byArticle.set(change.articleId, kinds);
  }
  return [...byArticle.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([articleId, kinds]) => ({ articleId, kinds: order.filter((k) => kinds.has(k)) }));
}
