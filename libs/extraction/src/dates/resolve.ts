/**
 * Dates: resolve the date expressions of one sentence against the publication day.
 * Past-biased: "on Thursday" is the latest Thursday on or before publication; in a
 * future-tense clause it is the next one on or after. Expressions that do not fix a
 * day ("last week", "in July 2015", "last month") resolve to null, as does anything
 * relative when publishedAt is unknown.
 */
import * as chrono from 'chrono-node';

export interface DateMention {
  start: number; // offset within the text
  end: number;
  text: string;
  date: string | null; // YYYY-MM-DD
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A resolvable date needs a day word, or a month name with a number (checked before running chrono). */
const DAY_HINT = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight)\b/i;
const MONTH_HINT = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
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

export function findDates(text: string, publishedAt: string | null, future: boolean): DateMention[] {
  if (!DATE_HINT.test(text)) return [];
  const out: DateMention[] = [];
  const ref = publishedAt ? new Date(`${publishedAt}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z');
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(text.length > 3000 ? text.slice(0, 3000) : text, { instant: ref, timezone: 0 }, { forwardDate: false });
  } catch {
    return [];
  }
  for (const r of results) {
    const t = r.text;
    const lower = t.toLowerCase();
    let date: string | null = null;
    const c = r.start;
    if (/\b(?:last|next|this|past|coming)\s+(?:week|month|year)\b|\bweeks?\b|\bmonths?\b|\byears?\b|\bin a\b|\bago\b/.test(lower) && !c.isCertain('day')) {
      date = null;
    } else if (/\b(?:today|tonight|this morning|this afternoon|this evening)\b/.test(lower)) {
      date = publishedAt;
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
    if (!/\b(?:[a-z]+day|today|yesterday|tomorrow|tonight|\d{1,2}|morning|evening)\b/i.test(t)) continue;
    out.push({ start: r.index, end: r.index + t.length, text: t, date });
  }
  return out;
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
