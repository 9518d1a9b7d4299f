import { NotFoundException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Prisma, PrismaService, queryRows, type EnvoyModel } from '@newsroom/database';
import { groupTrips, type TripVisit } from '@newsroom/read-models';
import { JsonText, type JsonItemRow } from '../../common/json-text';
import { ENVOY_COLUMNS, envoyView, VISIT_COORDINATES, VISIT_ITEM_JSON } from '../itinerary-views';
import { GetItineraryQuery, type Itinerary, type ItineraryAnswer } from './get-itinerary.query';

/** The queries of an itinerary: the envoy, and its visits in the range, each serialised as the list route gives it with the few fields the trips need beside it. */
export function itinerarySql({ envoyId, params: { from, to } }: Pick<GetItineraryQuery, 'envoyId' | 'params'>): { envoy: Prisma.Sql; visits: Prisma.Sql } {
  const range = [from ? Prisma.sql`AND date >= ${from}` : Prisma.empty, to ? Prisma.sql`AND date <= ${to}` : Prisma.empty];
  return {
    envoy: Prisma.sql`SELECT ${ENVOY_COLUMNS} FROM envoys WHERE id = ${envoyId}`,
    visits: Prisma.sql`
      SELECT ${VISIT_ITEM_JSON} AS item, id, envoy, city, country, date, end_date AS "endDate", mode, ${VISIT_COORDINATES} AS coordinates
      FROM visits
      WHERE envoy_id = ${envoyId} ${range[0]} ${range[1]}
      ORDER BY date ASC NULLS LAST, id ASC`,
  };
}

/** An envoy's merged visits in a date range and the trips they form. */
@QueryHandler(GetItineraryQuery)
export class GetItineraryHandler implements IQueryHandler<GetItineraryQuery> {
  constructor(private readonly prisma: PrismaService) {}

  async execute(query: GetItineraryQuery): Promise<ItineraryAnswer> {
    const db = this.prisma.pool;
    const sql = itinerarySql(query);
    const [[envoy], rows] = await Promise.all([queryRows<EnvoyModel>(db, sql.envoy), queryRows<JsonItemRow & TripVisit>(db, sql.visits)]);
    if (!envoy) throw new NotFoundException(`envoy ${query.envoyId} not found`);
    const envoyJson = JSON.stringify(envoyView(envoy));
    const visitsJson = `[${rows.map((r) => r.item).join(',')}]`;
    const tripsJson = JSON.stringify(groupTrips(rows).map(({ envoy: _envoy, ...trip }) => trip));
    const json = new JsonText<Itinerary>(`{"envoy":${envoyJson},"visits":${visitsJson},"trips":${tripsJson}}`);
    return { json, itinerary: () => JSON.parse(json.text) as Itinerary };
  }
}
