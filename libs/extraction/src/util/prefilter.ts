/**
 * Literal pre-filters for regular-expression sources: for each top-level alternative of a
 * pattern, the longest word it cannot match without. A text that contains none of a
 * pattern set's keys cannot match any of its patterns, so the (costly) regex scan is
 * skipped. Conservative: a source we cannot analyse gives `null` (always scan).
 */

/**
 * The indices of `src` from `from` on that are regex structure: every character but escapes (a backslash and the
 * character it escapes) and character classes ("[...]", brackets included). The scanners below walk sources with it.
 */
function* structuralIndices(src: string, from = 0): Generator<number> {
  let inClass = false;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    yield i;
  }
}

/** Split a source at `|` outside groups and classes. */
function topLevelAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (const i of structuralIndices(src)) {
    const c = src[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/** The index of the parenthesis closing the group opened at `open`, or -1 when the source ends first. */
function closingParenthesis(src: string, open: number): number {
  let depth = 0;
  for (const i of structuralIndices(src, open)) {
    if (src[i] === '(') depth++;
    else if (src[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Mandatory literal words (outside groups, classes and escapes) of one alternative. */
function mandatoryWords(alt: string): string[] {
  // a wrapping non-capturing group "(?:...)" around the whole alternative is transparent
  const wrapped = /^\(\?:(.*)\)$/.exec(alt);
  if (wrapped && topLevelAlternatives(wrapped[1]).length === 1 && balanced(wrapped[1])) return mandatoryWords(wrapped[1]);
  const words: string[] = [];
  let depth = 0;
  let inClass = false;
  let cur = '';
  const flush = (next: string | undefined) => {
    if (!cur) return;
    // a quantifier that makes the last character optional or repeatable
    let w = cur;
    if (next === '?' || next === '*' || next === '{') w = w.slice(0, -1);
    if (w) words.push(w);
    cur = '';
  };
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i];
    if (c === '\\') {
      flush(undefined);
      // escapes: \p{..}, \k<..>, \b, \s, \. ...; an escaped literal breaks the word
      if (alt[i + 1] === 'p' || alt[i + 1] === 'P' || alt[i + 1] === 'k') {
        const close = alt.indexOf(alt[i + 2] === '<' ? '>' : '}', i);
        i = close < 0 ? alt.length : close;
      } else i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      flush(undefined);
      inClass = true;
      continue;
    }
    if (c === '(') {
      flush(undefined);
      depth++;
      continue;
    }
    if (c === ')') {
      depth--;
      // a group followed by ? or * is optional: nothing inside counted anyway (depth > 0)
      continue;
    }
    if (depth === 0 && /[A-Za-z0-9]/.test(c)) {
      cur += c;
      continue;
    }
    flush(c);
  }
  flush(undefined);
  return words;
}

/** Whether every parenthesis of `s` (outside escapes and classes) is closed, none before it opens. */
function balanced(s: string): boolean {
  let depth = 0;
  for (const i of structuralIndices(s)) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Keys for a set of pattern sources: the text can match one of them only if it contains one
 * of the keys (lower-cased when `ignoreCase`). `null` when some alternative has no usable word.
 */
export function literalKeys(sources: string[], ignoreCase: boolean): string[] | null {
  const keys = new Set<string>();
  for (const src of sources) {
    for (const alt of topLevelAlternatives(src)) {
      const set = altKeySet(alt);
      if (!set) return null;
      for (const k of set) keys.add(ignoreCase ? k.toLowerCase() : k);
    }
  }
  return [...keys];
}

/** Words too common in news text to make a useful key on their own ("and", "talks"). */
const WEAK = new Set(
  'and the of in on to for with un talks peace round south north west east meeting government agreement between process rocess political conference committee international representative control western central opposition delegation ceasefire truce deal'.split(' '),
);
const weight = (w: string) => (w.length <= 2 ? 0.5 : WEAK.has(w.toLowerCase()) ? 1 : w.length);
const score = (set: string[]) => Math.min(...set.map(weight));

/**
 * The most selective set of words one of which every match of `alt` contains: its longest mandatory
 * word, or the words of a required group of alternatives ("(?:army|SAF) and" -> army, saf) when every
 * alternative of the group has one and they are rarer than the best single word. Null: none.
 */
function altKeySet(alt: string): string[] | null {
  const wrapped = /^\(\?:(.*)\)$/.exec(alt);
  if (wrapped && balanced(wrapped[1])) {
    const inner = topLevelAlternatives(wrapped[1]);
    if (inner.length === 1) return altKeySet(inner[0]);
    const sets = inner.map(altKeySet);
    return sets.every((x) => x) ? [...new Set(sets.flatMap((x) => x!))] : null;
  }
  const candidates: string[][] = mandatoryWords(alt)
    .filter((w) => w.length >= 2)
    .map((w) => [w]);
  for (const g of requiredGroups(alt)) {
    const sets = topLevelAlternatives(g).map(altKeySet);
    if (sets.every((x) => x)) candidates.push([...new Set(sets.flatMap((x) => x!))]);
  }
  if (!candidates.length) return null;
  let best = candidates[0];
  for (const c of candidates.slice(1)) {
    const d = score(c) - score(best);
    if (d > 0 || (d === 0 && c.length < best.length)) best = c;
  }
  return best;
}

/** Contents of the top-level groups of `alt` that every match goes through (not optional, not look-around). */
function requiredGroups(alt: string): string[] {
  const out: string[] = [];
  const indices = structuralIndices(alt);
  for (let step = indices.next(); !step.done; step = indices.next()) {
    const i = step.value;
    if (alt[i] !== '(') continue;
    const j = closingParenthesis(alt, i);
    if (j < 0) return out;
    let body = alt.slice(i + 1, j);
    const next = alt[j + 1];
    const optional = next === '?' || next === '*' || alt.startsWith('{0', j + 1);
    let look = false;
    if (body.startsWith('?:')) body = body.slice(2);
    else if (/^\?<?[=!]/.test(body)) look = true;
    else if (body.startsWith('?<')) body = body.slice(body.indexOf('>') + 1);
    if (!optional && !look) out.push(body);
    // on after the group: its inner groups are not top-level
    while (!step.done && step.value < j) step = indices.next();
  }
  return out;
}

/** Whether `text` (already lower-cased when the keys are) contains one of the keys. */
export function containsAny(text: string, keys: string[] | null): boolean {
  if (!keys) return true;
  for (const k of keys) if (text.includes(k)) return true;
  return false;
}

/**
 * All keys of many pattern sets found in one regex pass: `present(text)` returns the keys
 * that occur in the text (every occurrence position is tried, and keys contained in a
 * longer matched key are added), so `anyPresent` answers exactly like `containsAny`.
 */
export class KeyIndex {
  private readonly re: RegExp | null;
  private readonly inside = new Map<string, string[]>();

  /** key -> indices of the key sets that contain it; sets with null keys always match */
  private readonly setsOf = new Map<string, number[]>();
  private readonly always: number[] = [];
  private readonly nSets: number;

  constructor(keySets: Array<string[] | null>) {
    const all = [...new Set(keySets.flatMap((k) => k ?? []))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.re = all.length ? new RegExp(all.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : null;
    for (const k of all) this.inside.set(k, all.filter((o) => o !== k && k.includes(o)));
    this.nSets = keySets.length;
    keySets.forEach((ks, i) => {
      if (!ks) this.always.push(i);
      else for (const k of ks) {
        const arr = this.setsOf.get(k) ?? [];
        arr.push(i);
        this.setsOf.set(k, arr);
      }
    });
  }

  /** For each key set given to the constructor, whether `text` may match it (same answer as `anyPresent`). */
  candidates(text: string): Uint8Array {
    const out = new Uint8Array(this.nSets);
    for (const i of this.always) out[i] = 1;
    for (const k of this.present(text)) for (const i of this.setsOf.get(k) ?? []) out[i] = 1;
    return out;
  }

  present(text: string): Set<string> {
    const found = new Set<string>();
    if (!this.re) return found;
    this.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.re.exec(text))) {
      if (!found.has(m[0])) {
        found.add(m[0]);
        for (const o of this.inside.get(m[0]) ?? []) found.add(o);
      }
      this.re.lastIndex = m.index + 1;
    }
    return found;
  }
}

/** Whether one of `keys` is in the set returned by `KeyIndex.present` (null keys: always). */
export function anyPresent(found: Set<string>, keys: string[] | null): boolean {
  if (!keys) return true;
  for (const k of keys) if (found.has(k)) return true;
  return false;
}
