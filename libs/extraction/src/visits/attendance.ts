/**
 * Attendees of a multilateral meeting named as a list after its place: "after a four-way meeting in Prague with
 * President A and Chancellor B", "June 28 – The conference reconvenes at the Beau-Rivage in Lausanne, chaired by X,
 * with President A and leader B". Each listed party (and the sentence's leading co-subjects, when the meeting is
 * what they did: "A and B agreed ..., after a meeting in Prague with C and D") was in the meeting's place on its day,
 * face to face with the others. Kept apart from visits.ts (one hook line there).
 */
import { datesOf, inQuote, placesOf, type Doc } from '../document';
import type { Mention } from '../actors/mentions';
import { whoClauseSpans } from '../util/text';
import type { PlaceMention } from '../places/gazetteer';
import type { Visit } from '../types';

export interface AttendanceDraft extends Omit<Visit, 'evidence'> {
  sents: number[];
  placeless: boolean;
  undatedClause: boolean;
  /** placed later at the meeting the article is about (visits.ts: the lead meeting's scene) */
  attend?: 'meeting' | 'ceremony';
}

const ELIGIBLE = new Set(['envoy', 'minister', 'military', 'head_of_state', 'head_of_government', 'diplomat', 'negotiator', 'official', 'leader']);

/** Before the place: a meeting held there ("a trilateral meeting in", "the conference reconvenes at the X hotel in"). */
const MEETING_BEFORE_PLACE =
  /\b(?:meeting|talks|summit|conference|negotiations|consultations|session|round)\s+(?:(?:re)?(?:convened|convenes|opened|opens|resumed|resumes|began|begins)\s+|(?:was|were|is|are)\s+held\s+|(?:took|takes)\s+place\s+)?(?:(?:in|at)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+)(?:[\p{L}'’.-]+\s+){0,3}(?:in|at)\s+|(?:in|at)\s+)(?:the\s+)?$/u;
/** Before the meeting's noun: a determiner and at most three modifiers ("a four-way", "the first", "their trilateral"). */
const DETERMINED = /\b(?<!\b(?:held|hold|holds|holding|had|has|have)\s)(?:a|an|the|their|this|that|its)\s+(?:[\w-]+\s+){0,3}$/i;
/** Words that make the meeting one not held (planned, wished, denied, called off, possible, hypothetical). */
const UNHELD =
  /\b(?:will|would|could|may|might|shall|should|to\s+be|plan(?:s|ned|ning)?|prepar(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|ruled?\s+out|no|not|never|cancel(?:l?ed|l?ing|s)?|postpon(?:e|ed|es|ing)|call(?:ed|s)?\s+off|expected|hope[sd]?|hoping|seek(?:s|ing)?|sought|possible|potential|upcoming|next|future|request(?:ed|s)?|invit(?:e|es|ed|ing|ation)|if|unless|whether|due|scheduled|set\s+to|den(?:y|ies|ied|ial)|rumou?r(?:s|ed)?|reports?\s+of|alleged(?:ly)?)\b/i;
/** After the place: its day, a chair or host, then "with" and the list of attendees. */
const WITH_AFTER_PLACE =
  /^(?:\s+(?:(?:late|early)\s+)?on\s+(?:[\w]+\s+){0,2}?[\w]+|\s+(?:yesterday|today|last\s+\w+))?(?:,\s+(?:chaired|co-chaired|facilitated|mediated|convened|moderated|hosted)\s+by\s+(?<chair>[^,;.()"“”]{3,80}),)?,?\s+with\s+(?<list>[^;:()"“”]{5,240})/i;
/** Where the list ends: a relative clause, a purpose, another clause. */
const LIST_END = /\s(?:who|whom|which|where|after|before|said|says|but|while|although|as)\s|\s(?:to|for|on)\s+(?!the\s)(?=[a-z])|,\s+(?:and\s+)?(?:the\s+)?(?:[a-z]+\s+){0,2}(?:said|says|told|added)\b|[.!?]["”’]?\s*$/;
/** The meeting is what the sentence's subjects did: "A and B agreed ... after a meeting in", "at the summit in". */
const TOOK_PART_BEFORE = /\b(?:after|following|during|at|in|from)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3}$/i;
/** The leading run of a sentence naming its subjects: capitalised words, titles, commas and "and". */
const LEADING_NAMES = /^(?:(?:[\p{Lu}][\p{L}\p{M}.'’-]*|of|the|and|leader|foreign|prime|minister|president|envoy|counterpart)(?:,?\s+|$))+/u;

const eligible = (doc: Doc, name: string): boolean => [...(doc.actors.persons.get(name)?.kinds ?? [])].some((k) => ELIGIBLE.has(k));

function peopleOf(doc: Doc, k: number): Mention[] {
  return doc.actors.bySentence[k].filter((m) => m.kind === 'person' && !m.possessive && !inQuote(doc, m.start));
}

/**
 * "A and B agreed on Thursday, after a four-way meeting in Prague with C and D, to ...": each party foreign to the
 * place, listed after "with" (and the leading subjects when the meeting is what they took part in), was there.
 */
export function meetingAttendees(doc: Doc): AttendanceDraft[] {
  const out: AttendanceDraft[] = [];
  for (const s of doc.sentences) {
    if (s.kind !== 'body' || !/\bwith\s/.test(s.text)) continue;
    const text = s.text;
    if (/\?["”’)]*\s*$/.test(text)) continue;
    const k = s.index;
    const people = peopleOf(doc, k);
    if (!people.length) continue;
    for (const p of placesOf(doc, k) as PlaceMention[]) {
      if (!p.city || p.inTitle || p.metonym || inQuote(doc, s.start + p.start)) continue;
      // (only the words just before the place: long sentences stay linear)
      const before = text.slice(Math.max(0, p.start - 240), p.start);
      const mb = MEETING_BEFORE_PLACE.exec(before);
      // (a meeting named as such, "a four-way meeting", "the conference": not "X held talks in Maputo with Y", whose Y
      // is the subject's counterpart, often at home, told by the rules of visits.ts)
      if (!mb || !DETERMINED.test(before.slice(0, mb.index))) continue;
      // the clause of the meeting: from the last clause break before it
      const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '));
      if (UNHELD.test(before.slice(clauseStart + 1))) continue;
      const w = WITH_AFTER_PLACE.exec(text.slice(p.end));
      if (!w) continue;
      const list = w.groups?.list ?? '';
      const from = p.end + w.index + w[0].length - list.length;
      const end = LIST_END.exec(list);
      const to = from + (end ? end.index : list.length);
      const listed: string[] = [];
      for (const m of people) {
        const r = m.start - s.start;
        if (r < from || r >= to || listed.includes(m.name) || !eligible(doc, m.name)) continue;
        listed.push(m.name);
      }
      if (!listed.length) continue;
      // (nor one whose verb, after the list, makes it unheld: "a meeting in Vienna with A and B could take place soon")
      const lastEnd = Math.max(...people.filter((m) => listed.includes(m.name) && m.start - s.start >= from && m.start - s.start < to).map((m) => m.end - s.start));
      if (UNHELD.test(text.slice(lastEnd).split(';')[0])) continue;
      // ("chaired by X": the chair sat with them; a host is at home and drops out below)
      if (w.groups?.chair) {
        const c0 = p.end + w.index + w[0].indexOf(w.groups.chair);
        for (const m of people) {
          const r = m.start - s.start;
          if (r >= c0 && r < c0 + w.groups.chair.length && !listed.includes(m.name) && eligible(doc, m.name)) listed.unshift(m.name);
        }
      }
      // the leading subjects, when the meeting is what they took part in
      const subjects: string[] = [];
      const lead = LEADING_NAMES.exec(text);
      if (lead && TOOK_PART_BEFORE.test(before.slice(0, mb.index))) {
        for (const m of people) {
          const r = m.start - s.start;
          if (r >= lead[0].length || subjects.includes(m.name) || listed.includes(m.name) || !eligible(doc, m.name)) continue;
          subjects.push(m.name);
        }
      }
      const parties = [...subjects, ...listed];
      if (parties.length < 2) continue;
      const dates = datesOf(doc, k, false).filter((d) => d.date);
      const date = dates.find((d) => d.start >= p.end && d.start < from)?.date ?? (new Set(dates.map((d) => d.date)).size === 1 ? dates[0].date : null);
      for (const who of parties) {
        if (doc.actors.persons.get(who)?.country === p.cc) continue;
        out.push({ envoy: who, city: p.city, country: p.cc, date, mode: 'in_person', counterparts: parties.filter((x) => x !== who), companions: [], sents: [k], placeless: false, undatedClause: !date });
      }
      break;
    }
  }
  return out;
}

/**
 * "attended" with no meeting named after it (the meeting the article is about): "X, who also attended, met Y",
 * "A and B also attended, along with C", "who also attended Thursday's session", "also took part in Tuesday's opening
 * plenary".
 */
const BARE_ATTENDED = /\b(?:also\s+)?(?:attended|took\s+part\s+in(?=\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s))(?:\s+(?<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)['’]s\s+(?:(?:opening|closing|final)\s+)?(?:meeting|session|talks|summit|conference|signing|ceremony|round|plenary)|\s+the\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|talks|summit|conference|signing|ceremony|round)(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})?)?(?=\s*(?:,|[.;]|$)|\s+(?:too|as\s+well)\b)/giu;
/** Between two attendees of a list: a comma or "and", a relative clause, then the next one's title. */
// ("A, director general of the ministry's bureau, and B": an office in apposition may follow a name, as a who-clause may)
const LEADING_CLAUSE = /^,\s+(?:who\s|(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:director|head|chief|minister|envoy|secretary|adviser|advisor|deputy|president|leader)\b)[^,;]{1,120},/u;
const LIST_GAP = new RegExp(String.raw`^(?:${LEADING_CLAUSE.source.slice(1)})?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[\p{L}\p{M}'’.-]+\s+){0,6}$`, 'u');
/** What may not stand in such a title: words of a clause, and a preposition right before the name ("the envoy of B"). */
const NOT_TITLE = /\b(?:who|which|that|said|says|met|meets|told|had|has|was|were|is|are|with|while|but|after|before)\b|\b(?:of|by|to|for|from|with)\s+(?:the\s+)?$/i;
/** Between the last subject and the verb: an appositive, "also", "both", "too". */
const SUBJECT_TO_VERB = /^(?:,\s+(?!who\b)[^,;]{1,120},|,)?\s+(?:(?:also|both|all|too)\s+)?$/i;
/** After the verb: more attendees ("along with C and D", "as did C", "together with C"). */
const MORE_AFTER = /^\s*,?\s+(?:along\s+with|together\s+with|alongside|as\s+did|among\s+them|including)\s+(?<list>[^;:()"“”]{3,200})/i;

function listBackFrom(doc: Doc, k: number, people: Mention[], end: number): string[] {
  const s = doc.sentences[k];
  const before = people.filter((m) => m.end - s.start <= end).sort((a, b) => b.start - a.start);
  const out: string[] = [];
  let edge = end;
  for (const m of before) {
    const gap = s.text.slice(m.end - s.start, edge);
    if (out.length === 0 ? !SUBJECT_TO_VERB.test(gap) && !/^\s*$/.test(gap) : !LIST_GAP.test(gap) || NOT_TITLE.test(gap.replace(LEADING_CLAUSE, ''))) break;
    if (!out.includes(m.name)) out.unshift(m.name);
    edge = m.start - s.start;
  }
  return out;
}

/**
 * "A, who arrived on Tuesday, and B also attended, along with C": each attendee was at the meeting the article places
 * (a placeless draft marked `attend`, placed by visits.ts at the lead meeting's scene); those already given a draft by
 * this sentence keep it, and co-attendees are not one another's counterparts.
 */
export function bareAttendees<D extends AttendanceDraft>(doc: Doc, drafts: D[]): AttendanceDraft[] {
  const out: AttendanceDraft[] = [];
  for (const s of doc.sentences) {
    if (s.kind !== 'body' || !/attended|took part in/i.test(s.text)) continue;
    const text = s.text;
    if (/\?["”’)]*\s*$/.test(text)) continue;
    const k = s.index;
    const people = peopleOf(doc, k);
    if (!people.length) continue;
    BARE_ATTENDED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BARE_ATTENDED.exec(text))) {
      if (inQuote(doc, s.start + m.index)) continue;
      const headStart = Math.max(0, m.index - 200);
      const head = text.slice(headStart, m.index);
      if (NEGATED.test(head.slice(-40)) || /\b(?:will|would|could|may|might|should|if|unless)\s+(?:have\s+)?(?:also\s+)?$/i.test(head)) continue;
      // the antecedent of "who (also) attended", or the subjects before the verb
      const who = /,\s*who\s+(?:had\s+|has\s+)?(?:also\s+)?$/i.exec(head);
      const names = who ? listBackFrom(doc, k, people, headStart + who.index) : listBackFrom(doc, k, people, m.index);
      if (!who && names.length) {
        // the subjects stand at the sentence's start (after at most a fronted adverbial)
        const first = people.find((x) => x.name === names[0])!;
        // (or inside an appositive: "The ministers, among them A and B, attended ...")
        if (!/^(?:(?:On|In|At|Later|Earlier|Also|Meanwhile)\b[^,]{0,40},\s*|[^,;]{3,80},\s+(?:among\s+them|including)\s+)?(?:[\p{L}\p{M}'’.-]+\s+){0,6}$/u.test(text.slice(0, first.start - s.start))) continue;
      }
      const more = MORE_AFTER.exec(text.slice(m.index + m[0].length));
      if (more?.groups?.list) {
        const from = m.index + m[0].length + more.index + more[0].length - more.groups.list.length;
        const end = LIST_END.exec(more.groups.list);
        const to = from + (end ? end.index : more.groups.list.length);
        for (const x of people) if (x.start - s.start >= from && x.start - s.start < to && !names.includes(x.name)) names.push(x.name);
      }
      const attendees = names.filter((n) => eligible(doc, n));
      if (!attendees.length) continue;
      const day = m.groups?.day ? datesOf(doc, k, false).find((d) => d.date && d.start >= m!.index && d.start < m!.index + m![0].length)?.date ?? null : null;
      // ("attended the signing" with no place: the meeting the article placed; an attendee's own draft of this sentence
      // is the pattern for the others)
      const bareObject = !/\s(?:in|at)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(m.index + m[0].length).split(/[,;.]/)[0]);
      const owns = drafts.filter((d) => attendees.includes(d.envoy) && d.sents.includes(k) && d.mode === 'in_person');
      for (const d of owns) {
        d.counterparts = d.counterparts.filter((c) => !attendees.includes(c));
        if (d.placeless && !d.attend && bareObject) d.attend = /signing|ceremony/i.test(m[0]) ? 'ceremony' : 'meeting';
      }
      // (the event attended, named by no day of its own, is the article's signing or ceremony: its day)
      // (a day inside a relative clause is that person's own: "X, who arrived on Tuesday night, and Y also attended")
      const clauses = whoClauseSpans(text);
      const sentDays = datesOf(doc, k, false).filter((d) => d.date);
      const lead = day || !bareObject || sentDays.some((d) => !clauses.some(([a, b]) => d.start >= a && d.start < b)) ? null : leadCeremonyDay(doc, k);
      if (lead && !sentDays.length) for (const d of owns) d.date = lead;
      const model = owns[0];
      for (const who of attendees) {
        if (owns.some((d) => d.envoy === who)) continue;
        if (model) out.push({ ...model, envoy: who, date: lead ?? model.date, counterparts: model.counterparts.filter((c) => c !== who), companions: [], sents: [...model.sents] });
        else if (bareObject) out.push({ envoy: who, city: null, country: null, date: day ?? lead, mode: 'in_person', counterparts: [], companions: [], sents: [k], placeless: true, undatedClause: !(day ?? lead), attend: /signing|ceremony/i.test(m[0]) ? 'ceremony' : 'meeting' });
      }
    }
  }
  return out;
}
/** The day of the article's first signing or ceremony told before sentence k, within a month before publication. */
function leadCeremonyDay(doc: Doc, k: number): string | null {
  let first = FIRST_CEREMONY.get(doc);
  if (first === undefined) {
    first = null;
    for (const s of doc.sentences) {
      if (s.kind !== 'body' || !/\b(?:signed|signing|ceremony)\b/i.test(s.text)) continue;
      const d = datesOf(doc, s.index, false).find((x) => x.date && !inQuote(doc, s.start + x.start))?.date;
      if (!d) continue;
      first = { sent: s.index, date: !doc.publishedAt || d > doc.publishedAt || Date.parse(doc.publishedAt) - Date.parse(d) > 31 * 86400000 ? null : d };
      break;
    }
    FIRST_CEREMONY.set(doc, first);
  }
  return first && first.sent < k ? first.date : null;
}
const FIRST_CEREMONY = new WeakMap<Doc, { sent: number; date: string | null } | null>();
const NEGATED = /\b(?:not|never|neither|nor|no)\b[^,;]{0,20}$/i;
