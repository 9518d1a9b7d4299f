/**
 * Sentences: split each cleaned block (line) into sentences with wink-nlp's English
 * lite model, keeping offsets into the original text. Lines are split first because
 * captures glue headlines to paragraphs.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Block, BlockKind } from '../clean/clean';

const nlp = winkNLP(model, ['sbd']);

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

/** Abbreviations after which wink sometimes (wrongly) ends a sentence. */
const NO_BREAK_AFTER = /(?:\b(?:Gen|Lt|Col|Maj|Brig|Adm|Capt|Sgt|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|St|Amb|No|Jr|Sr|Mt|Ft|Gens|Cmdr|Cdr|Rev|Hon|Sheikh|vs|Vol|Art|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug)\.|\b[A-Z]\.|\b(?:[A-Z]\.){2,})$/;
const MAX_CHUNK = 5000;

function splitLine(raw: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Very long lines (no line breaks at all) are first cut at sentence-like boundaries
  // so that the NLP step stays linear and bounded.
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
    let sents: string[];
    try {
      sents = nlp.readDoc(text).sentences().out();
    } catch {
      sents = [text];
    }
    let cursor = 0;
    for (const st of sents) {
      const t = st.trim();
      if (!t) continue;
      let at = text.indexOf(t, cursor);
      if (at < 0) {
        // wink normalised something: fall back to the leading 12 characters
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
  for (const seg of out) {
    const prev = merged[merged.length - 1];
    if (prev) {
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
