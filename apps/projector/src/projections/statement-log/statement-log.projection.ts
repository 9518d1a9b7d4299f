import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { mergeStatements, statementBucket, type StatementReport } from '@newsroom/read-models';
import { ArticleEventReceived, type ProjectionChunk } from '../article-event-received.event';
import { deleteWhereIn, isAnyOf, LOCK, lockMergeGroups, readRows, replaceArticleFacts, selectColumns, upsertChangedRows, type Column } from '../article-facts.writer';
import { groupBy, syncMergedRows, type MergedReadModel } from '../merged-rows.writer';
import { speakerAffiliations } from './speaker-affiliations';

type ArticleStatementRow = {
  articleId: string;
  ordinal: number;
  speaker: string;
  text: string;
  type: string;
  evidence: string;
  extractorVersion: string;
  tracks: string[];
  bucket: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
};

const ARTICLE_STATEMENT_COLUMNS: readonly Column<ArticleStatementRow>[] = [
  ['articleId', 'article_id', 'text'],
  ['ordinal', 'ordinal', 'int'],
  ['speaker', 'speaker', 'text'],
  ['text', 'text', 'text'],
  ['type', 'type', 'text'],
  ['evidence', 'evidence', 'text'],
  ['extractorVersion', 'extractor_version', 'text'],
  ['tracks', 'tracks', 'text[]'],
  ['bucket', 'bucket', 'text'],
  ['outlet', 'outlet', 'text'],
  ['url', 'url', 'text'],
  ['publishedAt', 'published_at', 'text'],
];

type StatementRow = Omit<ReturnType<typeof mergeStatements>[number], 'sources'> & { bucket: string; sourceCount: number; affiliations: string[] };

const STATEMENT_COLUMNS: readonly Column<StatementRow>[] = [
  ['id', 'id', 'text'],
  ['bucket', 'bucket', 'text'],
  ['speaker', 'speaker', 'text'],
  ['text', 'text', 'text'],
  ['type', 'type', 'text'],
  ['date', 'date', 'text'],
  ['tracks', 'tracks', 'text[]'],
  ['sourceCount', 'source_count', 'int'],
  ['corroboration', 'corroboration', 'int'],
  ['affiliations', 'affiliations', 'text[]'],
];

/** A report as a bucket's merge reads it: what mergeStatements needs (not the evidence), and the statement it is a source of. */
type MergedReportRow = Omit<ArticleStatementRow, 'evidence'> & { statementId: string | null };
const MERGED_REPORT_COLUMNS: readonly Column<MergedReportRow>[] = [
  ...(ARTICLE_STATEMENT_COLUMNS.filter(([property]) => property !== 'evidence') as Column<MergedReportRow>[]),
  ['statementId', 'statement_id', 'text'],
];

/** What syncMergedRows needs of a stored statement: its id. */
const STATEMENT_KEY_COLUMNS: readonly Column<StatementRow>[] = [['id', 'id', 'text']];

/** The full-text search vectors, written with the row: of the words, and of whom the speaker speaks for. */
const SEARCH_VECTORS = [
  ['search', "to_tsvector('english', r.speaker || ' ' || r.text)"],
  ['affiliation_search', "to_tsvector('simple', r.speaker || ' ' || array_to_string(r.affiliations, ' '))"],
] as const;

/**
 * article_statements (who said what in each article), then the statement log: the statements of every bucket
 * (speaker, type, opening words) the chunk's articles touch, merged across outlets, with their full-text search
 * vectors. Gathered per event (the article's last facts), written and merged once per chunk.
 */
@EventsHandler(ArticleEventReceived)
export class StatementLogProjection implements IEventHandler<ArticleEventReceived> {
  handle({ after, facts, chunk }: ArticleEventReceived): void {
    const articles = chunk.atEnd(this, LOCK.statementBucket, () => new Map<string, ArticleStatementRow[]>(), (gathered) => flush(chunk, gathered));
    const tracks = [...new Set(facts.status.map((c) => c.track))].sort();
    articles.set(
      after.id,
      facts.statements.map((s, ordinal) => ({
        articleId: after.id,
        ordinal,
        speaker: s.speaker,
        text: s.text,
        type: s.type,
        evidence: s.evidence,
        extractorVersion: facts.extractorVersion,
        tracks,
        bucket: statementBucket(s),
        outlet: after.outlet,
        url: after.url,
        publishedAt: after.publishedAt,
      })),
    );
  }
}

