/**
 * Places: cities (GeoNames-derived gazetteer plus curated venues) and countries in a
 * sentence, with a flag telling whether the place is used as a location ("in Doha",
 * "visited Kabul") or as a metonym for a government ("Islamabad said", "Kabul's").
 */
import { CAPITAL_BY_CC, CITY_BY_SURFACE, COUNTRY_BY_SURFACE, DEMONYMS, VENUE_CITY, stateNamed } from '../knowledge';

export interface PlaceMention {
  start: number; // offset within the sentence text
  end: number;
  surface: string;
  city: string | null;
  cc: string;
  /** preceded by a locative preposition or a visit verb */
  locative: boolean;
  /** used for a government: "Islamabad said", "Washington's", "Kabul government" */
  metonym: boolean;
  /** part of a title: "envoy to Afghanistan", "ambassador in Pakistan", "forces in Afghanistan" */
  inTitle: boolean;
}

const CAND_RE = /[\p{Lu}][\p{L}\p{M}'’.\-]*(?:\s+(?:(?:el|al|es|as|ad|de|del|du|la|le|of|the|i|e)-?\s*)?[\p{Lu}][\p{L}\p{M}'’.\-]*){0,3}/gu;
const LOCATIVE_BEFORE =
  /(?:\b(?:in|at|to|into|inside|towards?|from|via|near|outside|reached|visited|visiting|visit|visits|toured|touring|tour of|trip to|arrived|arrives|arriving|landed|landing|lands|arrive|reach|reaching|left|leave|leaving|departed|travel(?:led|ed|s|ing)? to|flew to|headed to|heads to|head to|stop in|stops in|stopover in|hosted in|held in|meeting in|talks in)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+ )?capital(?:,)?\s+(?:city\s+)?(?:of\s+)?|(?:[a-z-]+\s+){0,2}?(?:city|town|garrison city|port city|port|resort|resort city|resort town|border town|village|enclave) of\s+)?)$/i;
/** "on the sidelines (margins, fringes) of the Antalya Diplomacy Forum", "at the Munich Security Conference": a gathering named after its city */
const FORUM_OF_CITY =
  /\b(?:(?:sidelines|margins?|fringes?) of|at|attend(?:s|ed|ing)?|during)\s+the\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?\s+(?:Diplomacy\s+|Security\s+|Peace\s+|Economic\s+)?(?:Forum|Conference|Summit|Dialogue)\b|\b(?:attend(?:s|ed|ing)?|took part in|taking part in|participated in)\s+the\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?\s+(?:meeting|talks|summit|conference|round|negotiations|session)\b/u;
/** After a city: a process, format or agreement named after it ("the Algiers process", "the Astana format"). */
const PROCESS_AFTER_CITY = /^\s+(?:peace\s+)?(?:process|format|agreements?|accords?|declaration|protocol|framework|communiqu[eé])(?![\wÀ-ÿ])/i;
/**
 * Before a place: a truce or pull-back that concerns it ("a ceasefire in the port city of", "withdrawal of forces
 * from"); a bare "signed a ceasefire in Havana" names where it was signed.
 */
const DEAL_SUBJECT_BEFORE =
  /\b(?:ceasefire|cease-fire|truce|withdrawal|redeployment|pull-?back|demilitari[sz]ation)\s+(?:of\s+(?:[\w-]+\s+){0,3})?(?:(?:from|around|for)\s+(?:the\s+)?|(?:in|of)\s+the\s+(?:[a-z-]+\s+){0,2}?(?:city|port|town|province|region|governorate)\s+of\s+)$/i;
