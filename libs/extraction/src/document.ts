/**
 * One analysed article: cleaned blocks, sentences, actors, places, dates and quote
 * spans, shared by the visit, statement and status layers.
 */
import { clean, type Block } from './clean/clean';
import { splitSentences, type Sentence } from './sentences/split';
import { findActors, type Actors } from './actors/mentions';
import { countryOf, findPlaces, type PlaceMention } from './places/gazetteer';
import { CAPITAL_BY_CC } from './knowledge';
import { findDates, parseDates, type DateMention } from './dates/resolve';
import { WIRE_AFTER_DAY, whoClauseSpans } from './util/text';

export interface Quote {
  /** absolute offsets of the quoted words (without the marks) */
  start: number;
  end: number;
  /** absolute offsets including the quote marks */
  outerStart: number;
  outerEnd: number;
}

export interface Doc {
  raw: string;
  publishedAt: string | null;
  blocks: Block[];
  dateline: string | null;
  sentences: Sentence[];
  actors: Actors;
  /** places per sentence, found lazily by `placesOf` (body sentences only) */
  places: (PlaceMention[] | null)[];
  quotes: Quote[];
  /** dates per sentence, resolved past-biased and future-biased */
  datesPast: (DateMention[] | null)[];
  datesFuture: (DateMention[] | null)[];
  /** chrono's parse per sentence, shared by both resolutions (per document only) */
  parsedDates: (ReturnType<typeof parseDates> | null)[];
}

const PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['«', '»'],
  ['„', '“'],
];

