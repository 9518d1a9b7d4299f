/**
 * Sentences: split each cleaned block (line) into sentences with a rule-based,
 * linear-time boundary detector (terminal punctuation, closing quotes, then a capital,
 * digit, opening quote, dash or link; abbreviations and initials never end a
 * sentence), keeping offsets into the original text. Lines are split first because
 * captures glue headlines to paragraphs.
 */
import type { Block, BlockKind } from '../clean/clean';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  kind: BlockKind;
  /** index of the block (line/paragraph) it belongs to */
  block: number;
  embedAuthor?: string;
}

/** Abbreviations after which a sentence must not end (used when merging wrong breaks); titles in capitals too ("DR. MAJED AL-ANSARI:"). */
const NO_BREAK_AFTER = /(?:\b(?:Gen|Lt|Col|Maj|Brig|Adm|Capt|Sgt|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|St|Amb|No|Jr|Sr|Mt|Ft|Gens|Cmdr|Cdr|Rev|Hon|Sheikh|vs|Vol|Art|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug)\.|\b[A-Z]\.|\b(?:[A-Z]\.){2,}|\b(?:DR|MR|MRS|MS|PROF|GEN|LT|COL|MAJ|BRIG|ADM|CAPT|SEN|REP|GOV|AMB)\.)$/;
const MAX_CHUNK = 5000;
/** Words whose trailing period is not a full stop (titles, months, Latin and business abbreviations). */
const ABBREV_BEFORE =
  /(?:\b(?:Gen|Lt|Col|Maj|Brig|Adm|Capt|Sgt|Cpl|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|St|Amb|Jr|Sr|Mt|Ft|Gens|Cmdr|Cdr|Rev|Hon|Sheikh|vs|Vol|Art|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|etc|Inc|Ltd|Co|Corp|approx|Dept|Fig|Govt|Nos?|Pvt|Rs|Op|pp?)\.|\b[A-Z]\.|\b(?:[A-Za-z]\.){2,}|\b(?:e\.g|i\.e)\.|\b(?:DR|MR|MRS|MS|PROF|GEN|LT|COL|MAJ|BRIG|ADM|CAPT|SEN|REP|GOV|AMB)\.)$/;
/** A news agency in brackets and a dash ("(AP) -", "(Reuters) --"): the end of a dateline, never a sentence's start. */
const WIRE_AFTER_DATELINE = /^\s+\([A-Za-z.' ]{2,20}\)\s*(?:--|[-–—_])\s/;
const BOUNDARY_RE = /[.!?…]+["”’'»)\]]*(?=\s+(?:["“‘'«(\[]?[\p{Lu}\p{N}]|[─—–]|https?:))/gu;

/** Sentences of one stretch of text, trimmed, in order. Linear in the text length. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  BOUNDARY_RE.lastIndex = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(text))) {
    const end = m.index + m[0].length;
    if (m[0] === '.' && ABBREV_BEFORE.test(text.slice(Math.max(last, m.index - 12), m.index + 1))) continue;
    // "KEY WEST, Fla. (AP) - Powell opened ...": a wire's bracket and dash go on with the dateline, no new sentence
    if (WIRE_AFTER_DATELINE.test(text.slice(end, end + 40))) continue;
    const s = text.slice(last, end).trim();
    if (s) out.push(s);
    last = end;
  }
  const tail = text.slice(last).trim();
  if (tail) out.push(tail);
  return out;
}

function splitLine(raw: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Very long lines (no line breaks at all) are first cut at sentence-like boundaries
  // so that every later step works on bounded sentences.
  const chunks: Array<[number, number]> = [];
  let s = start;
  while (end - s > MAX_CHUNK) {
    let cut = -1;
    for (let i = s + MAX_CHUNK; i > s + MAX_CHUNK / 2; i--) {
      if (/[.!?]/.test(raw[i]) && /\s/.test(raw[i + 1] ?? '')) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) cut = s + MAX_CHUNK;
    chunks.push([s, cut]);
    s = cut;
  }
  chunks.push([s, end]);
  for (const [cs, ce] of chunks) {
    const text = raw.slice(cs, ce);
    const sents = sentencesOf(text);
    let cursor = 0;
    for (const st of sents) {
      const t = st.trim();
      if (!t) continue;
      let at = text.indexOf(t, cursor);
      if (at < 0) {
        // defensive: the splitter trims, so a sentence is always found; fall back to its first 12 characters
        at = text.indexOf(t.slice(0, 12), cursor);
        if (at < 0) continue;
      }
      const a = cs + at;
      const b = Math.min(ce, a + t.length);
      out.push([a, b]);
      cursor = b - cs;
    }
    if (!out.length || out[out.length - 1][1] < ce) {
      // keep any unmatched tail
      const lastEnd = out.length ? out[out.length - 1][1] : cs;
      const tail = raw.slice(lastEnd, ce);
      if (tail.trim()) {
        const lead = tail.length - tail.trimStart().length;
        out.push([lastEnd + lead, ce - (tail.length - tail.trimEnd().length)]);
      }
    }
  }
  // Merge wrong breaks after abbreviations and breaks inside an open quotation.
  const merged: Array<[number, number]> = [];
  // a forced cut between chunks is never merged back (it keeps sentences bounded)
  const cuts = chunks.slice(1).map(([cs]) => cs);
  let ci = 0;
  for (const seg of out) {
    const prev = merged[merged.length - 1];
    while (ci < cuts.length && cuts[ci] < (prev ? prev[1] : 0)) ci++;
    const acrossCut = !!prev && ci < cuts.length && cuts[ci] <= seg[0];
    if (prev && !acrossCut) {
      const prevText = raw.slice(prev[0], prev[1]);
      const nextText = raw.slice(seg[0], seg[1]);
      const abbrev = NO_BREAK_AFTER.test(prevText) && /^[A-Z0-9]/.test(nextText) && !/\b(?:U\.S|U\.N|U\.K)\.$/.test(prevText);
      const lowerStart = /^[a-z]/.test(nextText) && !/[!?]$/.test(prevText);
      if (abbrev || lowerStart) {
        prev[1] = seg[1];
        continue;
      }
    }
    merged.push([seg[0], seg[1]]);
  }
  return merged;
}

export function splitSentences(raw: string, blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((b, bi) => {
    for (const [s, e] of splitLine(raw, b.start, b.end)) {
      out.push({ index: out.length, start: s, end: e, text: raw.slice(s, e), kind: b.kind, block: bi, embedAuthor: b.embedAuthor });
    }
  });
  return out;
}
