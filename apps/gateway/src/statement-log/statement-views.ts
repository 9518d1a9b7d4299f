import { Prisma, statementSourcesSql } from '@newsroom/database';
import { STATEMENT_LIST_SOURCES, statementDetailSchema } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class StatementDetailDto extends createZodDto(statementDetailSchema) {}

/** A statement's sources as the views give them (see statementSourcesSql): in lists without evidence, the first ones. */
const statementSources = ({ evidence, first }: { evidence: boolean; first?: number }) =>
  Prisma.raw(statementSourcesSql({ statementId: 'statements.id', evidence, first }));

/**
 * A statement as the API gives it, serialised by Postgres (see visitJson): the count of its sources, and in lists
 * (statementViewSchema) only the first STATEMENT_LIST_SOURCES without evidence, so a statement with thousands of
 * sources costs a list no more than one with ten; the detail (statementDetailSchema) gives every source with evidence.
 */
export const statementJson = ({ list }: { list: boolean }) =>
  Prisma.sql`json_build_object('id', id, 'speaker', speaker, 'text', text, 'type', type, 'date', date, 'tracks', tracks,
    'corroboration', corroboration, 'sourceCount', source_count,
    'sources', ${list ? statementSources({ evidence: false, first: STATEMENT_LIST_SOURCES }) : statementSources({ evidence: true })})::text`;
export const STATEMENT_ITEM_JSON = statementJson({ list: true });

export const statementIdParam = z.string().regex(/^stmt_[0-9a-f]{1,64}$/, 'a statement id such as stmt_7c0ae2306883492fa81f');
