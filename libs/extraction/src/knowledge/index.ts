/**
 * Loads the bundled knowledge files once, at module load, and indexes them.
 * Everything here is immutable after load; `KNOWLEDGE_HASH` digests the files' contents.
 */
import { createHash } from 'node:crypto';
import actorsFile from './actors.json';
import institutionsFile from './institutions.json';
import tracksFile from './tracks.json';
import placesFile from './places.json';
import gazetteerFile from './gazetteer.json';
import countriesEn from 'i18n-iso-countries/langs/en.json';
import { foldKey } from '../util/text';

export type RoleKind =
  | 'envoy'
  | 'minister'
  | 'military'
  | 'head_of_state'
  | 'head_of_government'
  | 'diplomat'
  | 'spokesperson'
  | 'leader'
  | 'negotiator'
  | 'official';

export interface Role {
  title: string;
  kind: string;
  from?: string;
  to?: string;
  /** The city where the holder lives or keeps office while holding the role (a leader in exile, a UN envoy's office). */
  basedIn?: string;
}
export interface Person {
  name: string;
  aliases: string[];
  country: string | null;
  roles: Role[];
}
export interface InstitutionDef {
  name: string;
  patterns: string[];
  country?: string;
  generic?: boolean;
  needsCountry?: boolean;
  group?: boolean;
}
export interface TrackDef {
  track: string;
  patterns: string[];
  context: string[];
}

export const PEOPLE: Person[] = (actorsFile as { people: Person[] }).people.map((p) => ({
  name: p.name,
  aliases: p.aliases ?? [],
  country: p.country ?? null,
  roles: p.roles ?? [],
}));

/** A name with the Arabic article written both ways: "Al Thani" and "Al-Thani" are one name. */
function articleSpellings(name: string): string[] {
  const hyphened = name.replace(/\b([Aa]l|[Ee]l) (?=\p{Lu})/gu, '$1-');
  const spaced = name.replace(/\b([Aa]l|[Ee]l)-(?=\p{Lu})/gu, '$1 ');
  return [...new Set([name, hyphened, spaced])];
}

/** folded name or alias -> person (an alias shared by two people is dropped). */
export const PERSON_BY_NAME = new Map<string, Person>();
{
  const clash = new Set<string>();
  for (const p of PEOPLE) {
    for (const n of [p.name, ...p.aliases].flatMap(articleSpellings)) {
      const k = foldKey(n);
      const prev = PERSON_BY_NAME.get(k);
      if (prev && prev !== p) clash.add(k);
      else PERSON_BY_NAME.set(k, p);
    }
  }
  for (const k of clash) PERSON_BY_NAME.delete(k);
}
/** Longest alias length in tokens, to bound look-ups. */
export const MAX_NAME_TOKENS = Math.max(1, ...[...PERSON_BY_NAME.keys()].map((k) => k.split(' ').length));

export const INSTITUTIONS: InstitutionDef[] = (institutionsFile as { institutions: InstitutionDef[] }).institutions;
export const TRACKS: TrackDef[] = (tracksFile as { tracks: TrackDef[] }).tracks;

interface PlacesFile {
  cities: Record<string, string>;
  cityAliases: Record<string, string>;
  countryAliases: Record<string, string | null>;
  demonyms: Record<string, string>;
  countryShort: Record<string, string>;
  notCities: string[];
  venues?: Record<string, string>;
}
const places = placesFile as unknown as PlacesFile;

