/**
 * Dates: resolve the date expressions of one sentence against the publication day.
 * Past-biased: "on Thursday" is the latest Thursday on or before publication; in a
 * future-tense clause it is the next one on or after. Expressions that do not fix a
 * day ("last week", "in July 2015", "last month") resolve to null, as does anything
 * relative when publishedAt is unknown.
 */
import * as chrono from 'chrono-node';
import { MONTH_OR_ABBREVIATION } from '../util/text';

export interface DateMention {
  start: number; // offset within the text
  end: number;
  text: string;
  date: string | null; // YYYY-MM-DD
  /** a range's last day ("March 6 to 10"): the date is its first */
  last?: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A resolvable date needs a day word, or a month name with a number (checked before running chrono). */
const DAY_HINT = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening))\b/i;
const MONTH_HINT = new RegExp(String.raw`\b${MONTH_OR_ABBREVIATION}\b`, 'i');
const DATE_HINT = { test: (t: string) => DAY_HINT.test(t) || (/\d/.test(t) && (MONTH_HINT.test(t) || /\d{4}-\d{2}-\d{2}/.test(t))) };

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
function addDays(isoDay: string, n: number): string {
  const d = new Date(`${isoDay}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** Normalise publishedAt to YYYY-MM-DD or null. */
export function normaliseDay(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return null;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return null;
  return iso(d);
}

/** chrono's parse of one text against the publication day ([] when no date-like token is present). */
export function parseDates(text: string, publishedAt: string | null): DatedResult[] {
  if (!DATE_HINT.test(text)) return [];
  const ref = publishedAt ? new Date(`${publishedAt}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z');
  const out: DatedResult[] = [];
  // chrono runs dozens of parsers over whatever it is given: give it only windows around the
  // date-like tokens (with enough context for "last Thursday", "on March 17 and 18", "two weeks ago")
  for (const [a, b] of hintWindows(text.length > 3000 ? text.slice(0, 3000) : text)) {
    // the most common case, a bare weekday ("on Tuesday", "last Thursday"), read without chrono
    const fast = weekdaysOnly(text.slice(a, b));
    if (fast) {
      for (const r of fast) out.push({ index: a + r.index, text: r.text, start: r.start });
      continue;
    }
    try {
      for (const r of DATE_PARSER.parse(text.slice(a, b), { instant: ref, timezone: 0 }, { forwardDate: false })) out.push({ index: a + r.index, text: r.text, start: r.start, end: r.end ?? undefined });
    } catch {
      /* unparseable window: no dates */
    }
  }
  return out;
}

/** The parts of a chrono result the resolution uses, with `index` into the whole sentence. */
export interface DatedResult {
  index: number;
  text: string;
  start: Pick<chrono.ParsedComponents, 'isCertain' | 'get'>;
  /** a range's end ("March 6 to 10") */
  end?: Pick<chrono.ParsedComponents, 'isCertain' | 'get'>;
}

/** Words that make chrono read more than a weekday (units, times of day, other date words). */
const NOT_BARE_WEEKDAY = /\d|\b(?:days?|weeks?|weekends?|months?|years?|fortnight|ago|today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|noon|midnight|hours?|minutes?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const WEEKDAY_RE = /(?:,\s*)?(?:\bon\s*)?(?:\b(this|last|past|next)\s+)?\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b(?:\s*,)?/gi;
/** A weekday whose only certain component is itself (what chrono's weekday parser gives). */
class WeekdayComponents {
  constructor(private readonly wd: number) {}
  isCertain(k: string): boolean {
    return k === 'weekday';
  }
  get(k: string): number | null {
    return k === 'weekday' ? this.wd : null;
  }
}
/**
 * Bare weekdays of a window, as chrono reads them (same text and offsets: "on Tuesday", "last
 * Thursday", "On Thursday,"), or null when the window holds anything else chrono would read.
 */
function weekdaysOnly(w: string): DatedResult[] | null {
  if (NOT_BARE_WEEKDAY.test(w)) return null;
  const out: DatedResult[] = [];
  WEEKDAY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WEEKDAY_RE.exec(w))) {
    let t = m[0];
    let i = m.index;
    if (t.startsWith(',')) {
      // chrono keeps a leading comma only when the weekday starts the match: drop it like it does
      const k = t.search(/[^,\s]/);
      i += k;
      t = t.slice(k);
    }
    const prev = out[out.length - 1];
    if (prev && /^\s*(?:-|–|—|to|until|through|till)\s*$/i.test(w.slice(prev.index + prev.text.length, i))) {
      // "Tuesday-Wednesday": one range, dated by its first day (chrono merges it the same way)
      prev.text = w.slice(prev.index, i + t.replace(/\s*,$/, '').length);
      continue;
    }
    out.push({ index: i, text: t, start: new WeekdayComponents(WEEKDAYS.indexOf(m[2].toLowerCase())) as unknown as DatedResult['start'] });
  }
  return out;
}

