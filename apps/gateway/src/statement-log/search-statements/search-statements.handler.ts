import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Prisma, PrismaService, queryRows } from '@newsroom/database';
import { toJsonPage, type JsonItemRow, type JsonText } from '../../common/json-text';
import { decodeCursor } from '../../common/pagination';
import { STATEMENT_ITEM_JSON } from '../statement-views';
import { SearchStatementsQuery, type StatementPage } from './search-statements.query';

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The statement log, newest first: Postgres full-text search (GIN index on statements.search) and filters. */
@QueryHandler(SearchStatementsQuery)
export class SearchStatementsHandler implements IQueryHandler<SearchStatementsQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ params: { speaker, organisation, q, track, from, to, limit, cursor } }: SearchStatementsQuery): Promise<JsonText<StatementPage>> {
    const after = decodeCursor(cursor, 2);
    const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
    if (speaker) where.push(Prisma.sql`speaker ILIKE ${likePattern(speaker)}`);
    if (organisation) where.push(Prisma.sql`affiliation_search @@ phraseto_tsquery('simple', ${organisation})`);
    if (q) where.push(Prisma.sql`search @@ websearch_to_tsquery('english', ${q})`);
    if (track) where.push(Prisma.sql`tracks @> ARRAY[${track}]::text[]`);
    if (from) where.push(Prisma.sql`date >= ${from}`);
    if (to) where.push(Prisma.sql`date <= ${to}`);
    if (after) {
      const [date, id] = after;
      where.push(
        date === null
          ? Prisma.sql`(date IS NULL AND id > ${id})`
          : Prisma.sql`(date < ${date} OR (date = ${date} AND id > ${id}) OR date IS NULL)`,
      );
    }
    const rows = await queryRows<JsonItemRow & { date: string | null; id: string }>(
      this.prisma.pool,
      Prisma.sql`
      SELECT ${STATEMENT_ITEM_JSON} AS item, date, id
      FROM statements
      WHERE ${Prisma.join(where, ' AND ')}
      ORDER BY date DESC NULLS LAST, id ASC
      LIMIT ${limit + 1}`,
    );
    return toJsonPage(rows, limit, (r) => [r.date, r.id]);
  }
}
