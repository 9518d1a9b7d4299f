/**
 * Statements: direct quotations (every quote style, split quotes, quotes spanning
 * sentences) and reported speech ("X said that ...", "according to X, ...",
 * "..., the statement said"), attributed to a canonical person or institution.
 */
import { DATELINE_RE, inQuote, quotesStartingIn, sentenceFrom, type Doc, type Quote } from '../document';
import { countryLabel, kbOfficeHolder, kbSurnameHolder, kbTopOfficial, kbUnSecretaryGeneral, resolvePronoun, resolveTitle, type Mention } from '../actors/mentions';
import { CAPITAL_BY_CC, CITY_BY_SURFACE, COUNTRY_BY_SURFACE, COUNTRY_NAME, DEMONYMS, INSTITUTIONS, PERSON_BY_NAME } from '../knowledge';
import type { Statement } from '../types';
import { MONTH_NAME, REPORTS_THAT, WEEKDAY_NAME, foldKey, trimPunct, wordCount } from '../util/text';

const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|stated|states|stressed|stresses|noted|notes|reiterated|reiterates|emphasi[sz]ed|emphasi[sz]es|insisted|insists|warned|warns|' +
  'announced|announces|claimed|claims|affirmed|affirms|maintained|argued|argues|explained|explains|confirmed|confirms|denied|acknowledged|urged|urges|' +
  'wrote|writes|tweeted|tweets|posted|boasted|declared|declares|assured|assures|reminded|reminds|underlined|underscored|highlighted|pointed out|voiced hope|expressed hope|read out|' +
  'expressed (?:concern|optimism|confidence)|express(?:es|ed) (?:its|his|her|their) (?:hope|concern|optimism|confidence)|hoped|hopes|cautioned|suggested|predicted|vowed|pledged|promised|conceded|admitted|revealed|disclosed|' +
  'reported|remarked|observed|asserted|reaffirmed|welcomed|alleged|described|informed|informs|briefed|mentioned|recalled|accused|demanded|called for|called on|indicated|answered|replied|responded|' +
  // "called the deal "a victory for Africa."": naming a thing with quoted words, as "described ... as" (not "so-called")
  '(?<!-)called(?=\\s+(?:the|it|this|that|them)\\s+(?:[\\w-]+\\s+){0,3}?["“])' +
  // "rejects reports that CLAUSE": other verbs of denial are speech only before the reports they deny
  `|(?:denies|deny|rejected|rejects|dismissed|dismisses)(?=\\s+${REPORTS_THAT})`;
/**
 * "opposition leader Said Abdullo Nuri signed": a capitalised "Said" inside a sentence, before another capitalised word,
 * is the given name (Said, Saïd), not the verb.
 */
function isGivenNameSaid(text: string, verb: RegExpExecArray): boolean {
  return verb[0] === 'Said' && verb.index > 0 && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(verb.index + verb[0].length));
}
/** A reported clause that reports another's words: "the President stressed that", "Hamdok had told him that". */
const NESTED_REPORT = new RegExp(`^\\s*(?:that\\s+)?((?:the\\s+)?(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*\\s+){0,4}?[\\p{Lu}][\\p{L}\\p{M}.'’-]*)\\s+(?:had\\s+|has\\s+)?(?:${SPEECH_VERBS})\\s+(?:(?:him|her|them|us|me)\\s+)?that\\s+`, 'u');
const VERB_RE = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'gi');
const AFTER_QUOTE_VERB = new RegExp(`^\\s*[,.]?\\s*(?:(?:he|she|they|it)\\s+)?(?:${SPEECH_VERBS}|according to)\\b`, 'i');
const SPEAKER_THEN_VERB = new RegExp(`^\\s*,?\\s*(.{1,120}?)\\s+(?:also\\s+|further\\s+|later\\s+)?(?:${SPEECH_VERBS})\\b`, 'i');
const STATEMENT_NOUN = /\b(?:the|a|an|its|their|his|her)\s+(?:(?:joint|official|brief|written|separate|press|foreign office|fo|ministry|embassy)\s+)*(?:statement|communiqu[eé]|readout|press release|report|announcement)(?![\wÀ-ÿ])/i;

/**
 * Who an indefinite phrase may name without naming anyone ("a diplomat", "one Hamas negotiator", "two senior
 * officials"): an anonymous source, never a person an article's title would resolve to.
 */
const ANONYMOUS_NOUNS =
  'officials?|diplomats?|sources?|spokesman|spokesperson|aides?|advisers?|analysts?|members?|person|people|observers?|negotiators?|delegates?|mediators?|commanders?|officers?';
const ANONYMOUS_PHRASE = `(?:a|an|one|two|three|several|some|other)\\s+(?:[\\w.’'-]+\\s+){0,3}?(?:${ANONYMOUS_NOUNS})`;
/** A speaker phrase ending in an anonymous source ("a diplomat", "one official familiar with the talks"). */
const ANONYMOUS_SPEAKER = new RegExp(`\\b${ANONYMOUS_PHRASE}(?:\\s+(?:familiar|close|with|in|at|of|from)\\b[^,]*)?\\s*$`, 'i');

/** "A Downing Street spokesman", "a Kremlin spokeswoman in Moscow": an indefinite spokesperson of the body named before
 *  the noun (the body's words in group 1). */
const INSTITUTION_VOICE_RE = /^\s*(?:[Aa]n?|[Oo]ne)\s+(?:(?:senior|chief)\s+)?((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,4}?)spokes(?:man|woman|person)(?:\s+in\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)?\s*$/u;

/** A news agency as a whole subject: "The Saudi Press Agency", "North Korea's official KCNA news agency", "Syria's state
 *  news agency SANA" (the name in groups 1-3). */