/**
 * chrono's casual English parser without the parsers of clock times, time zones and numeric
 * (slash) dates, which news dates never need and which cost most of chrono's time.
 */
const DROPPED_PARSERS = new Set(['ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitWithinFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser']);
const DROPPED_REFINERS = new Set(['ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner']);
const DATE_PARSER = (() => {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));
  c.refiners = c.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
  return c;
})();

const HINT_TOKEN = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{4}-\d{2}-\d{2})\b/gi;
const WINDOW = 48;
/** [start, end) windows of `text` around date-like tokens, widened to whole words and merged. */
function hintWindows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  HINT_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HINT_TOKEN.exec(text))) {
    let a = Math.max(0, m.index - WINDOW);
    let b = Math.min(text.length, m.index + m[0].length + WINDOW);
    while (a > 0 && /\S/.test(text[a - 1])) a--;
    while (b < text.length && /\S/.test(text[b])) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * Times chrono does not read as dates, with their day counted from the publication day: "this morning", "this
 * evening", "earlier in the day" (chrono's time parser, which reads the first two, is left out; the news day of a
 * report is its publication day), and "last night" (the evening before).
 */
const PUBLICATION_DAY_TIMES: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:this (?:morning|afternoon|evening)|(?:earlier|later) in the day)\b/i, 0],
  [/\blast night\b/i, -1],
];

/** "a week ago " before "today" (the count and the unit). */
const AGO_TODAY_RE = /\b(an?|one|two|three|four|five|six|\d{1,2})\s+(days?|weeks?|months?|years?)\s+ago\s+$/i;
const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