/** After a state's name: a mission of that state abroad ("at the U.S. mission", "at the Norwegian embassy"), not the state itself. */
const STATE_MISSION_AFTER = /^\s+(?:embassy|mission|consulate|legation|ambassador['’]s residence)\b/i;
/**
 * After a state's name: the title of a minister or envoy who travels ("US Secretary of State", "Qatar Foreign Minister"),
 * capitalised as titles are (a head of state or government met, "UAE President X", still hints at the place).
 */
const STATE_TITLE_AFTER =
  /^\s+(?:Secretary\s+of\s+State|Secretary-General|Foreign\s+Secretary|(?:Deputy\s+)?(?:Foreign|Defen[cs]e)\s+Minister|(?:Special\s+)?(?:Envoy|Representative)|Ambassador|National\s+Security\s+Advis[eo]r)\b/u;
const METONYM_AFTER = /^(?:['’]s?\b|\s+(?:(?:acting|interim|deputy|former|foreign|defen[cs]e)\s+)?(?:prime minister|minister|president|envoy|ambassador|delegation|negotiators?|mediators?|counterpart|intelligence chief)\b|\s+(?:said|says|has|have|had|is|was|will|would|announced|accused|denied|rejected|wants|insisted|warned|government|administration|regime|authorities|officials|leadership|told|urged|believes|responded|called|sees|views|must))\b/;
// ("the Qatari prime minister in Paris": a minister, president or leader is "of" a place; "in" places the person)
// ("will head to Tehran": a head is "of" something)
const AT_OWN_OFFICE_BEFORE = /\b(?:at|in|to)\s+(?:his|her|their|its)\s+(?:[\w-]+\s+)?(?:office|offices|residence|headquarters)\s+in\s+$/i;
/** "held talks at the Omani embassy in Rome": a state's mission named as the venue is where the talks were, not a title */
const AT_MISSION_VENUE_BEFORE = /\b(?:at|inside)\s+the\s+[\p{Lu}][\p{L}.'’-]*\s+(?:embassy|consulate)\s+in\s+$/u;
const TITLE_BEFORE =
  /\b(?:head\s+of|(?:envoy|representative|ambassador|minister|commander|forces|troops|mission|army|chief|secretary|embassy|consul|president|leader|spokesman|spokesperson|director|coordinator|adviser|advisor|reconciliation|peace|affairs|office|delegate|negotiator|mediator|chargé d'affaires)\s+(?:to|for|of|on)|(?:envoy|representative|ambassador|commander|forces|troops|mission|army|chief|secretary|embassy|consul|head|spokesman|spokesperson|director|coordinator|adviser|advisor|reconciliation|peace|affairs|office|delegate|negotiator|mediator|chargé d'affaires)\s+(?:in|at))\s+(?:the\s+)?$/i;

export function findPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  const usStateStarts = new Set<number>();
  CAND_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAND_RE.exec(text))) {
    const words = m[0];
    // try the longest prefix that is a place, then shift by one word
    const parts = words.split(/\s+/);
    let offset = m.index;
    let i = 0;
    while (i < parts.length) {
      let matched = false;
      for (let len = Math.min(4, parts.length - i); len >= 1; len--) {
        if (len > 1 && !MULTIWORD_FIRST.has(parts[i])) continue;
        let surf = parts.slice(i, i + len).join(' ');
        surf = surf.replace(/[.,]$/, '');
        let bare = surf.replace(/['’]s?$/, '');
        const city = CITY_BY_SURFACE.get(bare);
        const ccCountry = COUNTRY_BY_SURFACE.get(bare);
        if (!city && !ccCountry) continue;
        const start = text.indexOf(bare, offset);
        if (start < 0) continue;
        const end = start + bare.length;
        const before = text.slice(Math.max(0, start - 60), start);
        const after = text.slice(end, end + 30);
        // "the Qatari capital Doha"
        // ("in Kenya's capital Nairobi": the capital named by its state's possessive)
        const capitalOf = /\b(?:the\s+)?[A-Z][a-z]+(?:['’]s)?\s+capital,?\s+$/.test(before);
        // "resulting from the Algiers process", "under the Minsk agreements": a city naming a process, not a location
        const namesProcess = /\bthe\s+$/i.test(before) && PROCESS_AFTER_CITY.test(after);
        const stateMission = !!ccCountry && !city && STATE_MISSION_AFTER.test(after);
        // ("agreed on a ceasefire in the port city of Hodeidah": the place a deal is about, not where it was made)
        const dealSubject = DEAL_SUBJECT_BEFORE.test(before);
        // ("met US Secretary of State John Kerry", "with Qatar Foreign Minister X"): a state named right before a title
        // is the holder's nationality, not a place
        const nationalityOfTitle = !!ccCountry && !city && STATE_TITLE_AFTER.test(after);
        const locative = (LOCATIVE_BEFORE.test(before) || capitalOf || FORUM_OF_CITY.test(before + bare + after)) && !namesProcess && !stateMission && !dealSubject && !nationalityOfTitle;
        const metonym = !locative && METONYM_AFTER.test(after);
        // "at his office in Addis Ababa" is where someone was, not part of a title ("head of the UN office in Kabul")
        const inTitle = (TITLE_BEFORE.test(before) && !AT_OWN_OFFICE_BEFORE.test(before) && !AT_MISSION_VENUE_BEFORE.test(before)) || nationalityOfTitle;
        if (city && (!ccCountry || len > 1 || city.name !== bare || !COUNTRY_BY_SURFACE.has(bare))) {
          // "near Queenstown, Maryland", "in Dayton, Ohio": a town followed by a US state is that state's town, not a
          // namesake abroad (the state itself, "Virginia", is then no place of its own)
          const usState = US_STATE_AFTER_RE.exec(after);
          if (usState) {
            usStateStarts.add(end + usState[0].length - usState[1].length);
            out.push({ start, end, surface: bare, city: city.cc === 'US' ? city.name : bare, cc: 'US', locative, metonym, inTitle });
          } else if (city.cc !== 'US' && US_STATE_SET.has(bare)) {
            // "met in Florida": a US state written alone is that state (no city), not a namesake town abroad
            out.push({ start, end, surface: bare, city: null, cc: 'US', locative, metonym, inTitle });
          } else out.push({ start, end, surface: bare, city: city.name, cc: city.cc, locative, metonym, inTitle });
        } else if (ccCountry) {
          // "talks in Djibouti", "arrived in Kuwait": where a state and its capital share the name (or the capital is
          // "<state> City"), a place of talks is the city
          const capital = CAPITAL_BY_CC.get(ccCountry)?.name;
          const sameNameCapital = locative && (capital === bare || capital === `${bare} City`);
          out.push({ start, end, surface: bare, city: sameNameCapital ? capital : null, cc: ccCountry, locative, metonym, inTitle });
        }
        offset = end;
        i += len;
        matched = true;
        break;
      }
      if (!matched) {
        offset = text.indexOf(parts[i], offset) + parts[i].length;
        i++;
      }
    }
  }
  for (let k = out.length - 1; k >= 0; k--) if (usStateStarts.has(out[k].start)) out.splice(k, 1);
  // A town the gazetteer lacks, written just before a place it knows: `re` matches the end of the `window` characters
  // before the place, its first group the town; null when the town overlaps a place already found.
  const townBefore = (p: PlaceMention, re: RegExp, window: number) => {
    const before = text.slice(Math.max(0, p.start - window), p.start);
    const m2 = re.exec(before);
    if (!m2) return null;
    const start = p.start - m2[0].length + m2[0].indexOf(m2[1]);
    const end = start + m2[1].length;
    return out.some((q) => q.start < end && q.end > start) ? null : { start, end, surface: m2[1], before };
  };
  // "in Argyle, St Vincent and the Grenadines", "at Bürgenstock, Switzerland": a town placed by its country; "at the
  // Korczowa border crossing in Poland", "at the Rafah crossing point in Egypt": a border town named by its crossing,
  // placed by the country written after it
  for (const [re, window] of [
    [TOWN_COMMA_RE, 60],
    [TOWN_CROSSING_RE, 80],
  ] as const) {
    for (const p of [...out]) {
      if (p.city || p.inTitle) continue;
      const town = townBefore(p, re, window);
      if (town) out.push({ start: town.start, end: town.end, surface: town.surface, city: town.surface, cc: p.cc, locative: true, metonym: false, inTitle: false });
    }
  }
  // "in Rimbo, north of Stockholm", "at Gammarth, a seaside suburb of Tunis": a town placed by the place it lies near
  // (a suburb or district is part of its city, so the meeting is in that city)
  for (const p of [...out]) {
    if (p.inTitle) continue;
    const town = townBefore(p, TOWN_NEAR_RE, 90);
    if (!town) continue;
    const partOfCity = !!p.city && /\b(?:suburb|district|neighbou?rhood|quarter)\s+of\s+$/i.test(town.before);
    out.push({ start: town.start, end: town.end, surface: town.surface, city: partOfCity ? p.city : town.surface, cc: p.cc, locative: true, metonym: false, inTitle: false });
  }
  // "the Qatari capital", "the Syrian capital", "Sudan's capital" used without the city's name
  CAPITAL_RE.lastIndex = text.includes('capital') ? 0 : text.length;
  while ((m = CAPITAL_RE.exec(text))) {
    const cc = countryOf(m[1] ?? m[2]);
    const cap = cc ? CAPITAL_BY_CC.get(cc) : undefined;
    if (!cap) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (out.some((p) => p.start < end + 2 && p.end > start)) continue; // "the Qatari capital Doha" is already there
    const before = text.slice(Math.max(0, start - 60), start);
    out.push({ start, end, surface: m[0], city: cap.name, cc: cap.cc, locative: LOCATIVE_BEFORE.test(before), metonym: false, inTitle: false });
  }
  // "began in Sanaa, when X visited the Houthi-controlled capital": a capital described, not named, is the city
  // named before it in the sentence
  if (text.includes('capital')) {
    DESCRIBED_CAPITAL_RE.lastIndex = 0;
    while ((m = DESCRIBED_CAPITAL_RE.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((p) => p.start < end + 2 && p.end > start)) continue;
      const named = out.filter((p) => p.city && p.end <= start).pop();
      if (!named) continue;
      const before = text.slice(Math.max(0, start - 60), start);
      out.push({ start, end, surface: m[0], city: named.city, cc: named.cc, locative: LOCATIVE_BEFORE.test(before), metonym: false, inTitle: false });
    }
  }
  // "at the White House", "in the Kremlin": a building places the meeting in its city
  if (VENUE_RE) {
    VENUE_RE.lastIndex = 0;
    while ((m = VENUE_RE.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (!/\b(?:at|in|inside|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
      // a venue's name wins over a town named inside it ("at Bayan Palace" is in Kuwait City, not Bayan in China)
      if (out.some((p) => p.start < end && p.end > start && (p.start < start || p.end > end))) continue;
      for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= start && out[k].end <= end) out.splice(k, 1);
      const c = VENUE_CITY.get(m[0])!;
      out.push({ start, end, surface: m[0], city: c.name, cc: c.cc, locative: true, metonym: false, inTitle: false });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

const VENUE_RE = VENUE_CITY.size
  ? new RegExp(`(?<![\\p{L}])(?:${[...VENUE_CITY.keys()].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^\${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'gu')
  : null;

/** First words of multi-word city and country names: only they can start a longer place name. */
const MULTIWORD_FIRST = new Set<string>();
for (const names of [CITY_BY_SURFACE.keys(), COUNTRY_BY_SURFACE.keys()]) {
  for (const n of names) {
    const sp = n.split(/\s+/);
    if (sp.length > 1) MULTIWORD_FIRST.add(sp[0]);
  }
}

/** The US states written after a town's comma ("Queenstown, Maryland"); Georgia is left out (also a state abroad). */
const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington State|West Virginia|Wisconsin|Wyoming';
const US_STATE_SET = new Set(US_STATES.split('|'));
const US_STATE_AFTER_RE = new RegExp(`^,\\s+(${US_STATES})(?![\\p{L}])`, 'u');
const TOWN_NEAR_RE =
  /\b(?:in|at)\s+((?!(?:the|The)\b)[\p{Lu}][\p{L}’'-]+(?:\s[\p{Lu}][\p{L}’'-]+){0,2}),\s+(?:(?:some|about|just|\d+\s*(?:km|kilometres|kilometers|miles))\s+)*(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|an?\s+(?:[\w-]+\s+){0,2}?(?:suburb|district|neighbou?rhood|quarter|town|village|resort)\s+(?:of|near|outside))\s+$/u;
const TOWN_CROSSING_RE = /\bat\s+the\s+((?!(?:the|The)\b)[\p{Lu}][\p{L}’'-]+(?:\s[\p{Lu}][\p{L}’'-]+){0,1})\s+(?:border\s+)?(?:crossing(?:\s+point)?|checkpoint|border\s+post)\s+(?:in|on\s+the\s+[\w-]+\s+side\s+of)\s+(?:the\s+)?$/u;
const TOWN_COMMA_RE = /\b(?:in|at)\s+((?!(?:the|The)\b)[\p{Lu}][\p{L}’'-]+(?:\s[\p{Lu}][\p{L}’'-]+){0,2}),\s*$/u;
/** "the Houthi-controlled capital", "the rebel-held capital": a capital described by a hyphenated modifier. */
const DESCRIBED_CAPITAL_RE = /\bthe\s+[\p{L}]+-(?:controlled|held|run|occupied)\s+capital\b(?!\s*,?\s*[\p{Lu}])/gu;
const CAPITAL_RE = /\bthe\s+((?:[\p{Lu}][\p{L}.]+\s){0,2}[\p{Lu}][\p{L}.]+)\s+capital\b(?!\s*,?\s*[\p{Lu}])|\b([\p{Lu}][\p{L}]+)['’]s\s+capital\b(?!\s*,?\s*[\p{Lu}])/gu;

/** Country code of a demonym or country name ("Pakistani", "Pakistan's", "South Sudanese"). */
export function countryOf(phrase: string): string | null {
  return stateNamed(phrase);
}

/** States that seceded from another, with the last day they were part of it (the gazetteer gives today's codes). */
const PART_OF_UNTIL: Record<string, { of: string; until: string }> = {
  SS: { of: 'SD', until: '2011-07-08' },
  ER: { of: 'ET', until: '1993-05-23' },
  TL: { of: 'ID', until: '1999-10-24' },
};

/** Whether a place coded `placeCc` lay in the state `stateCc` on `day` (Rumbek was in Sudan in 2005). */
export function placeWithinStateOn(placeCc: string, stateCc: string, day: string | null): boolean {
  if (placeCc === stateCc) return true;
  const part = PART_OF_UNTIL[placeCc];
  return !!part && part.of === stateCc && !!day && day <= part.until;
}
