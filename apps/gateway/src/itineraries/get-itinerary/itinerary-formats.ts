import type { Itinerary } from './get-itinerary.query';

/** One CSV line per visit (RFC 4180 quoting), for spreadsheets. */
export function itineraryCsv({ visits }: Itinerary): string {
  const quote = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const header = ['visit_id', 'envoy', 'date', 'end_date', 'city', 'country', 'mode', 'longitude', 'latitude', 'counterparts', 'companions', 'corroboration', 'confirmed_by', 'article_ids'];
  const lines = visits.map((v) =>
    [
      v.id,
      v.envoy,
      v.date,
      v.endDate,
      v.city,
      v.country,
      v.mode,
      v.coordinates?.[0],
      v.coordinates?.[1],
      v.counterparts.map((c) => c.name).join('; '),
      v.companions.map((c) => c.name).join('; '),
      v.corroboration,
      v.confirmedBy,
      v.sources.map((s) => s.articleId).join('; '),
    ]
      .map(quote)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

/** GeoJSON: a point per located visit and a line per trip with two or more located stops, for maps. */
export function itineraryGeoJson({ envoy, visits, trips }: Itinerary) {
  const points = visits
    .filter((v) => v.coordinates)
    .map((v) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: v.coordinates! },
      properties: { kind: 'visit', id: v.id, envoy: v.envoy, city: v.city, country: v.country, date: v.date, mode: v.mode, corroboration: v.corroboration },
    }));
  const lines = trips
    .map((t) => ({ trip: t, coordinates: t.stops.flatMap((s) => (s.coordinates ? [s.coordinates] : [])) }))
    .filter(({ coordinates }) => coordinates.length >= 2)
    .map(({ trip, coordinates }) => ({
      type: 'Feature' as const,
      geometry: { type: 'LineString' as const, coordinates },
      properties: { kind: 'trip', envoy: envoy.name, from: trip.from, to: trip.to, stops: trip.stops.map((s) => s.city ?? s.country) },
    }));
  return { type: 'FeatureCollection' as const, features: [...points, ...lines] };
}
