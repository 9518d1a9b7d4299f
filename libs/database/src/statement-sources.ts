// A statement's sources, read from its reports: article_statements rows whose statement_id is the statement's (see
// the migration statement_sources_by_report). One SQL expression for every reader (the API's views, the diff of
// generations), in the merge's order.

/**
 * compareSources (libs/read-models) in SQL: publication day (unknown last), article, position. Ids and days are
 * ASCII (ARTICLE_ID_PATTERN, YYYY-MM-DD), whose byte order (COLLATE "C") is compareSources' code-unit order.
 */
export const SOURCE_ORDER = `coalesce(published_at, '9999') COLLATE "C", article_id COLLATE "C", ordinal`;

export interface StatementSourcesOptions {
  /** The statement's id column as the enclosing query names it, e.g. `s.id`. */
  statementId: string;
  /** With each source's evidence sentence (detail views) or without (lists). */
  evidence: boolean;
  /** With each report's position in its article (the merge's key; not in the API's views). */
  ordinal?: boolean;
  /** At most this many, the first ones. */
  first?: number;
  /** The read-model generation's schema, when not the search path's. */
  schema?: string;
}

/** A jsonb array of the statement's sources ({articleId, outlet, url, publishedAt[, evidence][, ordinal]}), in order. */
export function statementSourcesSql({ statementId, evidence, ordinal = false, first, schema }: StatementSourcesOptions): string {
  const fields = [`'articleId', article_id`, ...(ordinal ? [`'ordinal', ordinal`] : []), `'outlet', outlet`, `'url', url`, `'publishedAt', published_at`];
  if (evidence) fields.push(`'evidence', evidence`);
  const table = schema ? `"${schema.replace(/"/g, '""')}".article_statements` : 'article_statements';
  const limit = first === undefined ? '' : ` LIMIT ${Math.trunc(first)}`;
  return `(SELECT coalesce(jsonb_agg(jsonb_build_object(${fields.join(', ')}) ORDER BY ${SOURCE_ORDER}), '[]'::jsonb)
     FROM (SELECT * FROM ${table} WHERE statement_id = ${statementId} ORDER BY ${SOURCE_ORDER}${limit}) reports)`;
}
