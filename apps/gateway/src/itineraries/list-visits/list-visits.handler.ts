import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Prisma, PrismaService } from '@newsroom/database';
import { datedJsonPage, type DatedPageQuery, type JsonText } from '../../common/json-text';
import { VISIT_ITEM_JSON } from '../itinerary-views';
import { ListVisitsQuery, type VisitPage } from './list-visits.query';

/** The page query of the visit list: merged visits by day (undated last), filtered by envoy, place, dates and mode. */
export function visitPageQuery({ envoy, country, city, from, to, mode, limit, cursor }: ListVisitsQuery['params']): DatedPageQuery {
  const filters: Prisma.Sql[] = [];
  if (envoy) filters.push(Prisma.sql`envoy_id = ${envoy}`);
  if (country) filters.push(Prisma.sql`country = ${country}`);
  if (city) filters.push(Prisma.sql`lower(city) = lower(${city})`);
  if (mode) filters.push(Prisma.sql`mode = ${mode}`);
  if (from) filters.push(Prisma.sql`date >= ${from}`);
  if (to) filters.push(Prisma.sql`date <= ${to}`);
  return { item: VISIT_ITEM_JSON, from: Prisma.sql`visits`, filters, newestFirst: false, cursor, limit };
}

@QueryHandler(ListVisitsQuery)
export class ListVisitsHandler implements IQueryHandler<ListVisitsQuery> {
  constructor(private readonly prisma: PrismaService) {}

  execute({ params }: ListVisitsQuery): Promise<JsonText<VisitPage>> {
    return datedJsonPage(this.prisma.pool, visitPageQuery(params));
  }
}