/** Writes the chunk's articles' statements, then (unless deferred) recomputes every bucket they were or are in. */
async function flush(chunk: ProjectionChunk, articles: Map<string, ArticleStatementRow[]>): Promise<void> {
  const rows = [...articles.values()].flat();
  const previous = await replaceArticleFacts<ArticleStatementRow, { bucket: string }>(
    chunk.tx,
    'article_statements',
    ARTICLE_STATEMENT_COLUMNS,
    [...articles.keys()],
    rows,
    'bucket',
  );
  const buckets = [...new Set([...previous, ...rows].map((r) => r.bucket))].sort();
  if (chunk.mergesDeferred) return chunk.defer(STATEMENT_LOG_MERGES.name, buckets);
  await remergeStatements(chunk, buckets);
}

/** statements: the merged statements of the given buckets, from their reports, under the buckets' locks. */
async function remergeStatements(chunk: ProjectionChunk, buckets: string[]): Promise<void> {
  const { tx } = chunk;
  if (!buckets.length) return;
  await lockMergeGroups(tx, buckets.map((b) => [LOCK.statementBucket, b] as const));

  const [reported, existing] = await readRows<[MergedReportRow[], Pick<StatementRow, 'id'>[]]>(
    tx,
    [
      selectColumns('article_statements', MERGED_REPORT_COLUMNS, isAnyOf('bucket', '$1'), 'article_id, ordinal'),
      selectColumns('statements', STATEMENT_KEY_COLUMNS, isAnyOf('bucket', '$1')),
    ],
    buckets,
  );
  const reports = groupBy(reported, (r) => r.bucket);
  const merged = buckets.flatMap((bucket) => mergeStatements((reports.get(bucket) ?? []) as unknown as StatementReport[]).map((s) => ({ bucket, statement: s })));
  // Each report's statement; only the links that changed are written (most merges add one report or a few).
  const statementOf = new Map(merged.flatMap(({ statement }) => statement.sources.map((source) => [`${source.articleId}\u0000${source.ordinal}`, statement.id] as const)));
  const relinked = reported.flatMap((r) => {
    const statementId = statementOf.get(`${r.articleId}\u0000${r.ordinal}`)!;
    return statementId === r.statementId ? [] : [{ articleId: r.articleId, ordinal: r.ordinal, statementId }];
  });
  await linkReports(tx, relinked);
  const withNewSources = new Set(relinked.map((l) => l.statementId));
  const computed = merged.map(({ bucket, statement: { sources, ...s } }) => ({
    ...s,
    bucket,
    sourceCount: sources.length,
    affiliations: speakerAffiliations(s.speaker, s.date),
  }));
  await syncMergedRows(
    chunk,
    existing,
    computed,
    {
      remove: (ids) => deleteWhereIn(tx, 'statements', 'id', ids),
      // A statement whose sources changed but not its row (a corrected article's new evidence) is updated too.
      write: async (data) => [...new Set([...(await upsertChangedRows(tx, 'statements', STATEMENT_COLUMNS, data, 'id', SEARCH_VECTORS)), ...data.map((r) => r.id).filter((id) => withNewSources.has(id))])],
    },
    () => ({ kind: 'statement' }),
  );
}

/** Points reports at their statements (statement_id), in one statement. */
async function linkReports(tx: ProjectionChunk['tx'], links: ReadonlyArray<{ articleId: string; ordinal: number; statementId: string }>): Promise<void> {
  if (!links.length) return;
  await tx.execute(
    `UPDATE article_statements a SET statement_id = l.statement_id
     FROM jsonb_to_recordset($1::jsonb) AS l(article_id text, ordinal int, statement_id text)
     WHERE a.article_id = l.article_id AND a.ordinal = l.ordinal`,
    JSON.stringify(links.map((l) => ({ article_id: l.articleId, ordinal: l.ordinal, statement_id: l.statementId }))),
  );
}

/** The statement log, recomputed from article_statements: the statements of the given buckets. */
export const STATEMENT_LOG_MERGES: MergedReadModel = {
  name: 'statement-log',
  remerge: remergeStatements,
};
