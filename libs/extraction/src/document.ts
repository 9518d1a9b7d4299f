/**
 * One analysed article: cleaned blocks, sentences, actors, places, dates and quote
 * spans, shared by the visit, statement and status layers.
 */
import { clean, type Block } from './clean/clean';
import { splitSentences, type Sentence } from './sentences/split';
import { findActors, type Actors } from './actors/mentions';
import { findPlaces, type PlaceMention } from './places/gazetteer';
import { findDates, type DateMention } from './dates/resolve';

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
  places: PlaceMention[][];
  quotes: Quote[];
  /** dates per sentence, resolved past-biased and future-biased */
  datesPast: (DateMention[] | null)[];
  datesFuture: (DateMention[] | null)[];
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
  let i = s;
  while (i < e) {
    const ch = raw[i];
    let close: string | null = null;
    for (const [o, c] of PAIRS) if (ch === o) close = c;
    if (ch === '"') close = '"';
    if (ch === '‘' || (ch === "'" && (i === s || /[\s(\[—–-]/.test(raw[i - 1])) && /[\p{L}\p{N}]/u.test(raw[i + 1] ?? ''))) close = ch === '‘' ? '’' : "'";
    if (!close) {
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

export function analyse(raw: string, publishedAt: string | null): Doc {
  const { blocks, dateline } = clean(raw);
  const sentences = splitSentences(raw, blocks);
  const actors = findActors(sentences, publishedAt);
  const places = sentences.map((s) => findPlaces(s.text));
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
  };
}

/** Dates of a sentence, computed lazily (most sentences never need them). */
export function datesOf(doc: Doc, sent: number, future: boolean): DateMention[] {
  const cache = future ? doc.datesFuture : doc.datesPast;
  let d = cache[sent];
  if (!d) {
    const s = doc.sentences[sent];
    d = s.kind === 'body' ? findDates(s.text, doc.publishedAt, future) : [];
    // dates inside quotations are the speaker's, not the report's
    d = d.filter((x) => !inQuote(doc, s.start + x.start));
    cache[sent] = d;
  }
  return d;
}

export function inQuote(doc: Doc, abs: number): boolean {
  for (const q of doc.quotes) if (abs >= q.start && abs < q.end) return true;
  return false;
}
