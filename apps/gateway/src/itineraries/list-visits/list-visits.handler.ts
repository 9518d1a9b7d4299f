import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PrismaService, type Prisma } from '@newsroom/database';
import { decodeCursor, toPage } from '../../common/pagination';
import { visitView } from '../itinerary-views';
import { ListVisitsQuery, type VisitPage } from './list-visits.query';

/** Merged visits by day (undated last), filtered by envoy, place, dates and mode. */
@QueryHandler(ListVisitsQuery)
export class ListVisitsHandler implements IQueryHandler<ListVisitsQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ params: { envoy, country, city, from, to, mode, limit, cursor } }: ListVisitsQuery): Promise<VisitPage> {
    const after = decodeCursor(cursor, 2);
    const conditions: Prisma.VisitWhereInput[] = [];
    if (envoy) conditions.push({ envoyId: envoy });
    if (country) conditions.push({ country });
    if (city) conditions.push({ city: { equals: city, mode: 'insensitive' } });
    if (mode) conditions.push({ mode });
    if (from || to) conditions.push({ date: { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) } });
    if (after) {
      const [date, id] = after as [string | null, string];
      conditions.push(
        date === null
          ? { date: null, id: { gt: id } }
          : { OR: [{ date: { gt: date } }, { date, id: { gt: id } }, { date: null }] },
      );
    }
    const rows = await this.prisma.client.visit.findMany({
      where: { AND: conditions },
      orderBy: [{ date: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      take: limit + 1,
    });
    return toPage(rows, limit, (r) => [r.date, r.id], visitView);
  }
}