const NEWS_AGENCY_SUBJECT_RE = /^\s*(?:[Tt]he\s+)?(?:(?:[\p{Lu}][\p{L}]+\s+){0,2}[\p{Lu}][\p{L}]+['’]s\s+)?(?:(?:official|state|state-run|state-owned)\s+)*(?:([\p{Lu}]{2,6})\s+news\s+agency|((?:[\p{Lu}][\p{L}]+\s+){1,3}(?:News|Press)\s+Agency)|news\s+agency\s+([\p{Lu}]{2,6}))\s*$/u;
/** Knowledge-base names of armed or political movements. */
const GROUP_NAMES = new Set(INSTITUTIONS.filter((i) => i.group).map((i) => i.name));
/** Where sentence `sent`'s text starts, after a wire's dateline. */
function sStartOf(doc: Doc, sent: number): number {
  return doc.sentences[sent].start + (DATELINE_RE.exec(doc.sentences[sent].text)?.[0].length ?? 0);
}

interface Ctx {
  doc: Doc;
  lastSpeaker: { name: string; sent: number } | null;
  lastSource: string | null; // institution that issued "the statement"
  /** organisations the knowledge base lacks, named in full earlier in the article */
  unknownOrgs: string[];
}

function mentionsIn(doc: Doc, sent: number, a: number, b: number): Mention[] {
  return doc.actors.bySentence[sent].filter((m) => m.start >= a && m.end <= b && !inQuote(doc, m.start));
}

/** "X of the Y Council wrote": the person named right before "of (the)" and the body at `bodyStart`, who speaks for themself. */
function memberNamedBefore(doc: Doc, ms: Mention[], bodyStart: number): Mention | undefined {
  return ms.findLast((m) => m.kind === 'person' && m.end <= bodyStart && /^\s+of\s+(?:the\s+)?$/i.test(doc.raw.slice(m.end, bodyStart)));
}

function isPossessiveAt(doc: Doc, m: Mention): boolean {
  return !!m.possessive || /^['’]s?\b/.test(doc.raw.slice(m.end, m.end + 2));
}

const TITLE_NOUNS =
  'envoy|representative|minister|ambassador|mediator|moderator|facilitator|general|chief|commander|president|premier|prime minister|negotiator|diplomat|secretary-general|secretary|spokesman|spokeswoman|spokesperson|leader|head|chairman|official|adviser|advisor|emir|king|prince|director|coordinator';
const TITLE_ANYWHERE = new RegExp(`\\b(?:the|a|an|[A-Z][a-z]+(?:['’]s)?)\\s+((?:[\\w.’'-]+\\s+){0,4}?(?:${TITLE_NOUNS}))\\b`, 'i');
/** Only a title before a sentence's subject: "The French foreign minister ", "The rebels' chief negotiator ". */
const TITLE_ONLY_BEFORE = new RegExp(`^\\s*(?:the|a|an|[A-Z][a-z]+['’]s)\\s+(?:[\\w.’'-]+\\s+){0,4}?(?:${TITLE_NOUNS})\\s+$`, 'i');
const TITLE_AT_END = new RegExp(`\\b(?:the|a|an|its|their|[A-Z][a-z]+(?:['’]s)?)\\s+((?:[\\w.’'-]+\\s+){0,4}?(?:${TITLE_NOUNS}))\\s*$`, 'i');
/** Adverbs and adjuncts that may sit between a subject and its verb. */
/** "X, who flew to Washington on Wednesday, said": a relative clause between a named subject and the verb */
/** Only capitalised words (titles, a state) before a sentence's subject: "US Secretary of State", "Dr". */
const SUBJECT_TITLE_WORDS = /^\s*(?:(?:[\p{Lu}][\p{L}\p{M}.'’()-]*|of|for|the|and)\s+){0,8}$/u;
const RELATIVE_AT_END = /(?<=[\p{L}\p{M}.)])\s*,\s*(?:who|which)\s+[^,;"“”]{1,100},\s*$/u;
const ADJUNCT_AT_END =
  /(?:,\s*)?\s*\b(?:also|further|later|then|again|reportedly|separately|earlier|previously|himself|herself|itself|themselves|only|however|for (?:his|her|its|their) part|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:on|in|via) (?:Twitter|X|Facebook|Telegram|social media)|in a (?:statement|tweet|post|speech|interview|televised address|news conference|press conference))\s*,?\s*$/i;
/** Institution names a generic head noun can stand for ("the group" = Hamas, "the army" = Sudanese Armed Forces). */
const INSTITUTION_HEAD: Record<string, RegExp> = {
  group: /^(?:Taliban|Hamas|Houthis|Hezbollah|M23|Rapid Support Forces|Hayat Tahrir|Tehreek|Palestinian Islamic Jihad|Tigray)/,
  movement: /^(?:Taliban|Hamas|Houthis|Hezbollah|M23|Tigray)/,
  militia: /^(?:Rapid Support Forces|Houthis|Hezbollah)/,
  army: /(?:Armed Forces|Army|Defense Forces)/,
  military: /(?:Armed Forces|Army|Defense Forces|Inter-Services)/,
  mission: /(?:Mission|UNAMA|UNSMIL)/,
  ministry: /Ministry|Foreign Office/,
  office: /Office/,
  presidency: /Presidency/,
  // "the regional body said", "the bloc said": a multilateral organisation named before
  body: /^(?:African Union|IGAD|CARICOM|ECOWAS|SADC|ASEAN|European Union|Arab League|Gulf Cooperation Council|OSCE|NATO|United Nations)$/,
  bloc: /^(?:African Union|IGAD|CARICOM|ECOWAS|SADC|ASEAN|European Union|Arab League|Gulf Cooperation Council)$/,
  // ("the agency said" after the IAEA, a body named by its initials)
  agency: /^IAEA$/,
};
/** (a portfolio may list its parts: "Ethiopia's Ministry of Water, Irrigation and Energy") */
const UNKNOWN_ORG_AT_END =
  /(?:\b[Tt]he|(?<owner>[\p{Lu}][\p{L}-]+)['’]s)\s+((?:[\p{Lu}][\p{L}’'-]*\s+){0,4}(?:Headquarters|Council|Committee|Commission|Ministry|Office|Authority|Command|Secretariat|Directorate|Service|Presidency|Parliament|Assembly|Mission|Delegation|Cabinet|Front|Movement|Party|Army|Navy|Armed Forces|Government)(?:\s+(?:for|of|on)\s+(?:the\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+(?:of|and|for|on|the|[\p{Lu}][\p{L}’'-]*)|,\s*[\p{Lu}][\p{L}’'-]*(?=(?:,?\s+[\p{Lu}][\p{L}’'-]*)*\s+and\s+[\p{Lu}]))*)?)\s*$/u;
/** Words before a body that make the subject others than the body: "critics of", "supporters of", "loyal to". */
const ABOUT_A_BODY = /\b(?:(?:critics|opponents|supporters|detractors|foes|rivals|enemies|sympathi[sz]ers|victims)\s+of|(?:loyal|allied|close|opposed|hostile)\s+to)\s+$/i;
/** An organisation name that is a news outlet ("the Press Office" is not one). */
const MEDIA_NAME = /\b(?:News|Times|Post|Radio|Television|TV)\b|\bPress\b(?!\s+(?:Office|Service|Secretariat))/;
const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY_NAME}|${MONTH_NAME}|The|A|An|It|This|That)$`);

/** An acronym as the whole subject, with an optional lower-case description of the body ("the CNARED opposition coalition", "the opposition VMRO-DPMNE"). */
const ACRONYM_SUBJECT = /^\s*(?:[Tt]he\s+)?(?:(?<kind>opposition|ruling|rebel|armed|separatist|nationalist|governing)\s+)?(?<acronym>[\p{Lu}][\p{Lu}\p{N}]{1,9}(?:-[\p{Lu}][\p{Lu}\p{N}]{1,9})?)(?<body>\s+(?:[\p{Ll}-]+\s+){0,2}(?:coalition|platform|alliance|movement|group|party|front|rebels|militia|organi[sz]ation|union|committee|council|bloc))?\s*$/u;

/** The full name an article gives an acronym ("the Coordination of Azawad Movements (CMA)"), or null; news outlets excluded. */
function acronymDefinition(raw: string, acronym: string): string | null {
  const m = new RegExp(`((?:[\\p{Lu}][\\p{L}\\p{M}'’-]*\\s+(?:(?:of|for|the|and|in|de|du|des|la|le)\\s+)*){1,7})\\(${acronym}\\)`, 'u').exec(raw);
  if (!m) return null;
  const name = m[1].trim().replace(/^The\s+/, '');
  return MEDIA_NAME.test(name) || !/\s/.test(name) ? null : name;
}

/** The name an article writes out in full whose capitalised words' initials spell an acronym of three letters or more
 *  ("Transitional National Government president X ... The TNG denied"), or null (news outlets excluded). */
function acronymByInitials(raw: string, acronym: string): string | null {
  if (!/^[A-Z]{3,6}$/.test(acronym)) return null;
  const re = /\b[A-Z][a-z]+(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][a-z]+)+/g;
  for (const m of raw.matchAll(re)) {
    const words = m[0].split(/\s+/);
    for (let i = 0; i + acronym.length <= words.length; i++) {
      const caps = words.slice(i).filter((w) => /^[A-Z]/.test(w));
      if (caps.length < acronym.length || caps.slice(0, acronym.length).map((w) => w[0]).join('') !== acronym) continue;
      // the name runs from its first capitalised word to the one spelling the acronym's last letter
      const lastWord = caps[acronym.length - 1];
      const name = words.slice(i, words.indexOf(lastWord, i) + 1).join(' ');
      if (!/^[A-Z]/.test(words[i]) || MEDIA_NAME.test(name)) continue;
      return name;
    }
  }
  return null;
}

/** Resolve a speaker phrase [a,b) (absolute) in sentence `sent`: the noun phrase right before the verb, else the phrase's head. */
/** Short state names for a government ("US government", "UK government"); other states by their short English name. */
const STATE_SHORT: Record<string, string> = { US: 'US', GB: 'UK', AE: 'UAE' };
/** "Iran", "Tehran", "the United States" as the whole subject -> "<state> government"; anything else -> null. */
function stateAsSubject(core: string): string | null {
  const name = core.trim().replace(/^(?:[Tt]he)\s+/, '');
  let cc = COUNTRY_BY_SURFACE.get(name);
  if (!cc) {
    const city = CITY_BY_SURFACE.get(name);
    // ("Washington" for the capital the gazetteer names "Washington, D.C.")
    const capital = city && CAPITAL_BY_CC.get(city.cc)?.name;
    if (capital === name || capital?.startsWith(`${name},`)) cc = city?.cc;
  }
  if (!cc) return null;
  return `${STATE_SHORT[cc] ?? COUNTRY_NAME.get(cc) ?? cc} government`;
}

/** A title whose holder has an office that speaks (parliament's Speaker besides the usual titles). */
const OFFICE_HOLDER_TITLE = new RegExp(`\\b(?:${TITLE_NOUNS}|speaker)$`, 'i');
/** The person last written with `title` right before their name ("Speaker Husseini") up to sentence `sent`. */
function personTitled(doc: Doc, title: string, sent: number): string | null {
  const written = new RegExp(`\\b${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+$`, 'i');
  for (let k = sent; k >= 0; k--) {
    const m = doc.actors.bySentence[k].findLast((x) => x.kind === 'person' && written.test(doc.raw.slice(Math.max(0, x.start - title.length - 2), x.start)));
    if (m) return m.name;
  }
  return null;
}

/**
 * "Guaidó's office" -> "Office of Juan Guaidó"; "the Speaker's office" -> "Office of Speaker <holder>" when the article
 * names who holds the title, else the title's office as written ("Israeli Prime Minister's Office"); null when the
 * phrase is no such office (envoys' offices are left to `envoyOfficeOf`).
 */
function officeOfPossessor(ctx: Ctx, sent: number, a: number, core: string): string | null {
  const m = /(?:^|\s)((?:[\p{Lu}][\p{L}\p{M}.’'-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}.’'-]*|(?:[Tt]he\s+)(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)['’]s\s+(?:press\s+)?office\s*$/u.exec(core);
  if (!m) return null;
  const possessor = m[1];
  const possessorEnd = a + m.index + m[0].indexOf(possessor) + possessor.length;
  // (a possessive mention ends after its "'s")
  const person = mentionsIn(ctx.doc, sent, a, possessorEnd + 2).find((x) => x.kind === 'person' && x.end >= possessorEnd);
  // (a head of state's or government's office is a state body, "Turkish Presidency", read elsewhere; a prime minister's
  // is "Lebanon Prime Minister's Office")
  const headOfState = (name: string) => [...(ctx.doc.actors.persons.get(name)?.kinds ?? [])].some((k) => k === 'head_of_state' || k === 'head_of_government');
  if (person) return headOfState(person.name) ? primeMinisterOfficeOf(ctx.doc, person.name) : `Office of ${person.name}`;
  const title = possessor.replace(/^[Tt]he\s+/, '');
  if (/\b(?:envoy|representative|mediator|moderator|facilitator|president|prime minister|premier|chancellor)$/i.test(title) || !OFFICE_HOLDER_TITLE.test(title)) return null;
  const holder = resolveTitle(ctx.doc.actors, title, sent) ?? kbTopOfficial(title, ctx.doc.publishedAt) ?? personTitled(ctx.doc, title, sent);
  const written = title.replace(/(^|\s)([\p{Ll}])/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
  return holder ? `Office of ${written} ${holder}` : `${written}'s Office`;
}

/**
 * The office of a head of government ("Mikati's office", "his office" after the prime minister): "Lebanon Prime
 * Minister's Office"; null for anyone else (a president's office, named in too many ways, is left alone).
 */
function primeMinisterOfficeOf(doc: Doc, name: string): string | null {
  const p = doc.actors.persons.get(name);
  return p?.country && p.kinds.has('head_of_government') && !p.kinds.has('head_of_state') ? `${countryLabel(p.country)} Prime Minister's Office` : null;
}

function speakerOf(ctx: Ctx, sent: number, a: number, b: number, verbAt: number): string | null {
  const { doc } = ctx;
  const phrase = doc.raw.slice(a, b);
  const pron = /^\s*(?:he|she)\s*$/i.exec(phrase) ?? /\b(?:he|she)\s*(?:also|further|later|then|himself|herself)?\s*$/i.exec(phrase);
  if (pron) {
    // ("X was in Niamey on 14 January, and he told me that ...": the pronoun's own place, so X before it in the sentence
    // is its antecedent)
    return resolvePronoun(doc.actors, sent, a + pron.index, ctx.lastSpeaker);
  }
  const ms = mentionsIn(doc, sent, a, b).filter((m) => !isPossessiveAt(doc, m));
  // "..., Zin Mar Aung, the foreign minister of the NUG, who told her that": the relative pronoun's antecedent
  if (/,\s*who\s*$/i.test(phrase)) {
    const ps = ms.filter((m) => m.kind === 'person');
    if (ps.length) return ps[ps.length - 1].name;
  }
  // "... was denied by the Norwegian Embassy, which said that": the relative pronoun's antecedent, the organisation
  // the phrase ends with; no person named earlier in it speaks
  const which = /,\s*which\s*$/i.exec(phrase);
  if (which) {
    const antecedent = speakerOf(ctx, sent, a, a + which.index, a + which.index);
    return antecedent && !doc.actors.persons.has(antecedent) ? antecedent : null;
  }
  // "the co-chairs said" in an article naming "the co-chairs of the OSCE Minsk Group": the "OSCE Minsk Group co-chairs"
  if (/\b[Tt]he\s+(?:three\s+|two\s+)?co-?chairs(?:\s*[–—(][^–—()]{0,200}[–—)])?\s*(?:also\s+|jointly\s+)?$/.test(phrase)) {
    const body = coChairsOf(doc);
    if (body) return `${body} co-chairs`;
  }
  // "The co-chairs – A, B and C – said": a group speaks, not its first member
  if (/^\s*(?:the|both)\s+(?:two\s+|three\s+)?(?:[\w-]+\s+)?[\w-]+s\s*[–—(]/i.test(phrase) && !/^\s*(?:the|both)\s+(?:two\s+)?(?:sides|parties)\b/i.test(phrase) && ms.filter((m) => m.kind === 'person').length >= 2) return null;
  // (a list too long for the phrase, which begins inside it: the sentence opens with the group, the list's dash closes
  // right before the verb)
  const sentenceHead = doc.raw.slice(doc.sentences[sent].start, b);
  if (/[–—]\s*$/.test(phrase) && /^\s*(?:the|both)\s+(?:two\s+|three\s+)?(?:[\w-]+\s+)?[\w-]+s\s*[–—][^–—]{1,300},[^–—]+\band\s[^–—]+[–—]\s*$/i.test(sentenceHead)) return null;
  // "Dr Rugunda, who flew in ... with A and Maj. B, described": a subject named first, then a long relative clause
  // (commas, names of companions inside it) ending right before the verb, is the speaker
  // (the phrase may begin inside that clause: read from the sentence's start, after a wire's dateline: "GENEVA, May 2
  // (Reuters) - X, who ..., said")
  const sStart = doc.sentences[sent].start + (DATELINE_RE.exec(doc.sentences[sent].text)?.[0].length ?? 0);
  const fromStart = b - sStart <= 330 ? doc.raw.slice(sStart, b) : '';
  // ("Sergei Lavrov, the Russian foreign minister, speaking at a news conference in Antalya, said": a participle of the
  // occasion, in place of the relative clause)
  const who = /,\s*(?:who|speaking|talking|addressing|writing)\s/.exec(fromStart);
  if (who && /^,\s*(?:who|speaking|talking|addressing|writing)\s+[^;"“”]{1,250},\s*$/u.test(fromStart.slice(who.index))) {
    // ("Gabriel Escobar, the US envoy for the Western Balkans, who also attended the talks, said": an apposition may come first)
    const subject = mentionsIn(doc, sent, sStart, sStart + who.index).find((m) => sStart + who.index - m.end <= 1 || /^\s*,\s*(?:the|a|an|[\p{Lu}][\p{L}\p{M}-]*['’]s)\s+[^,;"“”]{1,80}$/u.test(doc.raw.slice(m.end, sStart + who.index)));
    // ("The French foreign minister X, who ...": a title in lower case before the name opens the subject too)
    if (subject && !isPossessiveAt(doc, subject) && (SUBJECT_TITLE_WORDS.test(doc.raw.slice(sStart, subject.start)) || TITLE_ONLY_BEFORE.test(doc.raw.slice(sStart, subject.start)))) return subject.name;
  }
  // strip adjuncts between the subject and the verb ("X also said", "X, for his part, said")
  let core = phrase;
  for (let k = 0; k < 4; k++) {
    const m = RELATIVE_AT_END.exec(core) ?? ADJUNCT_AT_END.exec(core);
    if (!m || m[0].length === 0) break;
    core = core.slice(0, m.index);
  }
  const coreEnd = a + core.replace(/\s+$/, '').length;
  // "sources close to the SDF", "a source familiar with the talks": unnamed people, not the institution they are close to
  if (/^\s*(?:(?:a|an|one|two|three|several|some|other|senior|the)\s+)?(?:[\w.’'-]+\s+){0,2}?(?:sources?|officials?|diplomats?|people|aides?|insiders?)\s+(?:close to|familiar with|in|at|from|of|with knowledge of|briefed on)\b/i.test(core) ||
      /^\s*(?:sources|officials|diplomats|insiders)\s*$/i.test(core)) return null;
  // 0. "Majed al-Ansari, the spokesman of Qatar's foreign ministry, told": the person named before an apposition naming
  // their office speaks, not the office
  const appo = /,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|head|chief|director|minister|ambassador|envoy|representative|adviser|advisor)\s+(?:of|for|at|to)\s+[^,;"“”]{1,80},\s*$/i.exec(core);
  if (appo) {
    const owner = ms.filter((m) => m.kind === 'person' && m.end <= a + appo.index && a + appo.index - m.end <= 1).pop();
    if (owner) return owner.name;
  }
  // 1. a mention ending right before the verb
  const adjacent = ms.filter((m) => m.end <= coreEnd && coreEnd - m.end <= 1 + (/\)\s*$/.test(core) ? 8 : 0));
  if (adjacent.length) {
    const adj = adjacent[adjacent.length - 1];
    // "X, meanwhile, talking to Y said": Y is an object, X the subject
    const first = ms.find((m) => m.kind === 'person');
    if (first && first !== adj && first.end <= adj.start && /\b(?:to|with|by|from|for|about|against|met|meeting|talking|speaking|and)\b/i.test(doc.raw.slice(first.end, adj.start))) return first.name;
    // "X of the Y Council wrote": a person named with the body they belong to speaks, not the body
    const member = adj.kind === 'institution' ? memberNamedBefore(doc, ms, adj.start) : undefined;
    if (member) return member.name;
    return adj.name;
  }
  // "..., the U.N. mission said": the UN mission the article names, or else the one mission of the knowledge base in
  // the one country the article names among the missions' countries ("the UN mission" in a report from Libya: UNSMIL)
  if (/\b(?:UN|U\.N\.|United Nations)\s+(?:(?:political|peacekeeping|support)\s+)?mission\s*$/i.test(core)) {
    const mission = unMissionOf(doc, sent);
    if (mission) return mission;
  }
  // 2a. "the ministry said", "the mission said": the last institution of that kind named so far
  // (not after an acronym: "the ALPS group said" is that group, not the last group named)
  const headNoun = /\bthe\s+([a-z-]+\s+)?(mission|ministry|office|embassy|department|agency|council|army|military|movement|group|militia|government|presidency|body|bloc)\s*$/i.exec(core);
  if (headNoun && !/^[A-Z]{2}/.test(headNoun[1] ?? '')) {
    const noun = headNoun[2].toLowerCase();
    for (let k = sent; k >= 0 && k >= sent - 12; k--) {
      const insts = doc.actors.bySentence[k].filter((m) => m.kind === 'institution' && (k < sent || m.end <= coreEnd));
      for (let i = insts.length - 1; i >= 0; i--) {
        const nm = insts[i].name.toLowerCase();
        const kind = INSTITUTION_HEAD[noun];
        if (nm.includes(noun) || (kind && kind.test(insts[i].name))) return insts[i].name;
      }
    }
    const named = ctx.unknownOrgs.findLast((o) => o.toLowerCase().includes(noun));
    if (named) return named;
    const portfolio = noun === 'ministry' ? ministryOfMinister(doc, sent) : null;
    if (portfolio) return portfolio;
  }
  // 2. a statement noun right before the verb ("..., the statement said")
  if (/\b(?:statement|communiqu[eé]|readout|press release|announcement)\s*$/i.test(core) || /\bit\s*$/i.test(core)) {
    const inst = ms.filter((m) => m.kind === 'institution').pop();
    if (inst) return inst.name;
    if (ctx.lastSource) return ctx.lastSource;
  }
  // "The Saudi Press Agency said that ...", "North Korea's official KCNA news agency said on Tuesday that ...": a news
  // agency named as the sentence's subject speaks, as written (the state's voice); after the clause (", the Saba news agency
  // said") it only reports
  const agency = a <= sStartOf(doc, sent) ? NEWS_AGENCY_SUBJECT_RE.exec(core) : null;
  if (agency) return agency[1] ?? agency[2] ?? agency[3];
  // news media reporting are not the speaker ("Houthi media reported", "the Saba news agency said")
  if (/\b(?:media|news agency|agency|television|TV|channel|broadcaster|newspaper|daily|outlet|press|news site|website)\s*$/i.test(core)) return null;
  // "A Pakistan Foreign Office spokesman (in Rawalpindi) said": an unnamed spokesman of a state's ministry speaks for it,
  // the ministry named as written
  const ministryVoice = /^\s*(?:[Aa]n?|[Oo]ne)\s+((?:U\.S\.|[\p{Lu}][\p{L}]+)\s+(?:Foreign|Defen[cs]e|Interior|External Affairs|State)\s+(?:Office|Ministry|Department))\s+spokes(?:man|woman|person)(?:\s+in\s+[\p{Lu}][\p{L}-]+)?\s*$/u.exec(core);
  if (ministryVoice) {
    const state = ministryVoice[1].split(/\s+/)[0].replace(/\./g, '');
    if (COUNTRY_BY_SURFACE.has(state) || DEMONYMS.has(state)) return ministryVoice[1].replace(/\./g, '');
  }
  // "UN sources said", "Hamas sources said": unnamed sources in a body named right before them are that group, the
  // body as written ("UN sources"), not the body itself, which speaks through its officials
  const groupOf = /^\s*(sources)\s*$/.exec(doc.raw.slice(ms.at(-1)?.end ?? b, coreEnd));
  const body = groupOf ? ms.at(-1) : undefined;
  if (groupOf && body?.kind === 'institution' && /^\s*(?:(?:the|senior|diplomatic)\s+)*$/i.test(doc.raw.slice(a, body.start))) {
    return `${doc.raw.slice(body.start, body.end).replace(/['’]s?$/, '')} ${groupOf[1]}`;
  }
  // "A Downing Street spokesman denied", "a Kremlin spokeswoman (in Moscow) said": an unnamed voice of a body the
  // knowledge base knows, named right before the noun, speaks for that body (not a state's name: "a Kenyan official")
  // (as the sentence's subject, not an armed movement's voice, "A Houthi spokesman said", named as written)
  const bodyVoiceOne = a <= sStartOf(doc, sent) ? INSTITUTION_VOICE_RE.exec(core) : null;
  if (bodyVoiceOne) {
    const voiced = mentionsIn(doc, sent, a, a + bodyVoiceOne.index + bodyVoiceOne[0].length).find(
      (m) => m.kind === 'institution' && doc.raw.slice(m.start, m.end) === bodyVoiceOne[1].trim() && !stateAsSubject(bodyVoiceOne[1].trim()) && !GROUP_NAMES.has(m.name),
    );
    if (voiced) return voiced.name;
  }
  // an anonymous source ("a diplomat said", "one official said", "two sources said") is nobody we can name
  if (ANONYMOUS_SPEAKER.test(core)) return null;
  // "UNITA's representation in Lisbon denied", "Hamas's political office in Doha said": an organisation's office or
  // delegation (abroad) speaks for the organisation
  const orgOrgan = /['’]s?\s+(?:political\s+|press\s+|liaison\s+)?(?:office|representation|mission|delegation|bureau)(?:\s+(?:in|to)\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)?\s*$/u.exec(core);
  if (orgOrgan) {
    const owner = mentionsIn(doc, sent, a, a + orgOrgan.index + 2).find((m) => m.kind === 'institution' && m.end >= a + orgOrgan.index && /^\s*(?:[Tt]he\s+)?$/.test(doc.raw.slice(a, m.start)));
    if (owner && !stateAsSubject(doc.raw.slice(owner.start, owner.end))) return owner.name;
  }
  // "Guaidó's office denied", "The Speaker's office denied": the office of a person named or titled by the possessive
  const ownerOffice = officeOfPossessor(ctx, sent, a, core);
  if (ownerOffice) return ownerOffice;
  // "his office said", "the envoy's office said": the office speaks, not the person
  // (but "the envoy's office said" in an article naming the "Office of the UN Special Envoy for Yemen" is that office)
  if (/\b(?:his|her|their|[\w.’'-]+['’]s)\s+(?:press\s+)?(?:office|team|aides?|camp|press service|media office|secretariat)\s*$/i.test(core)) {
    if (!/\b(?:his|her|the\s+(?:[\w-]+\s+)?(?:envoy|representative|mediator)['’]s)\s+office\s*$/i.test(core)) return null;
    // ("..., his office said" after a prime minister: that head's office)
    const holder = /\b(?:his|her)\s+office\s*$/i.exec(core);
    const head = holder && resolvePronoun(doc.actors, sent, a + holder.index, ctx.lastSpeaker);
    return envoyOfficeOf(doc) ?? (head ? primeMinisterOfficeOf(doc, head) : null);
  }
  // "the SDF media centre said", "the army's press office said": the organ as written, named after its body
  const mediaOrgan = /(?:^|\bthe\s+)((?:[\p{Lu}][\p{L}\p{N}-]*\s+){1,3})(media (?:centre|center|office)|press (?:office|service))\s*$/u.exec(core.trim().replace(/^(?:the|The)\s+/, ''));
  if (mediaOrgan) return `${mediaOrgan[1].trim()} ${mediaOrgan[2]}`;
  // "the SDF General Command said", "the Houthi Supreme Political Council said": an organ of a named institution
  const organ = /\s+(?:General\s+)?(?:Command|Council|Leadership|Secretariat|Bureau|Politburo|Political Bureau|Media Office|Press Office)\s*$|['’]s\s+(?:executive|central|political|leadership|general)\s+(?:committee|council|command|bureau)\s*$/.exec(core);
  if (organ) {
    // (the body as possessor too: "The PKK's executive committee said")
    const inst = mentionsIn(doc, sent, a, b).filter((m) => m.kind === 'institution' && m.end <= a + organ.index + 1 && a + organ.index - m.end <= 30).pop();
    if (inst) return inst.name;
  }
  // "The head of the opposition delegation said": the one person the article describes as leading that side's delegation
  const sideHead = /\b(?:head|leader|chief)\s+of\s+the\s+([\w-]+)\s+(?:delegation|negotiating team|team|side)\s*$/i.exec(core);
  if (sideHead) {
    const who = headOfSide(doc, sideHead[1].toLowerCase());
    if (who) return who;
  }
  // 3. a title right before the verb ("the group's leader said")
  const tEnd = TITLE_AT_END.exec(core);
  if (tEnd) {
    // "the Secretary-General said": in a text about the UN, the UN's of the day, not an under-secretary-general named nearer
    const unChief = /^secretary-general$/i.test(tEnd[1].trim()) && /\b(?:UN|U\.N\.|United Nations)\b/.test(doc.raw) ? kbUnSecretaryGeneral(doc.publishedAt) : null;
    // ("Qatar's prime minister", "the Qatari prime minister and foreign minister": a state read as the title's determiner
    // still restricts it to that state's officials)
    const lead = /^\s*(?:the\s+)?([\p{Lu}][\p{L}]+)(?:['’]s)?\s+$/iu.exec(tEnd[0].slice(0, tEnd[0].lastIndexOf(tEnd[1])));
    const title = lead && (COUNTRY_BY_SURFACE.has(lead[1]) || DEMONYMS.has(lead[1])) ? `${lead[1]} ${tEnd[1]}` : tEnd[1];
    const r = unChief ?? resolveTitle(doc.actors, title, sent) ?? kbOfficeHolder(title, doc.publishedAt) ?? kbTopOfficial(tEnd[0], doc.publishedAt);
    if (r) return r;
  }
  // "The French foreign ministry's spokesman said", unnamed: the ministry, as for "the French foreign ministry spokesman"
  const bodyVoice = /['’]s\s+spokes(?:man|woman|person)\s*$/i.exec(core);
  const voiceOf = bodyVoice ? mentionsIn(doc, sent, a, a + bodyVoice.index).findLast((m) => m.kind === 'institution' && m.end === a + bodyVoice.index) : undefined;
  if (voiceOf) return voiceOf.name;
  // "the Swiss embassy in Maputo said", "the US Treasury Department said": a state's embassy or department, as written
  // ("Nicaragua's embassy in Washington said": the state as possessor too)
  const emb = /(?:\b[Tt]he\s+(U\.S\.|[\p{Lu}][\p{L}]+)|(?<![\p{L}\p{M}'’-])([\p{Lu}][\p{L}]+)['’]s)\s+[Ee]mbassy(?:\s+in\s+([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?))?\s*$/u.exec(core);
  const embState = emb ? (emb[1] ?? emb[2]).replace(/\./g, '') : '';
  if (emb && (COUNTRY_BY_SURFACE.has(embState) || DEMONYMS.has(embState))) return `${embState} Embassy${emb[3] ? ` in ${emb[3]}` : ''}`;
  // "The Royal Court in Amman said": a state's court or presidency placed in its capital speaks for that state
  // ("A spokesman for the Royal Court in Amman denied": so does its unnamed spokesman)
  // ("The Ministry of Foreign Affairs in Kabul denied": the ministry by its usual name, "Afghanistan Foreign Ministry";
  // "The government spokesman in Nicosia denied", unnamed: "Cyprus government spokesman")
  const seatBody = /^\s*(?:(?:[Aa]n?|[Tt]he)\s+spokes(?:man|woman|person)\s+for\s+)?[Tt]he\s+(Royal Court|Royal Palace|Presidency|Presidential Palace|Foreign Ministry|Foreign Office|Ministry of Foreign Affairs|government spokes(?:man|woman|person))\s+in\s+([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)\s*$/u.exec(core);
  const seat = seatBody ? CITY_BY_SURFACE.get(seatBody[2]) : undefined;
  if (seatBody && seat && CAPITAL_BY_CC.get(seat.cc)?.name === seat.name) {
    const named = /spokes/.test(seatBody[1]) ? resolveTitle(doc.actors, seatBody[1], sent) : null;
    return named ?? `${countryLabel(seat.cc)} ${seatBody[1].replace('Ministry of Foreign Affairs', 'Foreign Ministry')}`;
  }
  const dept = /\b[Tt]he\s+(U\.S\.|US|UK)\s+((?:[\p{Lu}][\p{L}]+\s+){1,2}Department)\s*$/u.exec(core);
  if (dept) return `${dept[1].replace(/\./g, '')} ${dept[2]}`;
  // "The US Treasury said": the Treasury Department, as it is usually named
  if (/\b[Tt]he\s+(?:U\.S\.|US)\s+Treasury\s*$/u.test(core)) return 'US Treasury Department';
  // "Qatar and Egypt said in a joint statement": two states speaking together, named as their joint statement
  const statePair = /^\s*(?:[Tt]he\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)\s+and\s+(?:the\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)\s*$/u.exec(core);
  if (statePair && COUNTRY_BY_SURFACE.has(statePair[1]) && COUNTRY_BY_SURFACE.has(statePair[2]) && /^\s*[\p{L}]+\s+in\s+a\s+joint\s+(?:statement|communiqu[eé]|declaration)\b/u.test(doc.raw.slice(verbAt, verbAt + 80))) {
    return `${statePair[1]} and ${statePair[2]} joint statement`;
  }
  // "Russia's defence ministry said": a state's ministry written in lower case, named as "Russia Defence Ministry"
  const lcMinistry = /\b([\p{Lu}][\p{L}-]+)['’]s\s+(defen[cs]e|foreign|interior|justice|finance|health|energy|economy|agriculture|education|information)\s+ministry\s*$/u.exec(core);
  if (lcMinistry) {
    const cc = COUNTRY_BY_SURFACE.get(lcMinistry[1]);
    if (cc) return `${countryLabel(cc)} ${lcMinistry[2][0].toUpperCase()}${lcMinistry[2].slice(1)} Ministry`;
  }
  // 4a. an organisation the knowledge base lacks, named in full ("the Coordination Headquarters for the Treatment of Prisoners of War said")
  const org = UNKNOWN_ORG_AT_END.exec(core);
  // ("Critics of the Lakeland Unity Government said", "Fighters loyal to the Government of National Accord said": others
  // who speak about the body, or for their own side, not the body)
  if (org && !MEDIA_NAME.test(org[2]) && !ABOUT_A_BODY.test(core.slice(0, org.index))) {
    // "X of the Ambazonia Governing Council wrote": the person named with the body speaks
    const member = memberNamedBefore(doc, ms, a + org.index);
    if (member) return member.name;
    // "Egypt's Ministry of Water Resources" is named with its state, as "Egypt Ministry of ..."
    const owner = org.groups?.owner;
    const ownerState = owner ? COUNTRY_BY_SURFACE.get(owner) : undefined;
    // ("Dbeibah's Government of National Unity": a body of several words a person heads is named as itself)
    const ownerPerson = owner && !ownerState && /\s/.test(org[2].trim()) && mentionsIn(doc, sent, a, b).some((m) => m.kind === 'person' && m.start === a + org.index + org[0].indexOf(owner));
    const body = org[2].trim();
    // (a government named only by its state's adjective, "the Afghan Government", is left to the state's own rules)
    const bareStateGovernment = /^(?:[\p{Lu}][\p{L}-]+\s+){1,2}Government$/u.test(body) && body.split(/\s+/).slice(0, -1).every((w) => DEMONYMS.has(w) || COUNTRY_BY_SURFACE.has(w));
    // (nor a bare head, "The Ministry rejects", nor a possessive read as part of the name, "The Government's Peace Secretariat")
    const name = bareStateGovernment || !/\s/.test(body) || /['’]s\b/.test(body) ? null : owner ? (ownerState ? `${countryLabel(ownerState)} ${body}` : ownerPerson ? body : null) : body;
    if (name) {
      ctx.unknownOrgs.push(name);
      return name;
    }
  }
  // "the UN mission, MONUSCO": an acronym in apposition to an organisation noun names it
  const acronym = /\b(?:mission|agency|organi[sz]ation|body|force|office|group|monitor|committee|commission|observatory),\s*([\p{Lu}][\p{Lu}\p{N}-]{2,9})\s*$/u.exec(core);
  if (acronym) return acronym[1];
  // "The CMA said", "The CNARED opposition coalition said", "The opposition VMRO-DPMNE said": an organisation by its acronym, spelled out where the
  // article defines it ("the Coordination of Azawad Movements (CMA)"); a bare acronym nowhere defined stays unknown
  const byAcronym = ACRONYM_SUBJECT.exec(core);
  const named = byAcronym?.groups;
  if (named?.acronym && !COUNTRY_BY_SURFACE.has(named.acronym)) {
    // (or, undefined, by the initials of a name the article writes out: "Transitional National Government" for "the TNG")
    const spelled = acronymDefinition(doc.raw, named.acronym) ?? acronymByInitials(doc.raw, named.acronym);
    if (spelled || named.body || named.kind) return spelled ?? named.acronym;
  }
  // "Tehran denied", "Iran said": a state, or its capital standing for it, as the whole subject speaks as its government
  // (in the past tense only: "Qatar says ...", "Ukraine warns against ..." are headlines, "with Moscow insisting on its
  // demands" no statement)
  const state = /^\s*\p{L}+(?<!s|ing)\b/u.test(doc.raw.slice(b, b + 30)) ? stateAsSubject(core) : null;
  if (state) return state;
  // "The Palestinian leadership said", "the Bosnian Serb leadership said": a people's leadership, as written
  const leadership = /^\s*[Tt]he\s+((?:[\p{Lu}][\p{L}-]+\s+){1,2})leadership\s*$/u.exec(core);
  if (leadership && leadership[1].trim().split(/\s+/).every((w) => DEMONYMS.has(w))) return `${leadership[1].trim()} leadership`;
  // 4. an unknown capitalised name right before the verb ("Reuters reported"): nobody we know
  const lastWord = /([\p{Lu}][\p{L}\p{M}'’.-]*)\s*$/u.exec(core);
  if (lastWord && !CALENDAR_WORD.test(lastWord[1]) && !/,\s*$/.test(core)) return null;
  const persons = ms.filter((m) => m.kind === 'person');
  if (persons.length) {
    // the first person of the phrase is its head ("X, the envoy of Y, said")
    return persons[0].name;
  }
  if (STATEMENT_NOUN.test(phrase) || /\bit\s*$/i.test(phrase)) {
    const inst = ms.find((m) => m.kind === 'institution');
    if (inst) return inst.name;
    if (ctx.lastSource) return ctx.lastSource;
  }
  // (not a body modifying a noun: "committed to respect the UN arms embargo and called for")
  const insts = ms.filter((m) => m.kind === 'institution' && !ATTRIBUTIVE_AFTER.test(doc.raw.slice(m.end, Math.min(b, m.end + 40))));
  if (insts.length) return insts[insts.length - 1].name;
  const title = TITLE_ANYWHERE.exec(phrase);
  if (title) return resolveTitle(doc.actors, title[1], sent);
  void verbAt;
  return null;
}

/**
 * "South Africa's Minister of International Relations and Cooperation, X, ... According to the ministry, ...": the
 * ministry of the portfolio last named with its state ("South Africa Ministry of International Relations and
 * Cooperation"), or null.
 */
function ministryOfMinister(doc: Doc, sent: number): string | null {
  for (let k = sent; k >= 0 && k >= sent - 12; k--) {
    const m = [...doc.sentences[k].text.matchAll(/\b([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)['’]s\s+Minister\s+(?:of|for)\s+([\p{Lu}][\p{L}-]+(?:\s+(?:(?:and|of|for|the)\s+)?[\p{Lu}][\p{L}-]+)*)/gu)].pop();
    const cc = m && COUNTRY_BY_SURFACE.get(m[1]);
    if (m && cc) return `${countryLabel(cc)} Ministry of ${m[2]}`;
  }
  return null;
}

/** The UN missions of the knowledge base, with the country or territory their names end with ("... Mission in Libya"). */
const UN_MISSIONS = INSTITUTIONS.map((i) => ({ name: i.name, place: /^UN\b.*\bMission\b.*\bin\s+(?:the\s+)?([\p{Lu}][\p{L} ]+?)(?:\s+\(|$)/u.exec(i.name)?.[1] })).filter((m): m is { name: string; place: string } => !!m.place);
function unMissionOf(doc: Doc, sent: number): string | null {
  for (let k = sent; k >= 0; k--) {
    const named = doc.actors.bySentence[k].filter((m) => m.kind === 'institution' && UN_MISSIONS.some((u) => u.name === m.name)).pop();
    if (named) return named.name;
  }
  // (a place's name not after another capitalised word: "Sudan" is not named by "South Sudan")
  const found = UN_MISSIONS.filter((u) => new RegExp(`(?<![\\p{Lu}][\\p{L}-]*\\s)\\b${u.place}\\b`, 'u').test(doc.raw));
  return found.length === 1 ? found[0].name : null;
}
const ENVOY_OFFICE_RE = /\bOffice of the (?:(?:UN|U\.N\.|EU|AU|OSCE|US|Secretary-General['’]s|[\p{Lu}][\p{L}-]*)\s+){0,4}(?:Special\s+|Personal\s+|High\s+)?(?:Envoy|Representative|Mediator|Commissioner)(?:\s+(?:for|on|to)\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+(?:and\s+)?[\p{Lu}][\p{L}-]*){0,3})?/gu;
/** The one person described as leading a side's delegation ("X, who leads the delegation of the opposition ..."). */
function headOfSide(doc: Doc, side: string): string | null {
  const found = new Set<string>();
  const sideRe = new RegExp(`\\b${side.replace(/[^\w-]/g, '')}\\b`, 'i');
  for (const s of doc.sentences) {
    if (s.kind !== 'body') continue;
    const ms = doc.actors.bySentence[s.index].filter((m) => m.kind === 'person');
    ms.forEach((m, i) => {
      const stop = Math.min(s.end, ms[i + 1]?.start ?? s.end, m.end + 100);
      const after = doc.raw.slice(m.end, stop);
      const role = /^\s*,\s*(?:who\s+(?:leads|led|heads|headed)\s+|(?:[^,;.]{0,60}\s+and\s+)?(?:the\s+)?(?:head|leader|chief)\s+of\s+)(?:the\s+)?([^,;.]{0,60})/i.exec(after);
      if (role && /\b(?:delegation|team|negotiators|side)\b/i.test(role[1]) && sideRe.test(role[1])) found.add(m.name);
    });
  }
  return found.size === 1 ? [...found][0] : null;
}

/** The format whose co-chairs the article names ("The co-chairs of the OSCE Minsk Group"), if one. */
function coChairsOf(doc: Doc): string | null {
  const names = new Set<string>();
  for (const s of doc.sentences) {
    if (s.kind !== 'body' || !/co-?chairs/i.test(s.text)) continue;
    for (const m of s.text.matchAll(/\b[Cc]o-?[Cc]hairs of (?:the\s+)?((?:[\p{Lu}][\p{L}-]*\s+){0,4}[\p{Lu}][\p{L}-]*)/gu)) names.add(m[1]);
    // ("with the Minsk Group co-chairs A, B and C": the body named before them)
    for (const m of s.text.matchAll(/(?<![\p{L}-])((?:[\p{Lu}][\p{L}-]*\s+){1,4})[Cc]o-?[Cc]hairs\b/gu)) {
      const body = m[1].trim().replace(/^(?:The|Both)(?:\s+|$)/, '');
      if (body) names.add(body);
    }
  }
  return names.size === 1 ? [...names][0] : null;
}

/** The one envoy's office the article names ("Office of the UN Special Envoy for Yemen"), if any. */
function envoyOfficeOf(doc: Doc): string | null {
  const names = new Set<string>();
  for (const s of doc.sentences) {
    if (s.kind !== 'body' || !s.text.includes('Office of')) continue;
    for (const m of s.text.matchAll(ENVOY_OFFICE_RE)) names.add(m[0].replace(/\s+/g, ' '));
  }
  return names.size === 1 ? [...names][0] : null;
}

function cleanClause(s: string): string {
  let t = s.trim();
  t = t.replace(/^(?:on|in|via|through)\s+(?:Twitter|X|Facebook|Telegram|social media|a tweet|a series of tweets|a statement|an interview(?: with [\w\s]+?)?|a (?:press|news) conference|a televised address|a speech)\s*,?\s*/i, '');
  t = t.replace(/^(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|night|morning|evening)\s*,?\s*/i, '');
  // (a whole word: "the mediators would monitor" keeps "the mediators")
  t = t.replace(/^(?:to\s+)?(?:reporters|journalists|the media|the press|lawmakers)\b\s*,?\s*/i, '');
  t = t.replace(/^(?:in a statement|in a tweet|on Twitter|on X)\s*,?\s*/i, '');
  t = t.replace(/^(?:earlier|later|previously|again|also|separately|repeatedly|publicly|privately)\s*,?\s+(?=that\b)/i, '');
  t = t.replace(/^(?:after|before|during|following|at the end of)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|session|visit|call|briefing|signing|ceremony)\s*,?\s+(?=that\b)/i, '');
  t = t.replace(/^that\s+/i, '');
  t = t.replace(/^[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][\w ]{2,30})?\s*(?:\([^)]{1,30}\))?\s*[—–-]\s*/, ''); // a dateline
  t = trimPunct(t, ' \t,;:–—-');
  t = t.replace(/[.]+$/, '');
  return t;
}

export function extractStatements(doc: Doc): Statement[] {
  const out: Array<Statement & { at: number }> = [];
  const ctx: Ctx = { doc, lastSpeaker: null, lastSource: null, unknownOrgs: [] };
  const usedQuotes = new Set<Quote>();
  let lastDirect: { idx: number; end: number; block: number } | null = null;
  const openSpans: Array<[number, number]> = [];
  let questionBlock = -1;
  // (a two-word sentence quoted after a colon, 'wrote on X: "Very exciting!"', is a statement too)
  const push = (speaker: string | null, text: string, type: 'direct' | 'indirect', evidence: string, at: number, sent: number, minWords = 3) => {
    if (!speaker) return;
    const t = text.trim();
    if (wordCount(t) < minWords) return;
    out.push({ speaker, text: t, type, evidence, at });
    ctx.lastSpeaker = { name: speaker, sent };
  };

  for (const sent of doc.sentences) {
    if (sent.kind === 'headline') continue;
    const text = sent.text;
    const S = sent.start;
    // statement sources named in this sentence ("according to a statement by the US embassy")
    const srcM = /\b(?:according to|said in|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:statement|communique|readout|press release)(?:\s+(?:by|from|issued by)\s+(?:the\s+)?)?/i.exec(text);
    if (srcM) {
      // (after the statement noun only with "by" or "from": in "According to the final communique, the M23 must ..." the
      // M23 is what the communique is about, not its author)
      const authorAfter = /\b(?:by|from)\s+(?:the\s+)?$/i.test(srcM[0]);
      const insts = doc.actors.bySentence[sent.index].filter((m) => m.kind === 'institution' && m.start >= S + srcM.index - 30 && m.start <= S + srcM.index + (authorAfter ? srcM[0].length + 40 : 0));
      if (insts.length) ctx.lastSource = insts[0].name;
      // "a statement by the Office of the UN Special Envoy for Yemen": the office, not the UN inside its name
      const office = new RegExp(ENVOY_OFFICE_RE.source, 'u').exec(text.slice(srcM.index + srcM[0].length, srcM.index + srcM[0].length + 120));
      if (office && office.index <= 4) ctx.lastSource = office[0].replace(/\s+/g, ' ');
    }

    // ---- a transcript's speaker label: "SECRETARY RUBIO: Well, thank you. ..." (the rest of the paragraph) ----
    const label = paragraphLabel(doc, sent.index);
    // "QUESTION: Hamas says it has accepted a proposal. Is that ...?": a journalist's question reports no one's words
    if (label && /^(?:QUESTION|Q)$/.test(label[1].trim())) questionBlock = sent.block;
    // "RFE/RL: Krasnoselsky says Chisinau is ...", "RAPPLER: ...": so is a paragraph labelled by the interviewing outlet,
    // one word in capitals (or two joined by a slash) that names nobody, between answers labelled by a person
    else if (outletQuestion(doc, sent.index, label)) questionBlock = sent.block;
    if (questionBlock === sent.block) continue;
    if (label) {
      // a full name without honorific ("Oleg Serebrian: ") labels an answer only when it is that person's own name
      const named = transcriptSpeaker(doc, label[1], /^[^:]*,\s/.test(label[0]));
      const who = named && label[2] !== undefined && !foldKey(named).includes(foldKey(label[2])) ? null : named;
      if (who) {
        let end = sent.end;
        for (let k = sent.index + 1; k < doc.sentences.length && doc.sentences[k].block === sent.block; k++) end = doc.sentences[k].end;
        push(who, doc.raw.slice(S + label[0].length, end).trim(), 'direct', text, S + label[0].length, sent.index);
        // "MR. FOLEY: The Secretary spoke with Foreign Minister Igor Ivanov, who said Russia would ...": another person,
        // named in the labelled sentence, whose words it reports, speaks too
        const others = new Set(doc.actors.bySentence[sent.index].filter((m) => m.start >= S + label[0].length).map((m) => m.name));
        for (const r of reportedIn(ctx, sent.index, [])) if (r.speaker && r.speaker !== who && others.has(r.speaker) && r.at >= S + label[0].length) push(r.speaker, r.text, 'indirect', text, r.at, sent.index);
        ctx.lastSpeaker = { name: who, sent: sent.index };
        continue;
      }
    }

    // ---- direct quotations starting in this sentence ----
    const quotes = quotesStartingIn(doc, S, sent.end);
    // direct quotations seen so far that may still cover this sentence (a quote can span sentences)
    while (openSpans.length && openSpans[0][1] < S) openSpans.shift();
    const directSpans: Array<[number, number]> = [...openSpans];
    for (const q of quotes) {
      const qtext = doc.raw.slice(q.start, q.end);
      const words = wordCount(qtext);
      // a short quotation is usually a quoted phrase, unless it is a whole sentence after a colon (': "Implementation is everything."')
      const sentenceAfterColon = words >= 2 && WHOLE_SENTENCE.test(qtext) && /:\s*$/.test(doc.raw.slice(Math.max(S, q.outerStart - 3), q.outerStart));
      if (words < 5 && !sentenceAfterColon && !shortUtterance(doc, S, q, qtext, words)) continue;
      // a quoted fragment closing a reported clause ("said the talks had been ... and that the regime was
      // ready "with or without ...""): the clause is the statement, typed indirect
      if (/^[\p{Ll}]/u.test(qtext) && fragmentOfReportedClause(doc, S, q.outerStart, q.outerEnd, sent.end)) continue;
      // attribution after the quote (same or next sentence) or before it
      let speaker: string | null = null;
      const afterEnd = Math.min(doc.raw.length, q.outerEnd + 160);
      const ci = sentenceFrom(doc, q.outerEnd - 1);
      const cs = doc.sentences[ci];
      const containing = cs && q.outerEnd >= cs.start && q.outerEnd <= cs.end + 1 ? cs : sent;
      const tail = doc.raw.slice(q.outerEnd, Math.min(afterEnd, containing.end));
      const vm = AFTER_QUOTE_VERB.exec(tail);
      // an attribution is written after the quote (even if we cannot resolve who it names)
      let attributed = !!vm;
      if (vm) {
        // ", said X" / ", he added" / ", according to X"
        const restStart = q.outerEnd + vm[0].length;
        const restEnd = Math.min(containing.end, restStart + 120);
        const pron = /(?:he|she)\s+\S+$/i.test(vm[0].trim()) ? vm[0] : null;
        // ('"...," said Andrew Watkins, senior analyst for Afghanistan at the X Group.': a person named first, then an
        // apposition, whatever its last word)
        const named = mentionsIn(doc, containing.index, restStart, restEnd).find((m) => m.kind === 'person' && m.start - restStart <= 1 && /^\s*,/.test(doc.raw.slice(m.end, m.end + 2)) && !isPossessiveAt(doc, m));
        if (pron) speaker = resolvePronoun(doc.actors, containing.index, q.outerStart, ctx.lastSpeaker);
        else if (named && /^\s*$/.test(doc.raw.slice(restStart, named.start))) speaker = named.name;
        else speaker = speakerOf(ctx, containing.index, restStart, cutPhrase(doc.raw, restStart, restEnd), restStart);
        if (!speaker && /according to/i.test(vm[0])) speaker = speakerOf(ctx, containing.index, restStart, restEnd, restStart);
      } else {
        const sv = SPEAKER_THEN_VERB.exec(tail);
        if (sv && !/[.!?]/.test(sv[1].replace(ABBREV_DOTS, '')) && sv[1].length < 110) {
          attributed = true;
          const a = q.outerEnd + sv[0].indexOf(sv[1]);
          speaker = speakerOf(ctx, containing.index, a, a + sv[1].length, a + sv[1].length);
        }
      }
      // 'X received the delegation and "stressed ...", the ministry said': a quoted fragment inside a clause
      // attributed after it; the whole clause is the statement, typed indirect
      if (attributed && /^[\p{Ll}]/u.test(qtext) && clauseRunsInto(doc.raw.slice(S, q.outerStart))) continue;
      if (!speaker) {
        // attribution before the quote: "X said: “...", "X stressed the Taliban “must ..."
        const head = doc.raw.slice(S, q.outerStart);
        let lastVerb: RegExpExecArray | null = null;
        VERB_RE.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = VERB_RE.exec(head))) if (!inQuote(doc, S + m.index)) lastVerb = m;
        if (lastVerb) {
          const vAbs = S + lastVerb.index;
          const subjStart = Math.max(S, vAbs - 160);
          speaker = speakerOf(ctx, sent.index, clauseStart(doc.raw, subjStart, vAbs), vAbs, vAbs);
          // ('X said A and stressed that "QUOTE"': the sentence's subject, before its first verb of saying, speaks again;
          // a quoted sentence only, not a fragment in lower case)
          VERB_RE.lastIndex = 0;
          const firstVerb = !speaker && /^[\p{Lu}]/u.test(qtext) && /\b(?:and|but)\s+(?:also\s+)?$/i.test(head.slice(0, lastVerb.index)) ? VERB_RE.exec(head) : null;
          if (firstVerb && firstVerb.index < lastVerb.index && !inQuote(doc, S + firstVerb.index)) speaker = speakerOf(ctx, sent.index, S, S + firstVerb.index, S + firstVerb.index);
        } else if (sentenceAfterColon && !attributed && !/[“”"«»]/.test(head)) {
          // 'He ended with an invitation: "Next time in Moscow."': a quoted sentence after a colon, in a sentence
          // without a verb of saying, is the words of the person that sentence opens with
          const subject = mentionsIn(doc, sent.index, S, q.outerStart).find((x) => x.kind === 'person' && !isPossessiveAt(doc, x) && SUBJECT_TITLE_WORDS.test(doc.raw.slice(S, x.start)));
          if (/^\s*(?:He|She)\s/.test(head)) speaker = resolvePronoun(doc.actors, sent.index, S, ctx.lastSpeaker);
          else if (subject && /^\s+[\p{Ll}]/u.test(doc.raw.slice(subject.end, subject.end + 3))) speaker = subject.name;
        }
      }
      if (!speaker) {
        // a paragraph-long quotation continues the previous speaker
        const lead = doc.raw.slice(S, q.outerStart).trim();
        if (!lead && !attributed && ctx.lastSpeaker && sent.index - ctx.lastSpeaker.sent <= 2) speaker = ctx.lastSpeaker.name;
      }
      if (!speaker && sent.kind === 'embed' && sent.embedAuthor) speaker = null; // tweets are optional; skip
      if (!speaker) continue;
      usedQuotes.add(q);
      directSpans.push([q.outerStart, q.outerEnd]);
      if (q.outerEnd > sent.end) openSpans.push([q.outerStart, q.outerEnd]);
      const evParts: string[] = [];
      for (let k = sentenceFrom(doc, q.outerStart + 1); k < doc.sentences.length && doc.sentences[k].start < q.outerEnd + 1; k++) evParts.push(doc.sentences[k].text);
      const ev = evParts.join(' ');
      // a quotation split by its attribution ("A," she said, "B.") or continued in the next sentence of the
      // paragraph is one statement
      const prev = lastDirect && out[lastDirect.idx];
      if (
        prev && lastDirect && !attributed && prev.speaker === speaker && lastDirect.block === sent.block && q.outerStart >= lastDirect.end &&
        (wordCount(doc.raw.slice(lastDirect.end, q.outerStart)) <= 10 || attributionThenSentence(doc.raw.slice(lastDirect.end, q.outerStart))) && !/[“”"«»]/.test(doc.raw.slice(lastDirect.end, q.outerStart))
      ) {
        prev.text = `${prev.text} ${trimPunct(qtext, ' ,')}`;
        const extraEv = evParts.filter((x) => !prev.evidence.includes(x));
        if (extraEv.length) prev.evidence = `${prev.evidence} ${extraEv.join(' ')}`;
        lastDirect.end = q.outerEnd;
        ctx.lastSpeaker = { name: speaker, sent: sent.index };
        continue;
      }
      push(speaker, trimPunct(qtext, ' ,'), 'direct', ev || sent.text, q.start, sent.index, sentenceAfterColon ? 2 : 3);
      if (out.length && out[out.length - 1].type === 'direct' && out[out.length - 1].at === q.start) lastDirect = { idx: out.length - 1, end: q.outerEnd, block: sent.block };
    }

    // ---- reported speech ----
    let reported = reportedIn(ctx, sent.index, directSpans);
    // an embedded post speaks for the people it names, not for whoever a pronoun or title stood for in the article
    if (sent.kind === 'embed') reported = reported.filter((r) => doc.actors.bySentence[sent.index].some((m) => m.name === r.speaker && (m.via === 'name' || m.via === 'surname')));
    for (const r of reported) push(r.speaker, r.text, 'indirect', sent.text, r.at, sent.index);
  }
  // dedupe (same speaker, same words) and keep text order
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.at - b.at)
    .filter((s) => {
      const k = `${s.speaker}|${s.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map(({ speaker, text, type, evidence }) => ({ speaker, text, type, evidence }));
}

/**
 * '"A," X said at the reception on Saturday night. "B."': between two quotations, the first one's attribution (the
 * speaker, then the verb of saying) with its place and time, closed by a full stop; the second quotation goes on with
 * the same words (not after an inverted '"A," said X, a lawyer who fled last year.', which the next quote leaves).
 */
function attributionThenSentence(gap: string): boolean {
  if (wordCount(gap) > 20 || !/^\s*,?\s*(?:(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,4}|[Hh]e\s+|[Ss]he\s+)(?:said|added|told\s+[\w\s]{1,40}?)(?=[\s.,])[^.!?;:]*\.\s*$/u.test(gap)) return false;
  return true;
}

/** A transcript's speaker label in capitals at the start of a paragraph: "SECRETARY RUBIO: ", "MR. WALTZ: ". */
/** (A broadcast transcript's "FIDAN (through interpreter): " or "ABBAS (via translator): " names the speaker too.) */
/** (So does a name in capitals with its office: "HANS VAN DEN BROEK, DUTCH FOREIGN MINISTER: ".) */
export const TRANSCRIPT_LABEL = /^((?:[\p{Lu}][\p{Lu}.'’-]*\s+){0,5}[\p{Lu}][\p{Lu}'’-]+)(?:,\s+(?:[\p{Lu}][\p{Lu}'’-]*\s+){0,4}(?:MINISTER|PRESIDENT|SECRETARY|SECRETARY-GENERAL|SPOKES(?:MAN|WOMAN|PERSON)|AMBASSADOR|ENVOY|CHAIRMAN|LEADER|NEGOTIATOR|MEDIATOR|REPRESENTATIVE|ADVIS[EO]R)(?:\s+(?:OF|FOR)(?:\s+[\p{Lu}][\p{Lu}'’-]*){1,3})?)?(?:\s+\((?:through|via|in|speaking)\s+(?:an?\s+)?[\p{L}\s]{2,30}\))?\s*:\s+(?=\S)/u;
/**
 * A parliamentary record's speaker label (Hansard): "Mr Falconer: ", "The Minister for the Middle East (Mr Hamish
 * Falconer): ", "Sir Iain Duncan Smith (Chingford) (Con): " (an honorific, then the name; constituency and party after).
 */
export const HANSARD_LABEL =
  /^(?:The\s+[^():\n]{3,100}?\s+\()?(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness)\.?\s+((?:[\p{Lu}][\p{L}'’-]+\s+){0,3}[\p{Lu}][\p{L}'’-]+)\)?(?:\s+\([^()]{1,60}\))*\s*:\s+(?=\S)/u;
/**
 * An interview's or hearing's label by full name, without honorific, in ordinary case: "Oleg Serebrian: ", "Stephen
 * Doughty: ", "Geir O. Pedersen: " (a middle initial after the first name) (group 2, the first name, must belong to the person the surname resolves to).
 */
export const NAME_LABEL = /^(([\p{Lu}][\p{Ll}'’-]+)(?:\s+[\p{Lu}]\.)?(?:\s+[\p{Lu}][\p{L}'’-]+){1,3})\s*:\s+(?=\S)/u;
/**
 * A briefing transcript's label by name and office: "Shri Randhir Jaiswal, Official Spokesperson: " (an optional
 * honorific, the full name, a comma, then an office that ends in a title word).
 */
export const NAME_OFFICE_LABEL =
  /^(?:(?:Shri|Smt|Mr|Mrs|Ms|Dr|H\.E\.)\.?\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]+),\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+(?:(?:of|for|on|and)\s+)?){0,5}(?:Spokes(?:person|man|woman)|Minister|Secretary|Ambassador|Envoy|Advis[eo]r|Representative|Director|Commissioner|Coordinator|Negotiator|Chair(?:man|person)?)(?:\s+(?:of|for)\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}[\p{Lu}][\p{L}-]*)?\s*:\s+(?=\S)/u;
/**
 * A release's label by office and full name, in ordinary case: "High Representative/Vice-President Josep Borrell: ",
 * "Foreign Minister Anna Lindh: " (title words, then the name; group 2, the first name, must belong to the person the
 * surname resolves to, as for NAME_LABEL).
 */
const TITLE_LABEL_WORD = '(?:High|Representative|Vice-President|President|Prime|Minister|Foreign|Defen[cs]e|Secretary(?:-General)?|of|State|Special|Envoy|Ambassador|Deputy|Chief|Spokes(?:person|man|woman)|Chancellor|Commissioner|Under-Secretary-General|Mediator|Facilitator)';
export const TITLED_NAME_LABEL = new RegExp(
  `^(?:${TITLE_LABEL_WORD}(?:\\/${TITLE_LABEL_WORD})*\\s+){1,4}(([\\p{Lu}][\\p{Ll}'’-]+)(?:\\s+[\\p{Lu}]\\.)?(?:\\s+[\\p{Lu}][\\p{L}'’-]+){1,3})\\s*:\\s+(?=\\S)`,
  'u',
);
/** The speaker label opening the first sentence of a paragraph, or null (a label heads only a paragraph). */
export function paragraphLabel(doc: Doc, k: number): RegExpExecArray | null {
  const sent = doc.sentences[k];
  if (k > 0 && doc.sentences[k - 1].block === sent.block) return null;
  const label = TRANSCRIPT_LABEL.exec(sent.text) ?? HANSARD_LABEL.exec(sent.text) ?? TITLED_NAME_LABEL.exec(sent.text) ?? NAME_LABEL.exec(sent.text) ?? NAME_OFFICE_LABEL.exec(sent.text) ?? SPOKESPERSON_LABEL.exec(sent.text);
  if (label) return label;
  // "(SOUNDBITE OF BAKER) BAKER: "...": a broadcast transcript's stage direction in capitals before a capitals label
  const stage = /^\([\p{Lu}\p{N}][\p{Lu}\p{N}\s,.'’-]*\)\s*/u.exec(sent.text);
  const staged = stage ? TRANSCRIPT_LABEL.exec(sent.text.slice(stage[0].length)) : null;
  if (stage && staged) {
    staged[0] = stage[0] + staged[0];
    return staged;
  }
  // "Brahimi: It is an agreement the Afghans wanted": an interview's label by the surname of someone the article names
  const sl = SURNAME_LABEL.exec(sent.text);
  if (sl && [...doc.actors.persons.values()].some((p) => foldKey(p.lastToken) === foldKey(sl[1]))) return sl;
  return null;
}
/** An interviewer's label: one word in capitals, or two joined by a slash ("RFE/RL"). */
const OUTLET_LABEL = /^([\p{Lu}][\p{Lu}\p{N}]+(?:\/[\p{Lu}][\p{Lu}\p{N}]+)?)\s*:\s+(?=\S)/u;

/** A paragraph labelled by an outlet that names nobody, next to a paragraph labelled by a person: the interviewer's. */
function outletQuestion(doc: Doc, k: number, label: RegExpExecArray | null): boolean {
  const sent = doc.sentences[k];
  if (k > 0 && doc.sentences[k - 1].block === sent.block) return false;
  const outlet = label ? OUTLET_LABEL.exec(label[0]) : OUTLET_LABEL.exec(sent.text);
  if (!outlet || transcriptSpeaker(doc, outlet[1]) || CAPS_TITLE_WORDS.has(outlet[1])) return false;
  // the first sentences of the paragraphs before and after it
  const firsts = [-1, 1].map((dir) => {
    let j = k;
    while (j >= 0 && j < doc.sentences.length && doc.sentences[j].block === sent.block) j += dir;
    while (dir < 0 && j > 0 && doc.sentences[j - 1].block === doc.sentences[j].block) j--;
    return j >= 0 && j < doc.sentences.length ? j : -1;
  });
  return firsts.some((j) => {
    if (j < 0) return false;
    const l = paragraphLabel(doc, j);
    return !!l && !OUTLET_LABEL.test(l[0]) && !!transcriptSpeaker(doc, l[1]);
  });
}
/** A briefing's answer labelled by the role in ordinary case ("Spokesman: ", "Deputy Spokesperson: "), read as the capitals one. */
const SPOKESPERSON_LABEL = /^((?:(?:Deputy|Associate|Chief|Principal)\s+)?Spokes(?:man|person|woman))\s*:\s+(?=\S)/u;
/** An interview's label by surname alone, in ordinary case ("Brahimi: "); group 2 repeats it for the first-name check. */
const SURNAME_LABEL = /^(([\p{Lu}][\p{Ll}'’-]{2,}))\s*:\s+(?=\S)/u;
/** A capitals label that names a person by honorific and surname ("MR. FOLEY", "MS. NAUERT"), not an outlet ("RAPPLER"). */
const PERSON_HONORIFIC_LABEL = /^(?:MR|MRS|MS|DR)\.?\s+\S+$/u;
/** Words that open a capitals label or header without being a given name ("MR. FOLEY", "SECRETARY ALBRIGHT"). */
const CAPS_TITLE_WORDS = new Set('MR MRS MS DR SECRETARY AMBASSADOR PRESIDENT MINISTER GENERAL SPOKESMAN SPOKESPERSON SPOKESWOMAN DEPUTY UNDER ASSISTANT SPECIAL ENVOY SENATOR QUESTION BRIEFER CHAIRMAN ADMIRAL AND THE OF BY'.split(' '));
/**
 * "MR. FOLEY: " under a header "BRIEFER: JAMES P. FOLEY, DEPUTY SPOKESMAN": a capitals label's surname written in full,
 * in capitals, elsewhere in the capture, in ordinary case.
 */
function capsFullName(doc: Doc, surname: string): string | null {
  if (!/^[\p{Lu}'’-]{3,}$/u.test(surname)) return null;
  const re = new RegExp(`(?<![\\p{L}.])((?:[\\p{Lu}][\\p{Lu}'’-]+\\s+)(?:[\\p{Lu}]\\.\\s+)?(?:[\\p{Lu}][\\p{Lu}'’-]+\\s+){0,2})${surname}(?![\\p{L}])`, 'gu');
  for (const m of doc.raw.matchAll(re)) {
    const words = m[1].trim().split(/\s+/);
    if (words.some((w) => CAPS_TITLE_WORDS.has(w.replace(/\.$/, '')))) continue;
    const cap = (w: string) => (/^\p{Lu}\.$/u.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase());
    return [...words, surname].map(cap).join(' ');
  }
  return null;
}
/** The person a transcript label names by surname: someone the article names, else someone the knowledge base knows by it. */
/** (`office`: the label gives an office after the name, "JANE DOE, DEPUTY FOREIGN MINISTER: ", so its full name in
 *  capitals is a person's even when nobody else names them) */
export function transcriptSpeaker(doc: Doc, label: string, office = false): string | null {
  const role = roleLabelSpeaker(doc, label);
  if (role !== undefined) return role;
  const last = label.trim().split(/\s+/).pop() ?? '';
  if (last.length < 3) return null;
  const surname = last.charAt(0) + last.slice(1).toLowerCase();
  const key = foldKey(surname);
  for (const p of doc.actors.persons.values()) if (foldKey(p.lastToken) === key) return p.name;
  return PERSON_BY_NAME.get(key)?.name ?? kbSurnameHolder(surname, doc.publishedAt)?.name ?? (PERSON_HONORIFIC_LABEL.test(label.trim()) || (office && label.trim().split(/\s+/).length >= 2) ? capsFullName(doc, last) : null);
}

/**
 * A label naming a role, not a person ("SPOKESMAN: ", "DEPUTY SPOKESPERSON: "): the person the capture names in that role
 * ("noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General", "Deputy Spokesperson Farhan Haq"), or
 * null when it names nobody; undefined when the label is no role.
 */
function roleLabelSpeaker(doc: Doc, label: string): string | null | undefined {
  const m = /^(?:(DEPUTY|ASSOCIATE|CHIEF|PRINCIPAL)\s+)?SPOKES(?:MAN|PERSON|WOMAN)$/u.exec(label.trim().toUpperCase());
  if (!m) return undefined;
  const after = m[1] ? new RegExp(`^,\\s+(?:the\\s+)?${m[1]}\\s+Spokes(?:man|person|woman)\\b`, 'i') : /^,\s+(?:the\s+)?Spokes(?:man|person|woman)\b/i;
  const before = m[1] ? new RegExp(`\\b${m[1]}\\s+Spokes(?:man|person|woman)\\s+$`, 'i') : /(?<!\b(?:Deputy|Associate|Chief|Principal)\s+)\bSpokes(?:man|person|woman)\s+$/i;
  for (const list of doc.actors.bySentence)
    for (const x of list) {
      if (x.kind !== 'person') continue;
      if (after.test(doc.raw.slice(x.end, x.end + 60)) || before.test(doc.raw.slice(Math.max(0, x.start - 60), x.start))) return x.name;
    }
  return null;
}

/**
 * '"We have a deal," Borrell told reporters.': a short quotation that opens its sentence, starts with a capital, ends
 * with the comma (or ! ?) of an attribution and is followed by one is a whole utterance, not a quoted phrase.
 */
function shortUtterance(doc: Doc, S: number, q: { outerStart: number; outerEnd: number }, qtext: string, words: number): boolean {
  if (words < 2 || !/^[\p{Lu}]/u.test(qtext) || !/[,!?]\s*$/.test(qtext)) return false;
  if (doc.raw.slice(S, q.outerStart).trim()) return false;
  const tail = doc.raw.slice(q.outerEnd, q.outerEnd + 120);
  return AFTER_QUOTE_VERB.test(tail) || SHORT_QUOTE_SPEAKER_VERB.test(tail);
}
const SHORT_QUOTE_SPEAKER_VERB = new RegExp(`^\\s*(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*\\s+){1,4}(?:${SPEECH_VERBS})\\b`, 'u');

/** Whether the quotation opening at `qAbs` ends a reported clause: a speech verb before it, then a clause of six or more words. */
function fragmentOfReportedClause(doc: Doc, S: number, qAbs: number, qEnd?: number, sentEnd?: number): boolean {
  const head = doc.raw.slice(S, qAbs);
  VERB_RE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = VERB_RE.exec(head))) if (!inQuote(doc, S + m.index)) last = m;
  if (!last) return false;
  const between = head.slice(last.index + last[0].length);
  if (/[:,]\s*$/.test(between)) return false;
  if (wordCount(between) >= 6) return true;
  // 'X said that South Africa "has no role to play" in the dispute and that ...': the reported clause runs on after
  // the quoted words (a quotation closing the sentence stays a quotation)
  if (qEnd === undefined || sentEnd === undefined || wordCount(between.replace(/^\s*(?:on\s+\w+\s+)?that\b/i, '')) < 2) return false;
  // ('said Lakeland would honour its pledges "fully and in good faith," adding: "..."': a subject, a modal and its verb
  // before the quoted words make them part of the reported clause's predicate)
  if (/^\s*(?:that\s+)?(?:[\p{L}\p{N}'’-]+\s+){1,4}?(?:would|will|could|should|must|can|might)\s+(?:(?:not|never|also|still)\s+)?\p{Ll}+\s+\S/u.test(between)) return true;
  const tail = doc.raw.slice(qEnd, sentEnd);
  // ('said the two leaders had "reviewed the progress" on decentralisation and had agreed to ...': so it does when the
  // quoted words stand inside the reported clause's predicate, a subject and verb before them)
  return /^\s+[\p{Ll}]/u.test(tail) && wordCount(tail) >= 5 && (/\band\s+that\b/i.test(tail) || /\b(?:had|has|have|was|were|is|are|would|will)\s*$/i.test(between));
}

/** Running text of at least six words leads into a quotation (not "X said:" or "X, "). */
function clauseRunsInto(head: string): boolean {
  return !/[:,]\s*$/.test(head) && wordCount(head) >= 6;
}

/** End of a speaker phrase after ", said": stop at the next comma that closes an apposition or the sentence. */
function cutPhrase(raw: string, a: number, b: number): number {
  const seg = raw.slice(a, b);
  // (", said Jane Wanjiru, whose son serves in Port-au-Prince": a relative clause on the speaker ends the phrase)
  const m = /[.;]|\s(?:in a|on|at|during|after|while|when|without|adding|who|whose)\b/.exec(seg);
  return m ? a + m.index : b;
}
function clauseStart(raw: string, a: number, b: number, doc?: Doc): number {
  const seg = raw.slice(a, b);
  let cut = 0;
  // "..., after which the White House said": a relative connective starts the speaker's clause
  // ("X, whom Belgrade radio had said would join ...": the verb inside an object relative has that clause's own
  // subject, not X; "X, whom Y had met, said" still gives X)
  // ("CORRESPONDENT: The ministry denied that ...": a label before a colon is no part of the subject)
  const re = /[.;:!?]\s|[“”"«»]|\bbut\s|\bwhile\s|\bwhereas\s|,\s*(?:after|following|upon|during|at)\s+which\s|,\s*whom\s(?=[^,]*$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg))) {
    // a short quoted fragment inside the subject ("who has made "total peace" the centrepiece") does not end it
    if (doc && m[0].length === 1 && isShortQuoteMark(doc, a + m.index)) continue;
    // "Michael R. Pompeo said": the dot of an initial inside a name ends no clause
    if (doc && m[0][0] === '.' && insideName(doc, a + m.index)) continue;
    cut = m.index + m[0].length;
  }
  // "The U.N.-led talks have been stalled since January, and the guarantors have said": ", and" after a finite clause
  // starts the speaker's own clause (not in a list of subjects: "Hamas, Fatah, and Islamic Jihad said")
  const coord = /,\s+and\s+(?=\S)/g;
  while ((m = coord.exec(seg))) {
    if (m.index > cut && FINITE_VERB_IN.test(seg.slice(cut, m.index))) cut = m.index + m[0].length;
  }
  return a + cut;
}
/** After a body's name, a common noun it modifies, then more words ("UN arms embargo and", "EU member states"). */
const ATTRIBUTIVE_AFTER = /^[-\s]+(?!(?:also|later|then|again|yesterday|today|now|still|however|too|has|have|had|is|was|were|will|would|and|or|but|on|in|at|for|said|says)\b)\p{Ll}[\p{Ll}-]*\s+\p{Ll}/u;
const FINITE_VERB_IN = /\b(?:is|are|was|were|has|have|had|will|would|did|does)\b/;
function insideName(doc: Doc, abs: number): boolean {
  const k = sentenceFrom(doc, abs);
  return k < doc.sentences.length && doc.actors.bySentence[k].some((m) => m.kind === 'person' && m.start < abs && abs < m.end);
}
function isShortQuoteMark(doc: Doc, abs: number): boolean {
  const qs = quotesStartingIn(doc, abs - 400, abs + 1);
  for (let i = qs.length - 1; i >= 0; i--) {
    const q = qs[i];
    if (q.outerStart === abs || q.outerEnd - 1 === abs) return wordCount(doc.raw.slice(q.start, q.end)) < 5;
  }
  return false;
}

/** Verbs that often take a plain object ("announced a pause", "observed a ceasefire"): reported speech only with a clause after them. */
const NEEDS_CLAUSE =
  /^(?:announced|announces|indicated|read out|explained|explains|observed|maintained|recalled|described|posted|mentioned|revealed|disclosed|admitted|conceded|claimed|claims|denied|confirmed|confirms|acknowledged|welcomed|accused|demanded|informed|informs|briefed|highlighted|underlined|underscored|reminded|reminds)$/;
/** The reports a denial is about, before the clause they reported. */
const DENIED_REPORTS = new RegExp(`^\\s+${REPORTS_THAT}\\s+`, 'i');
/** What follows "states" when it is the plural noun: a verb, an auxiliary, a conjunction or a preposition. */
const STATES_AS_NOUN_AFTER = /^\s*(?:(?:[\w-]+ed|said|told|met|held|made|took|gave|sent|have|has|had|are|were|will|would|can|could|should|must|may|and|or|to|of|in|on|at|for|with|from)\b|[,.;])/i;
/** A quotation that is a whole sentence: a capital first, a full stop, question or exclamation mark last. */
const WHOLE_SENTENCE = /^[\p{Lu}][^]*[.!?]$/u;
/** Verbs of saying that take an audience with "to" before their clause. */
const SAY_VERB = /^(?:said|says|announced|announces|declared|declares|stated|explained|confirmed|reported|insisted|stressed)$/;
/** A finite verb or modal early in the complement marks a reported clause without "that". */
/** A name or an acronym, then a comma, at the start of the clause after "According to <noun phrase>,". */
const ACCORDING_APPOSITION = /^((?:[\p{Lu}][\p{L}\p{M}\p{N}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}\p{N}.'’-]*),\s*(?=\S)/u;
/** "in a separate statement posted on Facebook after the meeting", "in a statement from Pale", "in a communiqué issued at
 * Goma on 11 July", "in a speech in Port Sudan on Monday": where and when something was said, right after the verb. */
const MEDIUM_AFTER_VERB =
  /^\s*(?:in|on|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|tweet|message|communiqu[eé]|readout|interview|speech|address|letter|video|briefing|report)(?![\p{L}\p{N}_])(?:\s+(?:posted|published|issued|released|carried)\s+(?:on|to|by)\s+(?:the\s+)?(?:[\p{Lu}][\w.]*\s*){1,4}(?:\([\p{Lu}]{2,8}\)\s*)?)?(?:\s+to\s+(?:the\s+)?(?:nation|parliament|lawmakers|reporters))?(?:\s+(?:(?:issued|released|read|delivered|made)\s+)?(?:from|in|at)\s+(?:[\p{Lu}][\p{L}-]+\s*){1,3}?(?=\s+(?:on|that)\b))?(?:\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|evening|afternoon))?|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2}))?(?:\s+(?:on|to)\s+(?:X|Twitter|Facebook|Telegram|Instagram|social media))?(?:\s+(?:after|following|before)\s+(?:the|a|an|its|his|her|their)\s+[\w-]+)?(?:\s+(?:this|yesterday|on\s+\w+)\s+(?:morning|afternoon|evening|night))?\s*,?\s*/iu;
/** "told RFI the agreement would ...", "told Al Masirah TV the talks were ...": a named outlet or person, then the clause without "that". */
const TOLD_NAMED_AUDIENCE = /^\s+(?:[\p{Lu}][\p{L}\p{M}.’'-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}.’'-]*\s+(?=(?:the|a|an|his|her|its|their|this|these|[\p{Ll}]+)\b)/u;
const FINITE_SOON = /^\s*(?:\S+\s+){0,6}?(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do)\b/i;
/** "after X announced ...": a background event, not a statement. */
const SUBORDINATE_BEFORE = /\b(?:after|before|when|since|until|because|once|whenever)\s+(?!which\b)(?:the\s+)?[^,;]{0,60}$/i;
/** "... ─ but said ...", ", and added that ...": the same subject speaks again. */
/** (", and he assured that ...": the subject may be repeated as a pronoun; "assured him of ...", "and warned of ..." report no clause) */
/** (", and denied that ...", "and confirmed reports that ...": a second verb of the same subject with its own clause) */
const SAME_SUBJECT_AGAIN = /\s*(?:[,─—–-]\s*)?\b(?:but|and)\s+(?:(?:he|she)\s+)?(?:also\s+)?(?:(?:said|says|added|adds|stressed|stresses|warned|warns|noted|notes|insisted|insists|stated|argued|vowed|reiterated|reiterates|affirmed|affirms|underlined|underlines|emphasi[sz]ed|emphasi[sz]es)\s*(?::\s*|\s(?:that\s+)?)(?!(?:of|about|against|on|for|to)\b)|(?:assured|pledged|promised)\s+(?:(?:him|her|them|us|me)\s+)?that\s+|(?:denied|confirmed|acknowledged|admitted|conceded)\s+(?:(?:media\s+|press\s+)?reports\s+)?that\s+)/i;
/** A time or occasion adjunct between a speech verb and its "that": "announced on 20 June, on Martyrs' Day, that", "said for his part that". */
const TIME_ADJUNCT_BEFORE_THAT = new RegExp(
  String.raw`^\s*,?\s*(?:on\s+(?:\d+|${WEEKDAY_NAME}|${MONTH_NAME})|during|after|following|late|early|last|yesterday|earlier|ahead of|before|for (?:his|her|its|their) part|in turn|in (?:his|her|its|their) turn)\b[^;:"“”]{0,100}?,?\s+(?=that\s)`,
  'i',
);
/** A verb inside an adjunct before "that" ("after he met X, that"): the "that" may belong to that verb. */
const VERB_IN_ADJUNCT = /\b(?:is|are|was|were|has|have|had|met|said|agreed|announced|told|\w+ed\s+(?:to|by)|so)\b/i;
/** The comma closing a parenthetical attribution, after the day it was made: "A, X said (on Thursday), B". */
const PARENTHETICAL_AFTER_VERB = new RegExp(String.raw`^\s*(?:(?:late\s+|early\s+)?on\s+${WEEKDAY_NAME}(?:\s+(?:night|morning|evening|afternoon))?|yesterday|today)?\s*,\s*`, 'i');
/** A trailing apposition that names the speaker's office. */
const APPOSITION_TAIL =
  /,\s*(?:the\s+|its\s+|[\p{Lu}][\p{L}’']*(?:['’]s)?\s+)?(?:[\p{L}’'-]+\s+){0,4}(?:unit|wing|office|ministry|department|spokesman|spokeswoman|spokesperson|envoy|minister|agency|mission|embassy|body|council|secretary|representative|ambassador|chief)\s*$/iu;

/** Periods of titles and initials, which do not end an attribution phrase. */
const ABBREV_DOTS = /\b(?:Gen|Lt|Col|Maj|Brig|Adm|Capt|Mr|Mrs|Ms|Dr|Sen|Amb|St|Rep|Gov|Prof|[A-Z])\./g;

/** A title as the whole subject, then a present-tense verb of position ("The Secretary-General welcomes the fact that",
 *  "The High Representative condemns"); not a welcome of guests ("welcomes the delegations", "welcomes President X"). */
const POSITION_SENTENCE =
  /^((?:The|the)\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,3}(?:Secretary-General|High Representative|High Commissioner|Special Envoy|Special Representative|Chairperson|Chairman|President|Prime Minister|Foreign Minister|Minister))\s+(?:welcomes(?!\s+(?:the\s+(?:visiting\s+)?(?:delegations?|guests?|visitors?|leaders?|ministers?|participants)\b|[\p{Lu}]))|condemns|commends|deplores|regrets|applauds|calls (?:on|upon)|urges|is (?:encouraged|deeply concerned|concerned|alarmed|saddened|pleased))\b/u;
/** "with X saying (that) ...": an absolute construction naming its own speaker. */
const WITH_SAYING = /\bwith\s+((?:[\p{L}\p{M}.’'-]+,?\s+){1,8}?)(?:saying|stressing|noting|warning|insisting|arguing|declaring)\s+(?:that\s+)?(.+)$/iu;
/** ", saying (that) ...": a participial attribution to the main clause's subject. */
const PARTICIPLE_SPEECH = /,\s*(?:saying|stressing|noting|warning|insisting|arguing|declaring|explaining)\s+(?:that\s+)?(.+)$/i;

/** ", but|whereas|while SUBJECT VERB": a contrast clause with its own subject and verb of saying. */
const CONTRAST_SPEAKER = new RegExp(`,\\s*(?:but|whereas|while)\\s+([^;:"“”]{2,160}?)\\s+(?:also\\s+|later\\s+)?(?:${SPEECH_VERBS})\\b`, 'gi');
/**
 * In the clause reported after `sp`'s verb (at `clauseAbs`), a contrast ", but Y said ..." whose subject Y resolves to
 * another speaker: the match, where the first speaker's clause ends; null when there is none.
 */
function contrastWithOtherSpeaker(ctx: Ctx, si: number, clause: string, clauseAbs: number, sp: string): RegExpExecArray | null {
  CONTRAST_SPEAKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONTRAST_SPEAKER.exec(clause))) {
    const subjAbs = clauseAbs + m.index + m[0].indexOf(m[1]);
    if (inQuote(ctx.doc, subjAbs)) continue;
    // (the subject starts the contrast clause: a name, a title or a state, not "but the talks, he said")
    if (/^(?:he|she|it|they|we|i|this|that|there)\b/i.test(m[1])) continue;
    const other = speakerOf(ctx, si, subjAbs, subjAbs + m[1].length, subjAbs + m[1].length);
    if (other && other !== sp) return m;
  }
  return null;
}

/** Verbs of saying that are inverted after a clause ("..., said X", "..., warned X"). */
const INVERTIBLE_VERB = /^(?:said|says|added|adds|warned|noted|argued|insisted|cautioned)$/i;
/** An anonymous source as a whole phrase ("a military official", "one Western diplomat"). */
const ANONYMOUS_SOURCE = new RegExp(`^${ANONYMOUS_PHRASE}$`, 'i');
/**
 * "If the rebels refuse, said X of the Y Foundation, the deal could fail.": a clause of six or more words ending in a
 * comma, then the verb, then its subject (a person or body named right after it) up to the next comma or the end; what
 * comes after that comma (not an apposition on the speaker) continues the clause. 'anonymous' for an unnamed source
 * ("..., warned a military official, ..."), which names nobody; null when the verb is not so inverted.
 */
function invertedAttribution(ctx: Ctx, si: number, v: RegExpExecArray, before: string, after: string): { speaker: string; rest: string } | 'anonymous' | null {
  if (!INVERTIBLE_VERB.test(v[0]) || !/[\p{L}\p{N})],\s*$/u.test(before) || wordCount(before) < 6) return null;
  const ph = /^\s+([^,;:"“”]{2,100}?)\s*(?:,\s*|\.?\s*$)/.exec(after);
  if (!ph) return null;
  const phrase = ph[1].replace(/\.$/, '');
  if (ANONYMOUS_SOURCE.test(phrase)) return 'anonymous';
  const { doc } = ctx;
  const a = doc.sentences[si].start + v.index + v[0].length + ph[0].indexOf(ph[1]);
  // (the subject opens the phrase: "said Jane Wanjiru of the ...", "said the Foreign Ministry")
  const first = mentionsIn(doc, si, a, a + phrase.length)[0];
  if (!first || !/^(?:the\s+)?$/i.test(doc.raw.slice(a, first.start))) return null;
  const speaker = memberNamedBefore(doc, mentionsIn(doc, si, a, a + phrase.length), a + phrase.length) ?.name ?? first.name;
  let rest = after.slice(ph[0].length).trim();
  // (", a former peace commissioner, the deal could fail": an apposition on the speaker is no part of the clause)
  // (but ", the ceasefire will not hold": a noun phrase with a finite verb is the clause going on)
  const appo = /^(?:the|a|an)\s+[^,;]{1,80}(?:,\s*|\.?\s*$)/i.exec(rest);
  if (appo && !FINITE_SOON.test(appo[0])) rest = rest.slice(appo[0].length);
  // (", speaking in Bogota", ", who chairs the panel", ", adding ...": what the speaker did, no part of it either)
  if (/^(?:\p{Ll}+ing|who|whose|in|on|at|during|after)\b/u.test(rest)) rest = '';
  return { speaker, rest: rest.replace(/\.$/, '') };
}

interface Reported {
  speaker: string | null;
  text: string;
  at: number;
}

function reportedIn(ctx: Ctx, si: number, directSpans: Array<[number, number]>): Reported[] {
  const { doc } = ctx;
  const sent = doc.sentences[si];
  const S = sent.start;
  const text = sent.text;
  const out: Reported[] = [];
  const inDirect = (abs: number) => directSpans.some(([a, b]) => abs >= a && abs < b);
  // a quotation covering the span, or most of it (a quotation may run on past the sentence: 'wrote: "A. B."')
  const coveredByDirect = (a: number, b: number) =>
    directSpans.some(([x, y]) => x <= a + 2 && y >= b - 2) || directSpans.some(([x, y]) => x >= a && x < b && (Math.min(y, b) - x) / Math.max(1, b - a) > 0.6);

  // "According to X, CLAUSE" / "CLAUSE, according to X"
  const acc1 = /^(?:\s*[\w\s,]{0,30}?)?According to\s+([^,]{2,80}),\s*(.+)$/i.exec(text);
  const acc1Prefix = acc1 ? text.slice(0, text.search(/According to/i)) : '';
  VERB_RE.lastIndex = 0;
  if (acc1 && acc1.index === 0 && !VERB_RE.test(acc1Prefix) && !/^\s*According to (?:reports|sources|media|officials)\b/i.test(text)) {
    const a = S + text.indexOf(acc1[1]);
    // "According to her statement, CLAUSE": the person the pronoun stands for
    // ("According to him, CLAUSE": the person the pronoun stands for)
    const own = /^(?:(?:his|her)\s+(?:statement|remarks|words|post|letter|announcement|account)|him|her)$/i.exec(acc1[1].trim());
    // "According to the UN mission, MINUSCA, CLAUSE", "according to the mission's spokesman, Jan Berg, CLAUSE": a name or
    // an acronym in apposition to a common noun belongs to the source, not to the clause
    const appos = /^(?:the|a|an|its|his|her|their)\s.*\b\p{Ll}[\p{Ll}-]*$/u.test(acc1[1].trim()) ? ACCORDING_APPOSITION.exec(acc1[2]) : null;
    const apposEnd = appos ? text.indexOf(acc1[2]) + appos[1].length : -1;
    // (not the first of a list: "According to the statement, Hamas, Fatah and Islamic Jihad agreed")
    const listGoesOn = appos ? /^(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}?(?:and|or)\s|^(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}?[\p{Lu}][\p{L}\p{M}.'’-]*\s*,/u.test(acc1[2].slice(appos[0].length)) : false;
    const named = appos && !listGoesOn && mentionsIn(doc, si, S + text.indexOf(acc1[2]), S + apposEnd).length > 0 ? appos : null;
    const source = named ? `${acc1[1]}, ${named[1]}` : acc1[1];
    const clause = named ? acc1[2].slice(named[0].length) : acc1[2];
    const sp = own ? resolvePronoun(doc.actors, si, a, ctx.lastSpeaker) : speakerOf(ctx, si, a, a + source.length, a);
    const body = cleanClause(clause);
    const at = S + text.lastIndexOf(clause);
    if (sp && !coveredByDirect(at, sent.end)) out.push({ speaker: sp, text: body, at });
    if (sp) return out;
  }
  const acc2 = /^(.+?),\s*according to\s+(.{2,100}?)\.?$/i.exec(text);

  // verbs
  VERB_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const verbs: RegExpExecArray[] = [];
  while ((m = VERB_RE.exec(text))) if (!inQuote(doc, S + m.index) && !inDirect(S + m.index) && !isGivenNameSaid(text, m)) verbs.push(m);
  // "X spoke with Y and urged him to ..., German officials said.": a sentence attributed at its end to unnamed people
  // (or to "her mission", "his office" that we cannot name) is their report, whole; the verbs inside it report nobody's
  // words (and the unnamed are nobody we can name)
  const anonTail = /,\s*((?:(?:some|several|senior|other|western|diplomatic|military)\s+)*(?:[\p{Lu}][\p{L}-]+\s+)?(?:officials|sources|diplomats|aides)|(?:his|her|their)\s+(?:mission|office|team|aides|camp))\s+(?:said|say|says|told\s+[^,;]{1,40})\s*\.?$/u.exec(text);
  if (anonTail && !speakerOf(ctx, si, S + anonTail.index + anonTail[0].indexOf(anonTail[1]), S + anonTail.index + anonTail[0].indexOf(anonTail[1]) + anonTail[1].length, S + anonTail.index + anonTail[0].length)) {
    verbs.length = 0;
  }
  for (const v of verbs) {
    const vAbs = S + v.index;
    const verb = v[0].toLowerCase();
    const before = text.slice(0, v.index);
    const afterStart = v.index + v[0].length;
    let after = text.slice(afterStart);
    // ---- "CLAUSE, said X." / "A, warned X of Y, B." (the attribution inverted after a clause without quotes) ----
    const inverted = invertedAttribution(ctx, si, v, before, after);
    if (inverted === 'anonymous') continue;
    if (inverted) {
      const clause = cleanClause(`${inverted.rest ? `${before.trimEnd()} ${inverted.rest}` : before.replace(/,\s*$/, '')}`.replace(/^(?:Meanwhile|However|Separately),\s*/i, ''));
      if (!coveredByDirect(S, vAbs) && wordCount(clause) >= 4) out.push({ speaker: inverted.speaker, text: clause, at: S });
      continue;
    }
    // ---- "CLAUSE, X said." (verb near the end, clause before) ----
    const tailAdjuncts =
      /^\s*(?:(?:to\s+)?(?:reporters|journalists|the media|the press|lawmakers|legislators|MPs|(?:the\s+)?(?:parliament|[Pp]arliament|cabinet|senate|assembly)|(?:his|her|their)\s+(?:cabinet|ministers|supporters)|(?:an?\s+|the\s+)?(?:joint\s+)?(?:press|news)\s+(?:conference|briefing)|state (?:television|TV|radio|media)|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s*)?(?:\s*(?:(?:late|early|shortly|just|soon|moments|minutes|hours) (?:on|before|after|in) [\w\s'’-]+|(?:on|late|early) \w+(?: (?:night|morning|evening|afternoon))?|(?:last|this|late last|early this) (?:night|evening|morning|afternoon|week)|yesterday|today|tonight|in an? [\w\s'’-]+|at [\w\s'’-]+|(?:outside|inside|near|beside|ahead of|upon) [\w\s'’-]+|after [\w\s'’-]+|following [\w\s'’-]+|during [\w\s'’-]+|via [\w\s'’-]+|through (?:an? |his |her )?(?:interpreter|translator))){0,3}\s*[.,]?\s*$/.test(after) ||
      PARENTHETICAL_AFTER_VERB.test(after) ||
      // ("..., X told the Forum.", "X told the Security Council": the audience a body by name, after "told" only, where
      // "the" cannot begin an inverted subject)
      (/^(?:told|tells)$/i.test(v[0]) && /^\s+the\s+(?:[\p{Lu}][\p{L}.-]*\s*){1,4}[.,]?\s*$/u.test(after));
    // ('"...," X told reporters outside the Treasury building.': where the words were said, like "at" and "in", is a tail)
    // "On Monday, X said in a statement that CLAUSE": a "that" clause after the verb is what was said, not a tail
    // ("X said on Monday, after meeting Y, that CLAUSE": an adjunct set off by commas, then the clause)
    const tailOnly = tailAdjuncts && !/^[^,;]*\bthat\s/i.test(after) && !/^[^;"“”]*?,\s*that\s/i.test(after);
    // "CLAUSE, his spokesperson, Ajuri Ngelale, said.": the name in apposition before the verb is the subject
    const lastComma = before.lastIndexOf(',');
    const commaBefore = lastComma > 0 && !before.slice(lastComma + 1).trim() ? before.lastIndexOf(',', lastComma - 1) : lastComma;
    if (tailOnly && commaBefore > 0) {
      const subj = before.slice(commaBefore + 1);
      // "X was in Washington, where he briefed Trump on ...": a relative clause of place or time, no attribution
      const relativeOfPlace = /^\s*(?:where|when|whereupon)\b/i.test(subj);
      if (!relativeOfPlace && (/\b(?:he|she|it)\s*(?:also\s+)?$/i.test(subj) || subj.trim().split(/\s+/).length <= 12)) {
        const sp = speakerOf(ctx, si, S + commaBefore + 1, vAbs, vAbs);
        // ("A, Saudi officials say, and B": unnamed people attribute the clause, and name nobody; no subject before it speaks)
        if (!sp && (ANONYMOUS_SOURCE.test(subj.trim()) || /^(?:[\p{Lu}][\p{L}-]+\s+)?(?:officials|sources|diplomats|aides)$/u.test(subj.trim()))) continue;
        if (sp) {
          let clause = text.slice(0, commaBefore);
          // parenthetical attribution: "A, X said (on Thursday), B" -> A B
          const restAfter = after.replace(PARENTHETICAL_AFTER_VERB, '');
          if (PARENTHETICAL_AFTER_VERB.test(after) && restAfter && !/^adding\b/i.test(restAfter)) {
            const rest = restAfter.replace(/^according to[^,]*(?:,\s*|[.]?\s*$)/i, '');
            if (rest.trim()) clause = `${clause} ${rest}`;
          }
          // an apposition naming the speaker's office belongs to the attribution: "CLAUSE, Pakistan's military media unit, ISPR reported"
          clause = clause.replace(APPOSITION_TAIL, '');
          const cl = cleanClause(clause.replace(/^(?:In this meeting|Meanwhile|However|Separately),\s*/i, ''));
          if (!coveredByDirect(S, vAbs) && !coveredByDirect(S, S + commaBefore) && wordCount(cl) >= 4) out.push({ speaker: sp, text: cl, at: S });
          // ", adding that ..." continues the same speaker
          const add = /^\s*,\s*adding(?: that)?\s+(.+)$/i.exec(after);
          if (add) {
            const addAbs = S + afterStart + after.indexOf(add[1]);
            const q = quotesStartingIn(doc, addAbs - 1, addAbs + 2)[0];
            if (!q || wordCount(doc.raw.slice(q.start, q.end)) < 5) out.push({ speaker: sp, text: cleanClause(add[1]), at: addAbs });
          }
          continue;
        }
      }
    }
    // ---- "X said (that) CLAUSE" ----
    if (verb === 'told' || verb === 'tells' || verb === 'informed' || verb === 'briefed' || verb === 'assured' || verb === 'urged') {
      // "told reporters after the talks in the Djiboutian capital that": whom and where, then the clause
      // ("told his cabinet, which approved the deal this morning, that": a relative clause on the audience)
      const tm = /^\s+(?:[\w.’'-]+\s+){1,10}?(?:that\s+)/i.exec(after) ?? /^\s+(?:[\w.’'-]+\s+){0,5}?[\w.’'-]+,\s*(?:which|who)\s+[^,;"“”]{1,80},\s+that\s+/i.exec(after);
      // ("urged him to ensure that CLAUSE": the clause belongs to the infinitive, what was urged, not words reported)
      if (tm && /\bto\s+\p{Ll}+\s/u.test(tm[0]) && /^(?:urged|assured)$/.test(verb)) continue;
      if (tm) after = after.slice(tm[0].length);
      else if (/^\s+(?:reporters|journalists|the media)\b/i.test(after)) {
        after = after.replace(/^\s+(?:reporters|journalists|the media)\s*(?:on (?!(?:his|her|their|its|the|an?)\b)\w+)?\s*/i, '');
        // "told reporters in Rabat on Tuesday, where he met X": where the words were said, described, and no clause
        if (/^\s*(?:in|at|on|outside|during|after|following)\b[^,;"“”]{0,60},\s*(?:where|when|whereupon)\b/i.test(after)) continue;
        // ("told reporters on his return to the capital.": an occasion to the sentence's end, no clause after it)
        if (/^\s*(?:on|upon|after|during|at|in|outside|before)\s+(?:his|her|their|its|the|an?)\s[^,;"“”]*$/i.test(after) && !FINITE_SOON.test(after)) continue;
      }
      else if (TOLD_NAMED_AUDIENCE.test(after) && FINITE_SOON.test(after.replace(TOLD_NAMED_AUDIENCE, ''))) after = after.replace(TOLD_NAMED_AUDIENCE, '');
      // "who told him Serbia would ...": a pronoun audience, then the clause without "that"
      else if (/^\s+(?:him|her|them|us|me)\s+/i.test(after) && FINITE_SOON.test(after.replace(/^\s+(?:him|her|them|us|me)\s+/i, ''))) after = after.replace(/^\s+(?:him|her|them|us|me)\s+/i, '');
      else if (verb === 'told' || verb === 'tells' || verb === 'informed') continue;
    }
    // "warned the Security Council on Monday that CLAUSE", "reminded reporters that": whom the warning was for, then the
    // clause (an audience has no verb of its own: "warned the talks could fail" is the clause)
    if (/^(?:warned|warns|cautioned|reminded|reminds)$/.test(verb)) {
      const audience = /^\s+(?!that\b)(?:the|his|her|their|its|reporters|journalists|lawmakers|diplomats|\p{Lu}[\p{L}\p{M}.'’-]*)(?:\s+[\p{L}\p{M}.’'-]+){0,6}?\s+(?=that\s)/u.exec(after);
      if (audience && !FINITE_VERB_IN.test(audience[0]) && !FINITE_SOON.test(audience[0])) after = ` ${after.slice(audience[0].length)}`;
    }
    // "the GCC states signed", "member states have agreed": the noun, not the verb of saying
    if (verb === 'states' && STATES_AS_NOUN_AFTER.test(after)) continue;
    // "announced to the plenary session that CLAUSE", "said to reporters that": the audience, then the clause
    const toAudience = SAY_VERB.test(verb) ? /^\s+to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?=that\s)/i.exec(after) : null;
    if (toAudience) after = ` ${after.slice(toAudience[0].length)}`;
    if (/^\s*(?:to|by|with|for(?!\s+(?:his|her|its|their)\s+part\b)|of)\b/i.test(after) && !/^(?:called|voiced|expressed)/i.test(verb)) continue;
    // 'wrote on X, posting pictures of ...': a participle after the verb (and its medium) is what the speaker did, not words
    if (/^\s*(?:(?:on|in|via)\s+[^,;"“”]{1,40})?,\s*\p{Ll}+ing\s+(?!that\b)/u.test(after) && !/^\s*(?:(?:on|in|via)\s+[^,;"“”]{1,40})?,\s*(?:saying|adding|stressing|noting|warning|insisting|arguing|declaring|explaining|according)\b/i.test(after)) continue;
    // "insisted on rejecting any mechanism": what someone insisted on doing, not words reported
    if (/^\s*on\s+\w+ing\b/i.test(after)) continue;
    // "called on the vice-president during the visit" is a courtesy call, not an appeal
    if (verb === 'called on' && !/\bto\s+\w+/.test(after.slice(0, 120))) continue;
    if (/^(?:said|says|say)$/.test(verb) && /^\s*(?:in|on)\s+(?:a|an|the)\s+statement\s*\.?$/i.test(after)) continue;
    // "said in a separate statement (posted on X) that CLAUSE": the medium is no part of the clause; without a
    // clause after it ("said in a written statement after the meeting, describing ...") nothing is reported
    const medium = MEDIUM_AFTER_VERB.exec(after);
    if (medium) {
      let rest = after.slice(medium[0].length);
      // ("in a communique issued late Sunday, after a summit in Djibouti, that CLAUSE": where and when the medium was
      // issued, without a verb of its own, then the clause)
      const issued = /^(?:issued|released|published|posted|circulated|distributed)\s+[^;:"“”]{1,140}?,?\s+(?=that\s)/i.exec(rest);
      if (issued && !VERB_IN_ADJUNCT.test(issued[0].slice(issued[0].indexOf(' ')))) rest = rest.slice(issued[0].length);
      // (", which was applauded by ...": a relative clause on the medium, no clause reported)
      if ((!/^that\b/i.test(rest) && !FINITE_SOON.test(rest)) || /^\s*,?\s*(?:which|who|where|when)\b/i.test(rest)) continue;
      after = rest;
    }
    // "announced on 20 June, on the occasion of Martyrs' Day, that CLAUSE": time and occasion adjuncts before "that"
    // ("said in Kinshasa that CLAUSE", "told reporters in Geneva on Sunday that": a place before "that" too)
    const placeThat = /^\s*(?:in|from)\s+(?:[\p{Lu}][\p{L}\p{M}'’-]+\s+){1,3}(?:(?:on|late on|early on)\s+(?:\p{Lu}\p{Ll}+day|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2})(?:\s+(?:morning|afternoon|evening|night))?\s+)?(?=that\s)/u.exec(after);
    if (placeThat) after = ` ${after.slice(placeThat[0].length)}`;
    const adjThat = TIME_ADJUNCT_BEFORE_THAT.exec(after);
    if (adjThat && !VERB_IN_ADJUNCT.test(adjThat[0])) after = after.slice(adjThat[0].length);
    // "said at a news conference (in Geneva on Monday) that CLAUSE": an occasion with "at" before "that"; "said at the
    // signing, in words he had long prepared": an occasion, then no clause
    const atThat = adjThat ? null : /^\s*,?\s*at\s+(?:a|an|the|his|her|their|its|this)\s+[^;:"“”,]{1,100}?\s+(?=that\s)/i.exec(after);
    if (atThat && !VERB_IN_ADJUNCT.test(atThat[0])) after = after.slice(atThat[0].length);
    else if (/^\s*at\s+(?:a|an|the|his|her|their|its|this)\s+[^;:"“”,.]{1,60},\s*(?!that\b)/i.test(after)) continue;
    // "denied (media) reports that CLAUSE": what is denied is the clause, not the reports
    const denied = DENIED_REPORTS.exec(after);
    if (denied) after = ` ${after.slice(denied[0].length)}`;
    const subjEnd = vAbs;
    const subjStart = clauseStart(doc.raw, Math.max(S, vAbs - 120), vAbs, doc);
    const subjText = doc.raw.slice(subjStart, subjEnd);
    // the subject must be right before the verb (allow appositions and adverbs)
    if (/\b(?:to|will|would|could|should|may|might|not|never|must)\s+$/i.test(subjText) && !/to say\s*$/i.test(doc.raw.slice(subjStart, vAbs + v[0].length))) continue;
    // "is due here tomorrow to say that CLAUSE": words expected, not yet said; "has said nothing in public", "said little":
    // no words reported; "negotiations called for by resolution 1754": a passive, no speaker
    if (/\b(?:due|expected|scheduled|set|going|planning|plans|intends|hopes)\b[^.;,:"“”]{0,40}\bto\s+$/i.test(subjText)) continue;
    if (/^\s*(?:nothing|little|anything)\b/i.test(after)) continue;
    if (/^called for$/.test(verb) && /^\s*by\b/i.test(after)) continue;
    // ("denied reports that CLAUSE": the "that" of the reports opens the clause, however long its subject)
    if (NEEDS_CLAUSE.test(verb) && !denied && !/^\s*(?:that\b|:|,?\s*[“"])/.test(after) && !FINITE_SOON.test(after)) continue;
    // ("answered questions", "responded with force": an answer reports words only with "that", a colon or a quotation)
    if (/^(?:answered|replied|responded)$/.test(verb) && !/^\s*(?:that\b|:|,?\s*[“"])/.test(after)) continue;
    // ("read out the names of those who had signed": what is read out is a text, quoted, not a clause)
    if (verb === 'read out' && !/^\s*that\b/i.test(after)) continue;
    // "The UN roadmap, announced in December, has been ...": a participle in apposition, not speech
    if (NEEDS_CLAUSE.test(verb) && /,\s*$/.test(before) && !/^\s*that\b/.test(after) && !denied) continue;
    // ("came hours after X told reporters that CLAUSE": words told to an audience, with their clause, are reported even in
    // a clause of time)
    const toldAudienceThat = /^told$/i.test(verb) && /^\s+(?:reporters|journalists|the (?:media|press))\b[^;:"“”,]{0,60}?\s+that\s/i.test(text.slice(afterStart));
    // "The roadmap whose terms X announced in May has stalled": the verb's object is the noun before the relative pronoun,
    // no words are reported
    if (/\b(?:whose\s+[\p{Ll}-]+|which)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}$/u.test(before) && !/^\s*(?:,\s*)?(?:that\b|:|[“"])/.test(text.slice(afterStart))) continue;
    if (SUBORDINATE_BEFORE.test(subjText) && !(toldAudienceThat && /\bafter\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,5}$/u.test(subjText))) continue;
    // joint findings of several people, sourced to a statement: the statement's author speaks
    if (acc2 && mentionsIn(doc, si, subjStart, subjEnd).filter((x) => x.kind === 'person').length >= 2 && /\band\b/.test(subjText)) break;
    let sp = speakerOf(ctx, si, subjStart, subjEnd, vAbs);
    if (!sp && /\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/i.test(before)) {
      // "X described the talks as ... and said ...": the sentence's subject speaks again
      // ("The leader of the MLC, Jean-Pierre Bemba, who ..., held talks with X but stated that ...": a title in apposition
      // before the subject's name)
      const titleFirst = (x: Mention) => x.kind === 'person' && /^\s*The\s+(?:[\p{L}-]+\s+){0,6}[\p{L}-]+,\s*$/u.test(text.slice(0, x.start - S));
      const first = doc.actors.bySentence[si].find((x) => x.start - S < 80 && x.start < vAbs && !isPossessiveAt(doc, x) && !inQuote(doc, x.start));
      const subj = first && !/^\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){0,6}$/u.test(text.slice(0, first.start - S)) ? doc.actors.bySentence[si].find((x) => x.start < vAbs && titleFirst(x)) : first;
      // ("UN envoy Jane Doe welcomed ... but said": a body naming the office of the person after it is no subject)
      const holder = subj?.kind === 'institution' ? doc.actors.bySentence[si].find((x) => x.kind === 'person' && x.start > subj.end && x.start < vAbs && /^\s*(?:(?:special|personal|deputy|chief|top|senior|peace|foreign|high|envoy|representative|mediator|spokes(?:man|woman|person)|secretary-general|secretary|ambassador|minister|commissioner|negotiator|official|head|coordinator|rapporteur|for|to|on)\s+){1,4}$/i.test(doc.raw.slice(subj.end, x.start))) : undefined;
      if (subj && (/^\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){0,6}$/u.test(text.slice(0, subj.start - S)) || titleFirst(subj))) sp = (holder ?? subj).name;
    }
    if (!sp) continue;
    // the clause: to the end of the sentence, cut before a trailing attribution
    let clause = after;
    let extra: string | null = null;
    // (", hours after the rebels hijacked an airliner": when the words were said, told by the writer, no part of them)
    // ('... "fully and in good faith," adding: "..."': the comma may close a quoted fragment, whose mark stays with it)
    const cut = /,(["”])?\s*(?:according to|the (?:statement|ministry|office) said|stating that|adding that|saying|adding|telling|he added|she added|even though|even as|without offering|dismissing|rejecting|citing|pointing to|in a (?:reference|nod) to|(?:only\s+|just\s+|barely\s+)?(?:hours|minutes|days|weeks|a day|a week|moments)\s+(?:after|before))\b/i.exec(clause);
    if (cut) {
      const tailPart = clause.slice(cut.index + 1 + (cut[1]?.length ?? 0));
      clause = clause.slice(0, cut.index) + (cut[1] ?? '');
      // ("denied the reports, saying (that) CLAUSE": the participle's clause is the same speaker's)
      // (", telling reporters (that) CLAUSE": so is the clause told; not "telling them to leave", an order)
      const st = /^\s*(?:stating that|adding that|saying(?: that)?|telling\s+(?:reporters|journalists|the (?:media|press)|him|her|them)(?:\s+that|(?!\s+to\s)))\s+(.+)$/i.exec(tailPart);
      if (st) extra = st[1];
    }
    // "X told reporters CLAUSE, while Jackson said ...": a contrast with another named subject is no part of X's clause
    // ("X said A, but Y said B", "..., whereas the ministry said B": a contrast whose own subject, another speaker, has
    // its own verb of saying is no part of it either; that verb is read next)
    const whileOther = /,\s*while\s+(?=[A-Z])/.exec(clause) ?? contrastWithOtherSpeaker(ctx, si, clause, S + afterStart + (text.slice(afterStart).length - after.length), sp);
    if (whileOther) clause = clause.slice(0, whileOther.index);
    // "...still ahead: "Implementation is everything."": the quoted sentence after the colon is a direct statement of its own
    clause = clause.replace(/:\s*["“][\p{Lu}][^"”]*[.!?]["”]\s*\.?\s*$/u, '');
    const again = SAME_SUBJECT_AGAIN.exec(clause);
    if (again && !extra) {
      extra = clause.slice(again.index + again[0].length);
      clause = clause.slice(0, again.index);
    }
    // "X said ... and that ...": keep whole
    let clauseAbs = S + afterStart + (text.slice(afterStart).length - after.length);
    // "The spokesman added that the President stressed that CLAUSE": the inner speaker's words, reported twice
    const nested = NESTED_REPORT.exec(clause);
    const inner = nested ? speakerOf(ctx, si, clauseAbs + nested[0].indexOf(nested[1]), clauseAbs + nested[0].indexOf(nested[1]) + nested[1].length, clauseAbs + nested[0].length) : null;
    if (nested && inner && inner !== sp) {
      sp = inner;
      clause = clause.slice(nested[0].length);
      clauseAbs += nested[0].length;
    }
    const cl = cleanClause(clause);
    const pushExtra = () => {
      // '"...," X told reporters, adding that CLAUSE': the added clause is still X's
      const extraAbs = extra ? clauseAbs + after.indexOf(extra) : 0;
      if (extra && wordCount(cleanClause(extra)) >= 3 && !coveredByDirect(extraAbs, extraAbs + extra.length) && !/^\s*[“"«‘']/.test(extra)) out.push({ speaker: sp, text: cleanClause(extra), at: extraAbs });
    };
    // ("a decree that the rebels said they had never agreed to": words reported inside a relative clause on a noun,
    // their object the noun itself, left out; no statement)
    const objectLeftOut = /\b(?:to|with|for|about|of|from)$/i.test(cl) && /\p{Ll}\s+(?:that|which)\s+(?:the\s+)?(?:[\p{L}\p{M}.'’-]+\s+){1,4}$/u.test(doc.raw.slice(S, vAbs));
    if (wordCount(cl) < 3 || (objectLeftOut && !extra)) {
      pushExtra();
      if (extra) break;
      continue;
    }
    if (/^(?:after|before|during|following|at|in|on|to|from|with|without|via|for)\b/i.test(cl) && !FINITE_SOON.test(cl) && wordCount(cl) <= 8) {
      pushExtra();
      if (extra) break;
      continue;
    }
    // "wrote on X after the agreement was signed", "said as she welcomed the delegations": a time clause, not what was said
    if (/^(?:after|before|when|while|once|since|until|as soon as|as\s+(?:he|she|they|we|the|his|her|their)\b)\b/i.test(cl) && !/\bthat\b/.test(cl)) {
      pushExtra();
      if (extra) break;
      continue;
    }
    if (coveredByDirect(clauseAbs, clauseAbs + clause.length)) continue;
    // a direct quotation that makes up most of the clause is reported as direct already
    const qIn = quotesStartingIn(doc, clauseAbs, clauseAbs + clause.length + 2).find((q) => q.outerEnd <= clauseAbs + clause.length + 2 && wordCount(doc.raw.slice(q.start, q.end)) >= 5);
    if (qIn && directSpans.some(([a]) => a === qIn.outerStart)) continue;
    out.push({ speaker: sp, text: cl, at: clauseAbs });
    const extraAbs = extra ? clauseAbs + after.indexOf(extra) : 0;
    if (extra && wordCount(cleanClause(extra)) >= 3 && !coveredByDirect(extraAbs, extraAbs + extra.length) && !/^\s*[“"«‘']/.test(extra)) out.push({ speaker: sp, text: cleanClause(extra), at: clauseAbs + clause.length });
    // only the first reported clause per verb chain; later verbs inside the clause are part of it (not those after
    // ", while Jackson": another subject's verb of saying)
    if (!whileOther) break;
  }
  // "The United States welcomed the accord but said it would not accept new conditions, according to a statement by the
  // State Department": a state as the subject speaks through the body whose statement the sentence cites
  const cited = acc2 && /^(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?statement\s+(?:by|from|issued by)\s/i.test(acc2[2]) ? S + text.lastIndexOf(acc2[2]) : -1;
  const citedBody = cited >= 0 ? speakerOf(ctx, si, cited, cited + acc2![2].length, cited) : null;
  if (citedBody && !doc.actors.persons.has(citedBody)) for (const r of out) if (r.speaker && / government$/.test(r.speaker)) r.speaker = citedBody;
  if (!out.length && acc2) {
    const a = S + text.lastIndexOf(acc2[2]);
    const sp = speakerOf(ctx, si, a, a + acc2[2].length, a);
    let clause = acc2[1];
    // "X said Y, according to Z": the inner speaker was handled above
    if (sp) out.push({ speaker: sp, text: cleanClause(clause.replace(/^(?:In this meeting|Meanwhile|However),\s*/i, '')), at: S });
    void clause;
  }
  // "CLAUSE, according to X, Special Envoy of the Minister of Foreign Affairs for ...": a person named before an
  // apposition that runs to the end of the sentence is the source (the apposition's own titles name no one else)
  const accAppos = out.length ? null : /^(.+?),\s*according to\s+([^,]{2,80}),\s+[^,;"“”]{2,200}?\.?$/i.exec(text);
  if (accAppos) {
    const a = S + accAppos[0].indexOf(accAppos[2], accAppos[1].length);
    const b = a + accAppos[2].trimEnd().length;
    const person = mentionsIn(doc, si, a, b).filter((x) => x.kind === 'person');
    if (person.length === 1 && person[0].end >= b - 1 && !coveredByDirect(S, a)) out.push({ speaker: person[0].name, text: cleanClause(accAppos[1]), at: S });
  }
  // "X opened the session, saying (that) CLAUSE": the main clause's subject speaks
  if (!out.length) {
    const part = PARTICIPLE_SPEECH.exec(text);
    if (part && !inQuote(doc, S + part.index)) {
      // (its own clause: "Swiss officials denied reports that Li Hui had held talks; China stayed away, saying ...")
      const ownClause = text.lastIndexOf(';', part.index) + 1;
      const subj = mentionsIn(doc, si, S + ownClause, S + part.index).filter((x) => !isPossessiveAt(doc, x));
      const head = subj.find((x) => x.kind === 'person') ?? subj.find((x) => x.kind === 'institution');
      const body = cleanClause(part[1]);
      const at = S + part.index + part[0].length - part[1].length;
      if (head && wordCount(body) >= 3 && !coveredByDirect(at, sent.end)) out.push({ speaker: head.name, text: body, at });
    }
  }
  // "..., with Defence Minister X saying (that) CLAUSE": X speaks
  const ws = text.includes('with ') ? WITH_SAYING.exec(text) : null;
  if (ws && !inQuote(doc, S + ws.index) && !out.some((o) => o.at >= S + ws.index)) {
    const a = S + ws.index + ws[0].indexOf(ws[1]);
    const sp = speakerOf(ctx, si, a, a + ws[1].trimEnd().length, a + ws[1].length);
    const body = cleanClause(ws[2]);
    const at = S + ws.index + ws[0].length - ws[2].length;
    if (sp && wordCount(body) >= 3 && !coveredByDirect(at, sent.end)) out.push({ speaker: sp, text: body, at });
  }
  // "It quoted X as saying (that) CLAUSE"
  const qa = /\bquoted\s+(?!by\b)(.{2,80}?)\s+as\s+saying\s+(?:that\s+)?(.+)$/i.exec(text);
  if (qa) {
    const a = S + qa.index + qa[0].indexOf(qa[1]);
    const sp = speakerOf(ctx, si, a, a + qa[1].length, a);
    if (sp) {
      for (let k = out.length - 1; k >= 0; k--) if (out[k].at >= S) out.splice(k, 1);
      out.push({ speaker: sp, text: cleanClause(qa[2]), at: a });
    }
  }
  // "X was quoted by the TASS news agency as saying (that) CLAUSE": the passive form, X the subject
  const qp = !qa ? /^(.{2,120}?)\s+(?:was|were|has been|had been)\s+quoted\s+(?:by\s+[^,;]{2,60}?\s+)?as\s+saying\s+(?:that\s+)?(.+)$/i.exec(text) : null;
  if (qp) {
    const sp = speakerOf(ctx, si, S, S + qp[1].length, S + qp[1].length);
    if (sp) {
      for (let k = out.length - 1; k >= 0; k--) if (out[k].at >= S) out.splice(k, 1);
      out.push({ speaker: sp, text: cleanClause(qp[2]), at: S + qp[0].length - qp[2].length });
    }
  }
  // "The Secretary-General welcomes the outcome of the vote and calls on ...": a titled subject's position, told in the
  // present tense of a briefing or release, is that official's statement, the whole sentence
  const position = !out.length ? POSITION_SENTENCE.exec(text) : null;
  if (position && !inQuote(doc, S) && !coveredByDirect(S, sent.end)) {
    // (in a text about the UN, an unnamed Secretary-General is the UN's of the day)
    const unChief = /Secretary-General$/.test(position[1]) && /\b(?:UN|U\.N\.|United Nations)\b/.test(doc.raw) ? kbUnSecretaryGeneral(doc.publishedAt) : null;
    const sp = speakerOf(ctx, si, S, S + position[1].length, S + position[1].length) ?? unChief;
    if (sp) out.push({ speaker: sp, text: cleanClause(text), at: S });
  }
  return out;
}
