// Trips: an envoy's consecutive visits grouped into one journey (Washington -> Islamabad -> Kabul -> Doha).
import { daysBetween } from '../shared/source';
import type { MergedVisit } from './merge-visits';

/** Visits at most this many days apart belong to one journey. */
export const TRIP_GAP_DAYS = 4;

export interface TripStop {
  visitId: string;
  city: string | null;
  country: string | null;
  date: string;
  /** [longitude, latitude] for maps, when the place is known to the gazetteer. */
  coordinates: [number, number] | null;
}

export interface Trip {
  envoy: string;
  from: string;
  to: string;
  stops: TripStop[];
}

/** What grouping needs of a visit: a merged visit with the coordinates of its place. */
export type TripVisit = Pick<MergedVisit, 'id' | 'envoy' | 'city' | 'country' | 'date' | 'endDate' | 'mode'> & {
  coordinates: [number, number] | null;
};

/** Groups the dated, in-person visits of ONE envoy into trips, ordered by day. */
export function groupTrips(visits: TripVisit[]): Trip[] {
  const dated = visits.filter((v) => v.mode === 'in_person' && v.date).sort((a, b) => a.date!.localeCompare(b.date!) || a.id.localeCompare(b.id));
  const trips: Trip[] = [];
  for (const v of dated) {
    const stop: TripStop = { visitId: v.id, city: v.city, country: v.country, date: v.date!, coordinates: v.coordinates };
    const open = trips.at(-1);
    if (open && daysBetween(open.to, v.date!) <= TRIP_GAP_DAYS) {
      open.stops.push(stop);
      open.to = v.endDate ?? v.date!;
    } else trips.push({ envoy: v.envoy, from: v.date!, to: v.endDate ?? v.date!, stops: [stop] });
  }
  return trips;
}
