import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PrismaService } from '@newsroom/database';
import { groupTrips } from '@newsroom/read-models';
import { envoyView, visitView } from '../itinerary-views';
import { GetItineraryQuery, type Itinerary } from './get-itinerary.query';

/** An envoy's merged visits in a date range and the trips they form. */
@QueryHandler(GetItineraryQuery)
export class GetItineraryHandler implements IQueryHandler<GetItineraryQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute({ envoyId, params: { from, to } }: GetItineraryQuery): Promise<Itinerary> {
    const db = this.prisma.client;
    const envoy = await db.envoy.findUnique({ where: { id: envoyId } });
    if (!envoy) throw new NotFoundException(`envoy ${envoyId} not found`);
    const ranged = from || to;
    const rows = await db.visit.findMany({
      where: { envoyId, ...(ranged ? { date: { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) } } : {}) },
      orderBy: [{ date: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    });
    const visits = rows.map(visitView);
    const trips = groupTrips(visits).map(({ envoy: _envoy, ...trip }) => trip);
    return { envoy: envoyView(envoy), visits, trips };
  }
}
