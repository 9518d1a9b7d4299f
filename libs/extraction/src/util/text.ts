/** Small pure text helpers shared by the layers. */

/** Lower-case, accents stripped, for dictionary look-ups. */
const FOLD_CACHE = new Map<string, string>();
export function foldKey(s: string): string {
  let v = FOLD_CACHE.get(s);
  if (v === undefined) {
    v = foldUncached(s);
    if (FOLD_CACHE.size > 50000) FOLD_CACHE.clear(); // bounded memory on adversarial input
    FOLD_CACHE.set(s, v);
  }
  return v;
}
function foldUncached(s: string): string {
  // fast path: plain ASCII needs no Unicode normalisation
  if (/^[\x20-\x7e]*$/.test(s)) return s.replace(/`/g, "'").toLowerCase().trim();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Number of runs of letters and digits; no allocation for ASCII text. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let w: boolean;
    if (c < 128) w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      w = WORD_CHAR.test(s.slice(i, i + 2));
      if (w && !inWord) n++;
      inWord = w;
      i++;
      continue;
    } else w = WORD_CHAR.test(s[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Trim whitespace and the listed punctuation from both ends. */
export function trimPunct(s: string, chars = ' \t\n,;:–—-'): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a])) a++;
  while (b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

export function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The reports a denial is about, up to the "that" of the clause they reported: "(the) (media / press / news / earlier)
 * reports / claims / allegations / rumours / suggestions (by / from / in SOURCE) that". A regular-expression source,
 * shared by the speech verbs of denial and the denied reports of `statements/` and by the denied trips of `visits/`.
 */
export const REPORTS_THAT = String.raw`(?:the\s+)?(?:media\s+|press\s+|news\s+|earlier\s+)?(?:reports?|claims?|allegations?|rumou?rs?|suggestions?)(?:\s+(?:by|from|in)\s+[^,;.:"“”]{1,50}?)?\s+that\b`;
/** A denial open before the end of a text: "X denied reports that A had met B in ...", "denied that A received them".
 * What is denied places nobody (`visits/`) and claims no state of the talks (`status/`). */
export const DENIED_BEFORE = new RegExp(String.raw`\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects)\s+(?:${REPORTS_THAT}|that\b)[^.;]*$`, 'i');

/** Regex sources of calendar words, for the layers' patterns (no flags: case as written, unless the pattern says). */
/** Wires whose datelines give their name after the day without brackets ("BEIJING, Sept. 19 Kyodo -"). */
export const WIRE_AFTER_DAY = '(?:Kyodo|Xinhua|Yonhap|Bernama|Antara|KUNA|WAM|QNA|SPA|MENA|TASS|Interfax|Armenpress|AzerTag|Trend|IRNA|APA|PTI|IANS)';
export const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A month in full or as the wires abbreviate it ("Sept", "Dec"), without the abbreviation's full stop. */
export const MONTH_OR_ABBREVIATION = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Spans of the non-restrictive who-clauses of a text (", who arrived in Nairobi on Sunday,"): a date inside one tells
 *  of its antecedent's own doing, not of the clause around it. */
export function whoClauseSpans(text: string): Array<[number, number]> {
  return text.includes('who') ? [...text.matchAll(/,\s*who\s[^,;]*,/g)].map((r) => [r.index ?? 0, (r.index ?? 0) + r[0].length]) : [];
}