export interface CityEntry {
  name: string; // English output name
  cc: string;
  capital: boolean;
}
/** surface form (exact case) -> city */
export const CITY_BY_SURFACE = new Map<string, CityEntry>();
const NOT_CITIES = new Set(places.notCities);
for (const [name, v] of Object.entries(gazetteerFile as unknown as Record<string, [string, number]>)) {
  if (NOT_CITIES.has(name)) continue;
  CITY_BY_SURFACE.set(name, { name, cc: v[0], capital: v[1] >= 1e9 });
}
for (const [name, cc] of Object.entries(places.cities)) {
  const prev = CITY_BY_SURFACE.get(name);
  CITY_BY_SURFACE.set(name, { name, cc, capital: prev?.capital ?? false });
}
/** ISO alpha-2 -> its capital (the gazetteer's PPLC entry; curated `capitals` override). */
export const CAPITAL_BY_CC = new Map<string, CityEntry>();
for (const c of CITY_BY_SURFACE.values()) if (c.capital && !CAPITAL_BY_CC.has(c.cc)) CAPITAL_BY_CC.set(c.cc, c);
for (const [cc, name] of Object.entries((places as unknown as { capitals?: Record<string, string> }).capitals ?? {})) {
  const c = CITY_BY_SURFACE.get(name);
  if (c) CAPITAL_BY_CC.set(cc, c);
}
for (const [alias, name] of Object.entries(places.cityAliases)) {
  const target = CITY_BY_SURFACE.get(name);
  if (target) CITY_BY_SURFACE.set(alias, target);
}
// ("San Vicente del Caguan", "Bogota", "Zurich": outlets that drop accents still name the accented place, if it is a
// curated place, a capital or a city of 100,000; a folded spelling that is some other place's own name keeps that place,
// and one that is a word of a known person's name ("Bush", not Egypt's Būsh) is no place)
{
  const personWords = new Set(PEOPLE.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => n.split(/\s+/))));
  const gazetteer = gazetteerFile as unknown as Record<string, [string, number]>;
  for (const [surface, c] of [...CITY_BY_SURFACE.entries()]) {
    const folded = surface.normalize('NFD').replace(/\p{M}/gu, '');
    if (folded === surface || CITY_BY_SURFACE.has(folded) || NOT_CITIES.has(folded) || personWords.has(folded)) continue;
    if (!(surface in places.cities) && !c.capital && (gazetteer[surface]?.[1] ?? 0) < 100000) continue;
    CITY_BY_SURFACE.set(folded, c);
  }
}

/** building -> the city it stands in ("White House" -> Washington); a place only when the text is at or in it */
export const VENUE_CITY = new Map<string, CityEntry>();
for (const [venue, city] of Object.entries(places.venues ?? {})) {
  const c = CITY_BY_SURFACE.get(city);
  if (c) VENUE_CITY.set(venue, c);
}

/** surface form -> ISO alpha-2 (official names, aliases and "the X" forms). */
export const COUNTRY_BY_SURFACE = new Map<string, string>();
export const COUNTRY_NAME = new Map<string, string>(); // cc -> short English name
{
  const cs = (countriesEn as { countries: Record<string, string | string[]> }).countries;
  for (const [cc, v] of Object.entries(cs)) {
    const names = Array.isArray(v) ? v : [v];
    for (const n of names) if (!/,/.test(n)) COUNTRY_BY_SURFACE.set(n, cc);
    const short = names.find((n) => !/,/.test(n)) ?? names[0];
    COUNTRY_NAME.set(cc, short);
  }
  for (const [n, cc] of Object.entries(places.countryAliases)) {
    if (cc) COUNTRY_BY_SURFACE.set(n, cc);
    else COUNTRY_BY_SURFACE.delete(n);
  }
  for (const [cc, n] of Object.entries(places.countryShort)) COUNTRY_NAME.set(cc, n);
  // two-letter forms like "US" are kept; others ("UK") come from countryAliases.
}
export const DEMONYMS = new Map<string, string>(Object.entries(places.demonyms));

/** The state a demonym or country name stands for, as written ("Qatari", "North Korean", "Sudan's"). */
export function stateNamed(phrase: string): string | null {
  const bare = phrase.replace(/['’]s?$/, '');
  return DEMONYMS.get(bare) ?? COUNTRY_BY_SURFACE.get(bare) ?? null;
}

/** The state a demonym stands for ("North Korean"); country names left out, as in titles they name the portfolio. */
export function demonymNamed(phrase: string): string | null {
  return DEMONYMS.get(phrase) ?? null;
}

/** Multi-word demonyms and country names are at most three words long ("Papua New Guinean"). */
const MAX_STATE_WORDS = 3;

/**
 * The state named by the last words of `words`, the longest reading first: "North Korean" is KP, not the
 * KR of its last word, and "South Sudanese" SS, not SD.
 */
export function stateEndingWords(words: readonly string[], named: (phrase: string) => string | null = stateNamed): string | null {
  for (let n = Math.min(MAX_STATE_WORDS, words.length); n >= 1; n--) {
    const cc = named(words.slice(words.length - n).join(' '));
    if (cc) return cc;
  }
  return null;
}

/** The state named by the first words of `words` (longest reading first) and how many words name it. */
export function stateLeadingWords(words: readonly string[]): { cc: string; words: number } | null {
  for (let n = Math.min(MAX_STATE_WORDS, words.length); n >= 1; n--) {
    const cc = stateNamed(words.slice(0, n).join(' '));
    if (cc) return { cc, words: n };
  }
  return null;
}

/** Deterministic digest of every knowledge file's content. */
export const KNOWLEDGE_HASH = createHash('sha256')
  .update(JSON.stringify([actorsFile, institutionsFile, tracksFile, placesFile, gazetteerFile, countriesEn]))
  .digest('hex')
  .slice(0, 10);
