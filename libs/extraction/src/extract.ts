import { analyse } from './document';
import { normaliseDay } from './dates/resolve';
import { extractStatements } from './statements/statements';
import { extractStatus } from './status/status';
import { extractVisits } from './visits/visits';
import type { ArticleInput, Extraction } from './types';
import { EXTRACTOR_VERSION } from './version';

/** One article's facts in the contract's shape: pure, deterministic for a given extractor version. */
export function extract(article: ArticleInput): Extraction {
  const publishedAt = normaliseDay(article.publishedAt ?? null);
  const doc = analyse(article.text ?? '', publishedAt);
  return {
    articleId: article.id ?? '',
    extractorVersion: EXTRACTOR_VERSION,
    publishedAt,
    visits: extractVisits(doc),
    statements: extractStatements(doc),
    status: extractStatus(doc),
  };
}