export function findDates(text: string, publishedAt: string | null, future: boolean, parsed?: DatedResult[]): DateMention[] {
  const results = parsed ?? parseDates(text, publishedAt);
  if (!results.length && !(publishedAt && PUBLICATION_DAY_TIMES.some(([re]) => re.test(text)))) return [];
  const out: DateMention[] = [];
  for (const r of results) {
    const t = r.text;
    const lower = t.toLowerCase();
    let date: string | null = null;
    const c = r.start;
    if (/\b(?:last|next|this|past|coming)\s+(?:week|month|year)\b|\bweeks?\b|\bmonths?\b|\byears?\b|\bin a\b|\bago\b/.test(lower) && !c.isCertain('day')) {
      date = null;
    } else if (/\b(?:today|tonight|this morning|this afternoon|this evening)\b/.test(lower)) {
      // "a week ago today", "three days ago today": the day counted back from the publication day, not that day
      const ago = AGO_TODAY_RE.exec(text.slice(Math.max(0, r.index - 30), r.index));
      date = !ago ? publishedAt : publishedAt && /^(?:day|week)/i.test(ago[2]) ? addDays(publishedAt, -(COUNT_WORDS[ago[1].toLowerCase()] ?? Number(ago[1])) * (/^week/i.test(ago[2]) ? 7 : 1)) : null;
    } else if (/\byesterday\b/.test(lower)) {
      date = publishedAt ? addDays(publishedAt, -1) : null;
    } else if (/\btomorrow\b/.test(lower)) {
      date = publishedAt ? addDays(publishedAt, 1) : null;
    } else if (c.isCertain('day') && c.isCertain('month')) {
      const y = c.get('year');
      const mo = c.get('month');
      const d = c.get('day');
      if (!mo || !d) continue;
      if (c.isCertain('year') && y) {
        date = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      } else if (publishedAt) {
        const py = Number(publishedAt.slice(0, 4));
        const mmdd = `${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        let year = py;
        if (!future && `${py}-${mmdd}` > publishedAt) year = py - 1;
        if (future && `${py}-${mmdd}` < publishedAt) year = py + 1;
        date = `${year}-${mmdd}`;
      } else date = null;
    } else if (c.isCertain('weekday') && !c.isCertain('day')) {
      const wd = c.get('weekday');
      if (wd == null || !publishedAt) date = null;
      else if (/\b(?:last|next|this)\s+\w+day\b/.test(lower) && /\bnext\b/.test(lower)) {
        date = nextWeekday(publishedAt, wd, true);
      } else if (/\blast\s+\w+day\b/.test(lower)) {
        date = prevWeekday(publishedAt, wd, false);
      } else {
        date = future ? nextWeekday(publishedAt, wd, true) : prevWeekday(publishedAt, wd, true);
      }
    } else continue;
    // the day may be written as an ordinal ("21st August 2019", "May 22nd")
    if (!/\b(?:[a-z]+day|today|yesterday|tomorrow|tonight|\d{1,2}(?:st|nd|rd|th)?|morning|evening)\b/i.test(t)) continue;
    const e = r.end;
    const last = date && e?.isCertain('day') ? rangeEnd(date, e.get('month') ?? Number(date.slice(5, 7)), e.get('day')!) : null;
    out.push({ start: r.index, end: r.index + t.length, text: t, date, ...(last && last > date! ? { last } : {}) });
  }
  for (const [time, days] of publishedAt ? PUBLICATION_DAY_TIMES : []) {
    if (!time.test(text)) continue;
    const re = new RegExp(time.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const a = m.index;
      const b = a + m[0].length;
      if (!out.some((d) => d.start < b && a < d.end)) out.push({ start: a, end: b, text: m[0], date: addDays(publishedAt!, days) });
    }
    out.sort((x, y) => x.start - y.start);
  }
  return withRelativeDays(text, out);
}

/** The last day of a range that starts on `first`, in the year that puts it on or after `first`. */
function rangeEnd(first: string, month: number, day: number): string {
  const mmdd = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const y = Number(first.slice(0, 4));
  return `${first.slice(5) <= mmdd ? y : y + 1}-${mmdd}`;
}

/** "in Belgrade on Tuesday, before crossing to Pristina the following day": a day counted from the date written before it. */
const RELATIVE_DAY_RE = /\b(?:the (?:following|next) (?:day|morning|afternoon|evening|night)|a day later|the day after|(?:the )?day before|a day earlier|a day after(?= (?:meeting|visiting|holding)\b))/gi;

function withRelativeDays(text: string, dates: DateMention[]): DateMention[] {
  RELATIVE_DAY_RE.lastIndex = 0;
  const extra: DateMention[] = [];
  let m: RegExpExecArray | null;
  while ((m = RELATIVE_DAY_RE.exec(text))) {
    const at = m.index;
    const anchor = [...dates].reverse().find((d) => d.date && d.end <= at);
    if (!anchor || dates.some((d) => d.start < at + m![0].length && at < d.end)) continue;
    // "..., a day after meeting X": the participle's event was the day before the date written before it
    const step = /before|earlier|^a day after$/i.test(m[0]) ? -1 : 1;
    extra.push({ start: at, end: at + m[0].length, text: m[0], date: addDays(anchor.date!, step) });
  }
  return extra.length ? [...dates, ...extra].sort((a, b) => a.start - b.start) : dates;
}

function prevWeekday(pub: string, wd: number, inclusive: boolean): string {
  const d = new Date(`${pub}T12:00:00Z`);
  let diff = (d.getUTCDay() - wd + 7) % 7;
  if (!inclusive && diff === 0) diff = 7;
  return addDays(pub, -diff);
}
function nextWeekday(pub: string, wd: number, inclusive: boolean): string {
  const d = new Date(`${pub}T12:00:00Z`);
  let diff = (wd - d.getUTCDay() + 7) % 7;
  if (!inclusive && diff === 0) diff = 7;
  return addDays(pub, diff);
}

export { WEEKDAYS };
