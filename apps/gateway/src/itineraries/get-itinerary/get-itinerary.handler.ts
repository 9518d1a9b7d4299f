import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Prisma, PrismaService, queryRows, type EnvoyModel } from '@newsroom/database';
import { groupTrips } from '@newsroom/read-models';
import { ENVOY_COLUMNS, envoyView, VISIT_COLUMNS, visitView, type Visit } from '../itinerary-views';
import { GetItineraryQuery, type Itinerary } from './get-itinerary.query';

/** An envoy's merged visits in a date range and the trips they form. */
@QueryHandler(GetItineraryQuery)
export class GetItineraryHandler implements IQueryHandler<GetItineraryQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ envoyId, params: { from, to } }: GetItineraryQuery): Promise<Itinerary> {
    const db = this.prisma.pool;
    const range = [from ? Prisma.sql`AND date >= ${from}` : Prisma.empty, to ? Prisma.sql`AND date <= ${to}` : Prisma.empty];
    const [[envoy], rows] = await Promise.all([
      queryRows<EnvoyModel>(db, Prisma.sql`SELECT ${ENVOY_COLUMNS} FROM envoys WHERE id = ${envoyId}`),
      queryRows<Visit>(
        db,
        Prisma.sql`
          SELECT ${VISIT_COLUMNS}
          FROM visits
          WHERE envoy_id = ${envoyId} ${range[0]} ${range[1]}
          ORDER BY date ASC NULLS LAST, id ASC`,
      ),
    ]);
    if (!envoy) throw new NotFoundException(`envoy ${envoyId} not found`);
    const visits = rows.map(visitView);
    const trips = groupTrips(visits).map(({ envoy: _envoy, ...trip }) => trip);
    return { envoy: envoyView(envoy), visits, trips };
  }
}