/** Quotations in a block; an opening mark left open runs to the end of the block. */
function findQuotes(raw: string, block: Block): Quote[] {
  const out: Quote[] = [];
  const s = block.start;
  const e = block.end;
  // a closing mark searched for in vain is absent from the rest of the block: never search again
  const exhausted = new Set<string>();
  const MARKS = /[“«„"‘']/g;
  let i = s;
  while (i < e) {
    // jump to the next quotation mark
    MARKS.lastIndex = i;
    const next = MARKS.exec(raw);
    if (!next || next.index >= e) break;
    i = next.index;
    const ch = raw[i];
    let close: string | null = null;
    for (const [o, c] of PAIRS) if (ch === o) close = c;
    if (ch === '"') close = '"';
    if (ch === '‘' || (ch === "'" && (i === s || /[\s(\[—–-]/.test(raw[i - 1])) && /[\p{L}\p{N}]/u.test(raw[i + 1] ?? ''))) close = ch === '‘' ? '’' : "'";
    if (!close || exhausted.has(close)) {
      i++;
      continue;
    }
    let j = i + 1;
    let found = -1;
    while (j < e) {
      if (raw[j] === close) {
        if (close === '’' || close === "'") {
          // an apostrophe inside a word is not a closing mark
          if (/[\p{L}]/u.test(raw[j + 1] ?? '') && /[\p{L}]/u.test(raw[j - 1] ?? '')) {
            j++;
            continue;
          }
        }
        found = j;
        break;
      }
      if (close === '"' && raw[j] === '\n') break;
      j++;
    }
    if (found < 0) {
      if (close === '’' || close === "'") {
        exhausted.add(close);
        i++;
        continue;
      }
      found = e; // open quotation runs to the end of the paragraph
      out.push({ start: i + 1, end: found, outerStart: i, outerEnd: found });
      break;
    }
    out.push({ start: i + 1, end: found, outerStart: i, outerEnd: found + 1 });
    i = found + 1;
  }
  return out;
}

/**
 * A photo caption's position marker after a name ("Sergei Shoigu (L) and Hulusi Akar (R) sign ..."). The space is
 * matched before the lookbehind so that the lookbehind runs only at spaces (several times faster on whole texts).
 */
const CAPTION_MARKER_RE = /\s(?<=[\p{L}.]\s)\((?:L|R|C|left|right|centre|center|(?:\d(?:st|nd|rd|th)|second|third)\s(?:L|R|left|right))\)(?=[\s,])/gu;

export function analyse(raw: string, publishedAt: string | null): Doc {
  // caption markers are blanked (offsets kept): "X (L) and Y (R) sign" reads as "X and Y sign"
  raw = raw.replace(CAPTION_MARKER_RE, (m) => ' '.repeat(m.length));
  const { blocks, dateline } = clean(raw);
  const sentences = splitSentences(raw, blocks);
  const actors = findActors(sentences, publishedAt);
  const places: (PlaceMention[] | null)[] = sentences.map(() => null);
  const quotes: Quote[] = [];
  for (const b of blocks) quotes.push(...findQuotes(raw, b));
  return {
    raw,
    publishedAt,
    blocks,
    dateline,
    sentences,
    actors,
    places,
    quotes,
    datesPast: sentences.map(() => null),
    datesFuture: sentences.map(() => null),
    parsedDates: sentences.map(() => null),
  };
}

/** Places of a body sentence (none for headlines and furniture), computed once, when first needed. */
export function placesOf(doc: Doc, sent: number): PlaceMention[] {
  let p = doc.places[sent];
  if (!p) {
    p = doc.places[sent] = doc.sentences[sent].kind === 'body' ? findPlaces(doc.sentences[sent].text) : [];
    if (p.length < 8 && doc.sentences[sent].kind === 'body') {
      bareCapital(doc, sent, p);
      describedCity(doc, sent, p);
    }
  }
  return p;
}

/** "travelled to the capital", "arrived in the capital": bare, no state named */
const BARE_CAPITAL_RE = /\b(?:to|in|into|reached|visited|for)\s+the\s+capital\b(?!\s*,?\s*[\p{Lu}])(?!\s+(?:of|city)\b)/u;

/**
 * "Barrack met Abdi in Damascus on Wednesday. Abdi travelled to the capital ...": a bare "the capital" is the
 * capital city named last, in the sentence before it or in one of the three sentences before.
 */
function bareCapital(doc: Doc, sent: number, out: PlaceMention[]): void {
  const text = doc.sentences[sent].text;
  const m = text.includes('the capital') ? BARE_CAPITAL_RE.exec(text) : null;
  if (!m) return;
  const start = m.index + m[0].lastIndexOf('the capital');
  const end = start + 'the capital'.length;
  if (out.some((q) => q.start < end && q.end > start)) return;
  const isCapital = (q: PlaceMention) => !!q.city && !q.inTitle && !q.metonym && CAPITAL_BY_CC.get(q.cc)?.name === q.city;
  let named = out.filter((q) => q.end <= start && isCapital(q)).pop();
  for (let k = sent - 1; !named && k >= 0 && k >= sent - 3; k--) {
    if (doc.sentences[k].kind !== 'body') continue;
    named = placesOf(doc, k).filter(isCapital).pop();
  }
  if (!named) return;
  out.push({ start, end, surface: 'the capital', city: named.city, cc: named.cc, locative: true, metonym: false, inTitle: false });
  out.sort((a, b) => a.start - b.start);
}

/** "arrived in the Swiss city", "flew to the Egyptian resort", "met in the city": a city described, not named */
const DESCRIBED_CITY_RE = /\b(?:to|in|into|reached|visited)\s+the\s+(?:([\p{Lu}][\p{L}]+)\s+)?(?:city|port\s+city|resort(?:\s+(?:city|town))?|town)\b(?!\s*(?:,|of\b)?\s*[\p{Lu}])(?!\s+(?:of|council|centre|center|hall|authorities)\b)/u;

/**
 * "Talks opened in Geneva on Wednesday. The two men arrived in the Swiss city on Tuesday": a city described by its
 * state's adjective is the city of that state named last, in the sentence or the three before; "in the city" with no
 * adjective is the city named last in the sentence or the one before.
 */
function describedCity(doc: Doc, sent: number, out: PlaceMention[]): void {
  const text = doc.sentences[sent].text;
  const m = /\bthe\s+(?:[\p{Lu}][\p{L}]+\s+)?(?:city|port|resort|town)\b/u.test(text) ? DESCRIBED_CITY_RE.exec(text) : null;
  if (!m) return;
  const cc = m[1] ? countryOf(m[1]) : null;
  if (m[1] && !cc) return;
  const start = m.index + m[0].indexOf('the ');
  const end = m.index + m[0].length;
  if (out.some((q) => q.start < end && q.end > start)) return;
  const fits = (q: PlaceMention) => !!q.city && !q.inTitle && !q.metonym && (!cc || q.cc === cc);
  let named = out.filter((q) => q.end <= start && fits(q)).pop();
  for (let k = sent - 1; !named && k >= 0 && k >= sent - (cc ? 3 : 1); k--) {
    if (doc.sentences[k].kind !== 'body') continue;
    named = placesOf(doc, k).filter(fits).pop();
  }
  if (!named) return;
  out.push({ start, end, surface: text.slice(start, end), city: named.city, cc: named.cc, locative: true, metonym: false, inTitle: false });
  out.sort((a, b) => a.start - b.start);
}

/** Dates of a sentence, computed lazily (most sentences never need them). */
/** "BEIRUT, Nov 20 (Reuters) -", "May 21, 2023 (JEDDAH) –", "KABUL, 3 March:", "SEOUL, Dec. 17 (Yonhap) --" (a wire's
 * double hyphen), "JUBA (27 Aug.) -" (a city in capitals, its day in brackets), "BEIJING, Sept. 19 Kyodo -" (a wire's
 * name after the day) at the start of a paragraph. */
export const DATELINE_RE = new RegExp(
  String.raw`^\s*(?:(?:[\p{Lu}][\p{L}.' -]{1,40},\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?)\s*(?:\([^)]{1,40}\)|${WIRE_AFTER_DAY}\b)?|[\p{Lu}][\p{Lu}.' -]{1,40}\s+\((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\))\s*(?:--|[-–—:])\s`,
  'u',
);

/** A dateline match that is a date alone (no place, no agency in brackets): the head of a timeline entry, maybe. */
const headingDate = (dl: string): boolean => !/[,(]/.test(dl.replace(/\d{1,2}(?:st|nd|rd|th)?,\s*\d{4}/, ''));

export function datesOf(doc: Doc, sent: number, future: boolean): DateMention[] {
  const cache = future ? doc.datesFuture : doc.datesPast;
  let d = cache[sent];
  if (!d) {
    const s = doc.sentences[sent];
    let parsed = doc.parsedDates[sent];
    if (!parsed && s.kind === 'body') parsed = doc.parsedDates[sent] = parseDates(s.text, doc.publishedAt);
    d = s.kind === 'body' ? findDates(s.text, doc.publishedAt, future, parsed ?? []) : [];
    // dates inside quotations are the speaker's, not the report's; a dateline's date is furniture
    const dl = DATELINE_RE.exec(s.text);
    let dlEnd = dl ? dl[0].length : 0;
    // "March 22, 2022: X meets Y in Naypyitaw": a timeline entry's heading date (a colon, no place, a week or more from
    // the publication day) is the entry's date, not a dateline's; so is a bare heading date of any separator and
    // distance when the sentence before or after opens with one too ("Feb 5 - ...", "Feb 6 - ..."): a wire's dateline
    // stands alone
    if (dl && headingDate(dl[0]) && doc.publishedAt) {
      const head = d.find((x) => x.start < dlEnd && x.date);
      const far = /:\s$/.test(dl[0]) && !!head?.date && Math.abs(Date.parse(head.date) - Date.parse(doc.publishedAt)) > 7 * 86400000;
      const run = [sent - 1, sent + 1].some((k) => {
        const o = doc.sentences[k];
        const m = o?.kind === 'body' ? DATELINE_RE.exec(o.text) : null;
        return !!m && headingDate(m[0]);
      });
      if (head?.date && (far || run)) dlEnd = 0;
    }
    d = d.filter((x) => !inQuote(doc, s.start + x.start) && x.start >= dlEnd);
    if (s.kind === 'body' && THAT_DAY_RE.test(s.text)) d = withThatDay(doc, sent, future, d);
    cache[sent] = d;
  }
  return d;
}

/** "that day", "the same evening": the day last written, in the sentence or else in the one before. */
const THAT_DAY_RE = /\b(?:that|the same) (?:day|morning|afternoon|evening|night)\b/i;
const THAT_DAY_G = new RegExp(THAT_DAY_RE.source, 'gi');

function withThatDay(doc: Doc, sent: number, future: boolean, dates: DateMention[]): DateMention[] {
  const s = doc.sentences[sent];
  const extra: DateMention[] = [];
  for (const m of s.text.matchAll(THAT_DAY_G)) {
    const at = m.index ?? 0;
    if (inQuote(doc, s.start + at) || dates.some((x) => x.start < at + m[0].length && at < x.end)) continue;
    // ("The talks opened on Sunday, June 27. X flew in that day": the sentence before, if this one wrote no day first)
    // ("A, who flew in on Wednesday night, met B and C, who had arrived that morning": not the day of another's who-clause)
    const rels = whoClauseSpans(s.text).filter(([a, b]) => !(at >= a && at < b));
    const anchor = [...dates].reverse().find((x) => x.date && x.end <= at && !rels.some(([a, b]) => x.start >= a && x.end <= b)) ?? (sent > 0 && doc.sentences[sent - 1].kind === 'body' ? [...datesOf(doc, sent - 1, future)].reverse().find((x) => x.date) : undefined);
    if (anchor?.date) extra.push({ start: at, end: at + m[0].length, text: m[0], date: anchor.date });
  }
  return extra.length ? [...dates, ...extra].sort((a, b) => a.start - b.start) : dates;
}

/** Index of the first quote whose `key` is >= x (quotes are sorted and disjoint). */
function lowerBound(quotes: Quote[], x: number, key: 'start' | 'outerStart'): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (quotes[mid][key] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an absolute offset lies inside quoted words. O(log quotes). */
export function inQuote(doc: Doc, abs: number): boolean {
  const i = lowerBound(doc.quotes, abs + 1, 'start') - 1; // last quote starting at or before abs
  return i >= 0 && abs >= doc.quotes[i].start && abs < doc.quotes[i].end;
}

/** Quotes whose opening mark lies in [a, b), in text order. */
export function quotesStartingIn(doc: Doc, a: number, b: number): Quote[] {
  const out: Quote[] = [];
  for (let i = lowerBound(doc.quotes, a, 'outerStart'); i < doc.quotes.length && doc.quotes[i].outerStart < b; i++) out.push(doc.quotes[i]);
  return out;
}

/** Index of the first sentence that ends at or after `abs` (sentences are sorted). */
export function sentenceFrom(doc: Doc, abs: number): number {
  let lo = 0;
  let hi = doc.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (doc.sentences[mid].end < abs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
