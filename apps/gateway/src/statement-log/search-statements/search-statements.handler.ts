import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Prisma, PrismaService } from '@newsroom/database';
import { datedJsonPage, type DatedPageQuery, type JsonText } from '../../common/json-text';
import { STATEMENT_ITEM_JSON } from '../statement-views';
import { SearchStatementsQuery, type StatementPage } from './search-statements.query';

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The page query of the statement log, newest first: Postgres full-text search (GIN index on statements.search) and filters. */
export function statementPageQuery({ speaker, organisation, q, track, from, to, limit, cursor }: SearchStatementsQuery['params']): DatedPageQuery {
  const filters: Prisma.Sql[] = [];
  if (speaker) filters.push(Prisma.sql`speaker ILIKE ${likePattern(speaker)}`);
  if (organisation) filters.push(Prisma.sql`affiliation_search @@ phraseto_tsquery('simple', ${organisation})`);
  if (q) filters.push(Prisma.sql`search @@ websearch_to_tsquery('english', ${q})`);
  if (track) filters.push(Prisma.sql`tracks @> ARRAY[${track}]::text[]`);
  if (from) filters.push(Prisma.sql`date >= ${from}`);
  if (to) filters.push(Prisma.sql`date <= ${to}`);
  return { item: STATEMENT_ITEM_JSON, from: Prisma.sql`statements`, filters, newestFirst: true, cursor, limit };
}

@QueryHandler(SearchStatementsQuery)
export class SearchStatementsHandler implements IQueryHandler<SearchStatementsQuery> {
  constructor(private readonly prisma: PrismaService) {}

  execute({ params }: SearchStatementsQuery): Promise<JsonText<StatementPage>> {
    return datedJsonPage(this.prisma.pool, statementPageQuery(params));
  }
}
