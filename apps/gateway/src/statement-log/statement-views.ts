import { Prisma } from '@newsroom/database';
import { STATEMENT_LIST_SOURCES, statementDetailSchema, type StatementDetailView, type StatementView } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class StatementDetailDto extends createZodDto(statementDetailSchema) {}

/**
 * A statement as lists give it, built by Postgres: the count of its sources and only the first STATEMENT_LIST_SOURCES,
 * without evidence, so a statement with thousands of sources costs a list no more than one with ten.
 */
export const STATEMENT_LIST_COLUMNS = Prisma.sql`id, speaker, text, type, date, tracks, corroboration,
  jsonb_array_length(sources) AS "sourceCount",
  (SELECT coalesce(jsonb_agg(source - 'evidence' - 'ordinal' ORDER BY n), '[]'::jsonb)
     FROM jsonb_array_elements(sources) WITH ORDINALITY AS listed(source, n) WHERE n <= ${STATEMENT_LIST_SOURCES}) AS sources`;

/** A statements row as the detail route selects it. */
export type StatementRow = Omit<StatementView, 'sources'> & { sources: Array<StatementDetailView['sources'][number] & { ordinal?: number }> };

export const statementDetailView = ({ sources, ...row }: StatementRow): StatementDetailView => ({
  ...row,
  sources: sources.map(({ ordinal: _ordinal, ...source }) => source),
});

export const statementIdParam = z.string().regex(/^stmt_[0-9a-f]{1,64}$/, 'a statement id such as stmt_7c0ae2306883492fa81f');
