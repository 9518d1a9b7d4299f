import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Prisma, PrismaService, queryRows } from '@newsroom/database';
import { toJsonPage, type JsonItemRow, type JsonText } from '../../common/json-text';
import { decodeCursor } from '../../common/pagination';
import { VISIT_ITEM_JSON } from '../itinerary-views';
import { ListVisitsQuery, type VisitPage } from './list-visits.query';

/** Merged visits by day (undated last), filtered by envoy, place, dates and mode. */
@QueryHandler(ListVisitsQuery)
export class ListVisitsHandler implements IQueryHandler<ListVisitsQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ params: { envoy, country, city, from, to, mode, limit, cursor } }: ListVisitsQuery): Promise<JsonText<VisitPage>> {
    const after = decodeCursor(cursor, 2);
    const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
    if (envoy) where.push(Prisma.sql`envoy_id = ${envoy}`);
    if (country) where.push(Prisma.sql`country = ${country}`);
    if (city) where.push(Prisma.sql`lower(city) = lower(${city})`);
    if (mode) where.push(Prisma.sql`mode = ${mode}`);
    if (from) where.push(Prisma.sql`date >= ${from}`);
    if (to) where.push(Prisma.sql`date <= ${to}`);
    if (after) {
      const [date, id] = after as [string | null, string];
      where.push(
        date === null
          ? Prisma.sql`(date IS NULL AND id > ${id})`
          : Prisma.sql`(date > ${date} OR (date = ${date} AND id > ${id}) OR date IS NULL)`,
      );
    }
    const rows = await queryRows<JsonItemRow & { date: string | null; id: string }>(
      this.prisma.pool,
      Prisma.sql`
      SELECT ${VISIT_ITEM_JSON} AS item, date, id
      FROM visits
      WHERE ${Prisma.join(where, ' AND ')}
      ORDER BY date ASC NULLS LAST, id ASC
      LIMIT ${limit + 1}`,
    );
    return toJsonPage(rows, limit, (r) => [r.date, r.id]);
  }
}
