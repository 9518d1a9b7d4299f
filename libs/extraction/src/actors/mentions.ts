/**
 * People and organisations: knowledge-base look-up, patterns for unknown people
 * (a name after a title, appositions, "Mr X"), and coreference of surnames,
 * titles and pronouns within one article.
 */
import {
  CITY_BY_SURFACE,
  COUNTRY_BY_SURFACE,
  DEMONYMS,
  INSTITUTIONS,
  PEOPLE,
  PERSON_BY_NAME,
  MAX_NAME_TOKENS,
  demonymNamed,
  stateEndingWords,
  stateLeadingWords,
  type Person,
  type Role,
} from '../knowledge';
import type { Sentence } from '../sentences/split';
import { escapeRe, foldKey } from '../util/text';
import { KeyIndex, literalKeys } from '../util/prefilter';

export interface PersonInfo {
  name: string;
  country: string | null;
  kinds: Set<string>;
  /** lower-case title words seen next to the name in this article */
  titleWords: Set<string>;
  known: boolean;
  lastToken: string;
  tokens: string[];
  /** sentence of the first full-name mention */
  firstSent?: number;
}

export interface Mention {
  start: number;
  end: number;
  sent: number;
  kind: 'person' | 'institution';
  name: string;
  via: 'name' | 'surname' | 'title' | 'pronoun';
  /** the mention is possessive ("Khan's") */
  possessive?: boolean;
}

export interface Actors {
  persons: Map<string, PersonInfo>;
  bySentence: Mention[][];
  /** Per sentence, where its subject is a pronoun ("He then travelled to ...", "On Friday she flew ..."): its offset. */
  subjectPronouns: (number | null)[];
  /** Most frequent country of the article's known officials (for generic institutions). */
  homeCountry: string | null;
  /** Per sentence, the person its subject names by a title alone ("In Pristina, the Danish diplomat met ..."), if resolved. */
  subjectTitles?: (string | null)[];
  /** offices named by bare title in this article's setting, and their holders of the day (see bareOffices) */
  bareOffices?: Array<[RegExp, string, boolean?]>;
  /** The article's sentences (to read the pronoun at an offset). */
  sentences?: Sentence[];
  /** Gender the article's own pronouns give a person ("X held talks ..., her second visit"): only when they agree. */
  genders?: Map<string, 'm' | 'f'>;
}

// ---------- vocabularies ----------
const TITLE_WORDS = new Set(
  (
    'president vice prime minister ministers taoiseach foreign secretary general gen gen. lt lt. lieutenant col col. colonel maj maj. major brig brig. brigadier ' +
    'adm adm. admiral ambassador amb amb. envoy special representative chief army commander spokesman spokeswoman spokesperson mr mr. mrs mrs. ms ms. dr dr. shri smt smt. shrimati professor prof prof. cde comrade ' +
    'sheikh shaikh mullah emir king prince crown sir senator sen sen. deputy additional national security adviser advisor director head chairman chairperson ' +
    'chair premier state defence defense interior affairs staff personal high commissioner mediator negotiator counsellor counselor coordinator undersecretary ' +
    'under-secretary assistant acting former top senior chief-of-staff speaker leader supreme field marshal marshal captain capt capt. official officials ' +
    'sayyid sayed hajji haji maulana maulvi mawlawi qari his her excellency hon honourable honorable director-general secretary-general spokesperson general-secretary ' +
    'delegation delegate lead negotiating team member judge justice governor mayor commander-in-chief resident regional permanent pm fm dg executive ceo manager coach analyst economist ' +
    'vice-president vice-premier deputy-minister co-chair co-chairs co-chairman panel facilitator rapporteur moderator ombudsman cardinal archbishop chancellor federal interim transitional'
  ).split(' '),
);
/** Lower-case words that, just before a name, mark it as a person's name. */
const TITLE_CONTEXT = new Set(
  (
    'envoy representative minister ambassador spokesman spokeswoman spokesperson chief commander president premier chancellor taoiseach mediator negotiator adviser advisor ' +
    'secretary general gen. gen lt. col. maj. brig. adm. mr mr. mrs mrs. ms ms. dr dr. shri smt smt. shrimati professor prof prof. cde sheikh mullah emir king prince chairman chairperson director head ' +
    'leader coordinator counterpart diplomat official deputy counsellor undersecretary governor colonel major admiral brigadier lieutenant captain ' +
    'sen. senator speaker marshal delegate vice-president vice-premier co-chair facilitator commissioner moderator sir ombudsman cardinal archbishop'
  ).split(' '),
);
/** "represented by", "led by", "and the opposition's by": what only a person is, right before a name. */
const BY_ROLE_BEFORE = /\b(?:(?:led|headed|represented|chaired|co-chaired|mediated|brokered|accompanied|flanked)|(?:delegation|team|side)(?:\s+was|\s+were)?|and\s+(?:the\s+)?[\w-]+['’]s)\s+by\s+$/i;
/** "Envoy for ", "Commissioner on ": a title word and the preposition of its portfolio, right before a capitalised run. */
const PORTFOLIO_AFTER_TITLE_RE = /\b([A-Za-z.-]+)\s+(?:for|on)\s+$/;
/** " of the Sultanate of Oman", " of the Republic of Azerbaijan": a state by its formal style, right after an office. */
const FORMAL_STATE_AFTER_RE = /^\s+of\s+(?:the\s+)?(?:Sultanate|Kingdom|Hashemite Kingdom|Republic|Islamic Republic|Federal Republic|Arab Republic|Federal Democratic Republic|United Republic|State|Emirate|Principality)\s+of\s+(?:the\s+)?([A-Z][\p{L}.]+(?:\s[A-Z][\p{L}.]+){0,2})/u;
/** Royal styles, used with the given name alone ("Prince Khalid" for Khalid bin Salman). */
const ROYAL_STYLES = new Set(['prince', 'princess', 'sheikh', 'shaikh', 'sheikha', 'emir', 'king']);
/** The British styles of knights and dames, written before the given name alone ("Sir Patrick", "Dame Margaret"). */
const KNIGHTLY_STYLES = new Set(['sir', 'dame']);
/** The state a country's name (or its possessive) stands for, demonyms left out. */
const countryNamed = (phrase: string): string | null => COUNTRY_BY_SURFACE.get(phrase.replace(/['’]s?$/, '')) ?? null;
/** Before a name: a state's side "led by" or "headed by" it ("The Rwanda delegation was led by Hon. Dr."). */
const SIDE_LED_BY_BEFORE = /\b((?:[\p{Lu}][\p{L}-]+\s+){1,2})(?:government\s+)?(?:delegation|team|side)\s*,?\s+(?:(?:was|is|were|are)\s+)?(?:led|headed)\s+by\s+(?:(?:H\.E\.|Hon\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Gen\.?)\s+){0,3}$/u;
/** Titles only one state uses, which give the holder's nationality on their own. */
const STATE_OF_TITLE = new Map([['taoiseach', 'IE']]);
/**
 * A high office, an honorific or a military rank written right before a bare surname ("President Kibaki", "Foreign
 * Minister Sezibera", "Mr Ojul", "Gen. Kamorteiro"): only a person is addressed so.
 */
const OFFICE_TITLE_BEFORE = /(?:^|\s)(?:president|(?:prime|foreign|defen[cs]e|interior) minister|chancellor|premier|senator|taoiseach|mr\.?|mrs\.?|ms\.?|dr\.?|gen\.|general|lt\.? gen\.?|maj\.? gen\.?|brig\.?|col\.)$/;
/** Given names too common to stand for one person on their own. */
const COMMON_GIVEN = new Set(
  'mohammed mohammad muhammad mohamed mohamad ahmed ahmad ali abdul abdullah abdel hassan hussein omar umar khalid ibrahim mahmoud mustafa yusuf john james david michael robert william richard mary maria anna jose juan carlos luis ana sheikh sayed syed said saleh salem'.split(' '),
);
const PARTICLES = new Set(['al', 'bin', 'bint', 'ibn', 'de', 'van', 'von', 'der', 'den', 'el', 'ul', 'ud', 'da', 'dos', 'du', 'le', 'la', 'di', 'abu', 'ben', 'ould', 'arap']);
const NOT_NAME = new Set(
  (
    'The A An In On At For But And Or Of To By From With As It He She They We I You This That These Those Their His Her Its Our However Meanwhile Also Then ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December ' +
    'Taliban Taleban Hamas Houthi Houthis Islamic Republic Kingdom Emirates United Nations Ministry Office Council Forces Army Government Department Embassy ' +
    'Party Front Movement Union Committee Agency News Times Post Press Reuters AFP AP Anadolu Xinhua Twitter Facebook Telegram TV Radio Mission Force ' +
    'Security Affairs State House Senate Congress Parliament Assembly Court Bank Fund Group Institute Center Centre Foundation Organization Organisation ' +
    'Afghan Afghans Pakistani Pakistanis Peace Process Talks Agreement Deal Accord Ceasefire War Eid Ramadan Ramazan Islam Muslim Muslims Christian ' +
    'Prime President Minister Foreign Secretary General Gen Special Envoy Ambassador Chief Commander Spokesman Spokesperson Read More Share Related Opinion ' +
    'Editorial Published Updated Posted Leave Reply Comments Follow Subscribe Sign Home Menu North South East West Northern Southern Eastern Western Middle ' +
    'Gulf Sea Ocean Strait Airport Base Palace Hotel Headquarters Hall University School Resolute Support NATO UN EU AU US UK IGAD ISPR FO RSF SAF TPLF ' +
    'New Old Great Grand Saint St Mount Lake River Valley Province District Region Regional Intra-Afghan Doha Said Says Told Added Noted According Both ' +
    'Several Many Some Most All Any Each Every Other Another Such No Not Only Even Still Yet While When Where What Which Who Whom Whose Why How After Before ' +
    'During Since Until Despite Although Though If Unless Because So Thus Hence Therefore Earlier Later Last Next Today Yesterday Tomorrow Tonight Week Month Year ' +
    'Sources Source Officials Official Diplomats Diplomatic Statement Spokesman Capital City Country Nation National International Global World Regional ' +
    'Christmas Easter Covid COVID Coronavirus Caucasus Balkans Sahel Levant Maghreb Asia Europe Africa Pacific Atlantic Americas Arctic Caribbean Lakes Horn ' +
    'Intelligence Staff Directorate Secretariat Presidential Transitional Interim Provisional'
  ).split(' '),
);
/** A title word and then a capitalised name after a run: the run names a body ("Shin Bet chief Ronen Bar"). */
const BODY_BEFORE_TITLE = /\s+(?:chief|head|director|leader|commander|spokesman|spokeswoman|spokesperson|negotiator|envoy|official|adviser|advisor|aide|ambassador)\s+\p{Lu}/uy;
/**
 * "Peruvian President A and Ecuador's B", "Argentine President A and Chile's B": a state's possessive name after "and"
 * shares the office of the titled name before it (a head of state or government, a foreign minister).
 */
const SHARED_TITLE_PAIR_RE =
  /\b(President|Prime Minister|Premier|Chancellor|Foreign Minister|Foreign Secretary|Defen[cs]e Minister)\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]+\s+){1,4}and\s+(?:[\p{Lu}][\p{L}\p{M}.-]+\s+){0,2}[\p{Lu}][\p{L}\p{M}.-]+['’]s\s+$/u;
const PLURAL_TITLE_PAIR_RE = /\b([a-z]+)s\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]+\s+){1,4}and\s+$/u;
/** Given names that are also ordinary capitalised words ("January Makamba", "Christian Buck"): a name only after a title. */
const WORD_GIVEN_NAMES = new Set('January February March April May June July August September October November December Christian'.split(' '));
/** Portfolio words of a ministerial title ("Minister of Water Resources and Irrigation Hani Sewilam"): not names. */
/** Titles "peace" may qualify: "peace envoy", "peace negotiator". */
const PEACE_ROLE = new Set(['envoy', 'negotiator', 'mediator', 'facilitator', 'adviser', 'advisor', 'commissioner', 'coordinator']);
const PORTFOLIO = new Set(
  (
    'water resources irrigation energy finance agriculture health education justice trade industry information culture transport planning economy ' +
    'economic labour labor environment mines mining petroleum oil gas electricity housing works tourism youth sports communications technology ' +
    'communication development cooperation integration relations religious endowments lands fisheries livestock commerce investment digital humanitarian reconciliation ' +
    'peace reintegration refugees migration diaspora solidarity welfare social peacekeeping operations affairs external political security human rights'
  ).split(' '),
);
const ORG_WORDS =
  /^(?:Ministry|Office|Council|Forces|Army|Government|Department|Embassy|Party|Front|Movement|Union|Committee|Agency|News|Times|Post|Press|Mission|Force|Assembly|Court|Bank|Fund|Group|Institute|Center|Centre|Foundation|Organization|Organisation|Commission|Authority|Service|Services|Corps|Brigade|Brigades|Command|Directorate|Bureau|Secretariat|Alliance|Coalition|Club|Forum|Summit|Conference|Declaration|Initiative|Plan|Platform|Process|Agreement|Accord|Talks|Airport|Airbase|Palace|Hotel|Headquarters|University|Street|Square|Channel|Network|Daily|Tribune|Journal|Herald|Gazette|Online|Report|Desk|Dialogue|Community)$/;

// ---------- tokenizer ----------
interface Tok {
  s: number; // offset within the sentence
  e: number;
  t: string;
}
const TOKEN_RE = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.\-]*|\p{N}+|[^\s\p{L}\p{N}]/gu;

/** The same tokens for plain ASCII text, without Unicode property classes (faster). */
const TOKEN_RE_ASCII = /[A-Za-z][A-Za-z0-9'.\-]*|[0-9]+|[^\sA-Za-z0-9]/g;

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const re = /^[\x00-\x7f]*$/.test(text) ? TOKEN_RE_ASCII : TOKEN_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let t = m[0];
    let e = m.index + t.length;
    // trailing sentence period is not part of a word (keep initials and abbreviations)
    if (t.length > 2 && t.endsWith('.') && !/^(?:[A-Za-z]\.)+$/.test(t) && !/^(?:Gen|Lt|Col|Maj|Brig|Adm|Mr|Mrs|Ms|Dr|Sen|Amb|Capt|St|Jr|Sr)\.$/i.test(t)) {
      t = t.slice(0, -1);
      e--;
    }
    out.push({ s: m.index, e, t });
  }
  return out;
}

function isCap(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 && !(c === 97 || c === 101)) return false; // only al-/el-/a?- particles start lower-case ASCII names
  return /^[\p{Lu}]/u.test(t) || /^(?:al|el|ad|as|an|ar|at|az)-[\p{Lu}]/u.test(t);
}
function stripPossessive(t: string): [string, boolean] {
  const m = /^(.*?)(?:['’]s|['’])$/.exec(t);
  return m && m[1].length > 1 ? [m[1], true] : [t, false];
}

// ---------- KB look-up helpers ----------
const KB_BY_LAST = new Map<string, Person[]>();
for (const p of PEOPLE) {
  for (const n of [p.name, ...p.aliases]) {
    const last = foldKey(n.split(/\s+/).pop() ?? '');
    const arr = KB_BY_LAST.get(last) ?? [];
    if (!arr.includes(p)) arr.push(p);
    KB_BY_LAST.set(last, arr);
  }
}

/** First tokens of every known name and alias: a run position starting with anything else cannot start a KB name. */
const KB_FIRST_TOKENS = new Set<string>();
for (const k of PERSON_BY_NAME.keys()) KB_FIRST_TOKENS.add(k.split(' ')[0]);

/** Whether the role was held on the day (an open end holds on every day that side of it). */
const heldOn = (r: Role, date: string) => (!r.from || r.from <= date) && (!r.to || r.to >= date);

export function roleActive(p: Person, date: string | null): Set<string> {
  const kinds = new Set<string>();
  for (const r of p.roles) {
    if (!date || heldOn(r, date)) kinds.add(r.kind);
  }
  if (!kinds.size) for (const r of p.roles) kinds.add(r.kind);
  return kinds;
}

/** Whether `date` comes before every role of `p` began (each dated): the person was not yet in the news for them. */
const beforeEveryRole = (p: Person, date: string | null): boolean => !!date && p.roles.length > 0 && p.roles.every((r) => !!r.from && date < r.from);

/** The one person the knowledge base knows by this surname who held a role on `date` ("MR MILLER:" in 2024 is the spokesman, not the general). */
export function kbSurnameHolder(surname: string, date: string | null): Person | null {
  if (!date) return null;
  const inOffice = (KB_BY_LAST.get(foldKey(surname)) ?? []).filter((p) => p.roles.some((r) => heldOn(r, date)));
  return inOffice.length === 1 ? inOffice[0] : null;
}

export function isPlaceWord(w: string): boolean {
  return CITY_BY_SURFACE.has(w) || COUNTRY_BY_SURFACE.has(w) || DEMONYMS.has(w);
}

function titleKindsFromWords(words: string[]): Set<string> {
  const k = new Set<string>();
  // (title words read backwards from the name come nearest first: "Prime Minister X" gives ["minister", "prime"])
  const s = words.join(' ');
  // (a deputy prime minister or vice premier is a minister, not the head of government: "Deputy Prime Minister X's office" is
  // no prime minister's office)
  const deputy = /\b(?:deputy|vice)\s+(?:prime minister|premier|chancellor)\b|\b(?:minister prime|premier|chancellor)\s+(?:deputy|vice)\b/.test(s);
  const prime = !deputy && (/\bprime minister\b/.test(s) || /\bminister prime\b/.test(s));
  // (", who facilitates the process", ", who mediated the talks": a mediator's role given by a relative clause)
  if (/\b(?:envoy|representative|mediator|moderator|facilitator|facilitates|facilitated|mediates|mediated)\b/.test(s)) k.add('envoy');
  if (/\bminister\b/.test(s) && !prime) k.add('minister');
  // (the Taoiseach is Ireland's prime minister)
  if (!deputy && (prime || /\bpremier\b|\bpm\b|\bchancellor\b|\btaoiseach\b/.test(s))) k.add('head_of_government');
  if (/\bpresident\b/.test(s) && !/\bvice president\b/.test(s)) k.add('head_of_state');
  if (/\b(?:gen\.?|general|commander|army chief|chief of army staff|colonel|col\.|maj\.|brig\.|admiral|marshal|lieutenant)\b/.test(s)) k.add('military');
  if (/\b(?:spokesman|spokeswoman|spokesperson)\b/.test(s)) k.add('spokesperson');
  if (/\b(?:ambassador|diplomat|secretary|counsellor)\b/.test(s)) k.add('diplomat');
  if (/\b(?:negotiators?|delegation|negotiating|panel)\b/.test(s)) k.add('negotiator');
  if (/\b(?:leads|led|heads|headed|chairs|chaired)\b/.test(s)) k.add('leader');
  if (/\b(?:leader|chairman|chief|head)\b/.test(s) && !/\bchief (?:executive|operating|financial|technology|economist)\b|\bhead coach\b/.test(s)) k.add('leader');
  if (/\b(?:adviser|advisor|official|director|coordinator|commissioner|ombudsman|undersecretary|under-secretary)\b/.test(s)) k.add('official');
  return k;
}

// ---------- main ----------
interface Candidate {
  sent: number;
  start: number; // absolute
  end: number;
  tokens: string[];
  possessive: boolean;
  titleBefore: string[]; // lower-case title words just before
  apposition: string[]; // lower-case words of a following apposition
  speechAfter: boolean;
  /** an ordinary word or place name standing alone ("West", "Rubio"): only a surname of someone already named */
  risky?: boolean;
}

const APPOSITION_RE =
  /^\s*,\s*(?!(?:and|or|but|while|whereas|as|after|before|when|met|meets|said|says|told|held|holds|visited|visits|arrived|arrives|urged|called|added|signed|flew|travell?ed|led|heads|leads|will|would|has|have|had|is|was|were|are|also|then)\b)(?:who is |who was )?(?:the |a |an )?((?:(?:[\p{L}'’.\-]+)\s+){0,7}?(?:envoy|representative|minister|ambassador|spokesman|spokeswoman|spokesperson|chief|commander|president|premier|mediator|negotiator|adviser|advisor|secretary|diplomat|official|head|leader|chairman|coordinator|director|general|member of (?:the|a|an) (?:[\p{L}-]+\s+){0,3}?(?:panel|delegation|negotiating team|mediation team|mediation|mission)|(?<=,\s*)of (?:the|a|an) (?:[\p{L}'’-]+\s+){0,4}?(?:delegation|negotiating team|mediation team)))\b/iu;
/** ", who leads the government's negotiating team", ", who heads the Real SPLM": a role given by a relative clause. */
const RELATIVE_ROLE_RE =
  /^\s*,\s*who\s+(leads|led|heads|headed|chairs|chaired|co-chairs|represents|represented|mediates|mediated|facilitates|facilitated|serves as|served as|is also|was also)\s+(?:[\p{L}'’.\-]+\s+){0,6}?(team|delegation|negotiators|panel|talks|process|mission|party|movement|group|front|alliance|government|ministry|initiative|office|envoy|minister|negotiator|mediator|representative|adviser|advisor|spokesman|spokesperson|[\p{Lu}][\p{L}\-]+)\b/u;
/** "chief negotiator, ", "personal envoy on Cyprus, ", "representative at the UN, ": a title right before ", NAME". */
const TITLE_COMMA_BEFORE_RE =
  /(?<![\p{L}'’])((?:[\p{L}.\-]+(?:['’]s)?\s+){0,3}(?:envoy|representative|minister|ambassador|spokesman|spokeswoman|spokesperson|chief|commander|president|premier|taoiseach|mediator|negotiator|adviser|advisor|secretary|diplomat|official|head|leader|chairman|coordinator|director|facilitator|commissioner|counterpart)s?)(?:\s+(?:on|for|to|of|in|at)\s+(?:the\s+)?[\p{Lu}][\p{L}\-]*(?:\s+(?:and\s+)?[\p{Lu}][\p{L}\-]*){0,3}(?:\s*\([\p{Lu}][\p{L}\p{N}\-/]{1,9}\))?)?\s*,\s*(?:[\p{Lu}][\p{L}'’\-]*(?:\s+(?:[\p{Lu}][\p{L}'’\-]*|for|of|on)){0,7}\s+and\s+)?$/iu;
/** A mediating group's plural name ("the co-chairs", "the three mediators", "the Eminent Persons Group"). */
export const GROUP_NOUN = String.raw`(?:[Cc]o-?[Cc]hairs|[Cc]o-?[Cc]hairmen|[Cc]o-?[Cc]hairpersons|[Cc]o-?[Mm]ediators|[Mm]ediators|[Ff]acilitators|[Gg]uarantors|[Ee]lders|[Ss]pecial [Ee]nvoys|[Ee]nvoys|[Ee]minent [Pp]ersons|heads of (?:state|government)|[Gg]roup|[Pp]anel|trio|[Tt]roika)`;
/** The group noun, then a dash, parenthesis or colon opening its members' list, then earlier members. */
const GROUP_LIST_BEFORE = new RegExp(String.raw`\b${GROUP_NOUN}\b(?:\s+(?:of|on|for)\s+(?:the\s+)?[^–—(:;.]{0,80}?)?\s*(?:[–—(:]|(?<=\s)-(?=\s))\s*(?:[^–—();:]{0,220}?(?:,|\band)\s+)?$`, 'iu');
/** What ends a listed member: "of Russia", an apposition, the next member, the closing dash. */
const GROUP_ITEM_AFTER = /^(?:\s+of\s+(?:the\s+)?[\p{Lu}]|\s*,|\s+and\s+[\p{Lu}]|\s*[–—)])/u;
function isGroupListItem(text: string, start: number, end: number): boolean {
  if (!GROUP_ITEM_AFTER.test(text.slice(end, end + 12))) return false;
  const before = text.slice(Math.max(0, start - 320), start);
  return /[–—(:]|\s-\s/.test(before) && GROUP_LIST_BEFORE.test(before);
}
/** "Jane Doe, a Lakeland lawmaker, said", "Jane Doe, of the Lakeland Party's delegation, told": one apposition (naming a
 *  role or the body the person belongs to), then a verb of saying. */
const APPOSITION_SPEECH_RE = /^\s*,\s*(?:(?:a|an|the)\s|of\s+(?:the\s+)?\p{Lu})[^,;"“”]{1,100},\s*(?:said|says|told|added|noted|stressed|wrote|announced|insisted|warned|reiterated|explained|stated|confirmed|denied)\b/u;
const SPEECH_AFTER_RE = /^\s+(?:said|says|told|added|noted|stressed|wrote|tweeted|announced|insisted|warned|met|meets|arrived|visited|held|urged|called|reiterated|emphasi[sz]ed|explained|stated|confirmed|expressed|underlined|highlighted|denied|denies|rejected|rejects|dismissed|dismisses)\b/;

/**
 * A closing quotation mark and an inverted speech verb right before a name ('..., " said '), or a clause's comma and
 * one ("If the talks fail, warned Jane Wanjiru, ...": the attribution inverted after a clause without quotes).
 */
const QUOTE_SAID_BEFORE_RE = /[,.!?]["”’]\s+(?:said|says|added|adds|wrote|asked|recalled|declared|declares|stressed|stresses|insisted|insists|warned|warns|noted|notes|explained|stated|remarked|replied|observed|acknowledged|conceded|argued|cautioned|continued|concluded)\s+$|[\p{L}\p{N})],\s+(?:said|says|added|adds|warned|noted|argued|insisted|cautioned)\s+$/u;

/** A state's own news agency or ministry named in a masthead: "Saudi Press Agency", "Ministry of Foreign Affairs - State of Qatar". */
const STATE_AGENCY_MASTHEAD_RE = /((?:[A-Z][\p{L}.]+\s+){1,3})(?:Press|News)\s+Agency\b/u;
const STATE_MINISTRY_MASTHEAD_RE = /^\W*Ministry\s+of\s+(?:[A-Z][\p{L}]+\s+){1,3}?(?:-|–|—|,|of)\s+(?:the\s+)?(?:(?:State|Kingdom|Republic|Sultanate)\s+of\s+(?:the\s+)?)?([A-Z][\p{L}.]+(?:\s[A-Z][\p{L}.]+){0,2})\s*$/u;

/**
 * The state that publishes the page, when its masthead (the lines before the body) is that state's news agency or
 * ministry: a bare "the Ministry of Defense said" in a Saudi Press Agency release is Saudi Arabia's, whoever the
 * article names most.
 */
export function publisherState(sentences: Sentence[]): string | null {
  for (const sent of sentences.slice(0, 3)) {
    if (sent.kind === 'body') break;
    const agency = STATE_AGENCY_MASTHEAD_RE.exec(sent.text);
    const agencyCc = agency ? stateEndingWords(agency[1].trim().split(/\s+/)) : null;
    if (agencyCc) return agencyCc;
    const ministry = STATE_MINISTRY_MASTHEAD_RE.exec(sent.text);
    if (ministry) {
      const words = ministry[1].split(' ');
      for (let n = words.length; n >= 1; n--) {
        const cc = COUNTRY_BY_SURFACE.get(words.slice(0, n).join(' '));
        if (cc) return cc;
      }
    }
  }
  return null;
}

export function findActors(sentences: Sentence[], publishedAt: string | null): Actors {
  const persons = new Map<string, PersonInfo>();
  const bySentence: Mention[][] = sentences.map(() => []);
  const singles: Candidate[] = [];
  /** two- or three-word names read without a title, apposition or verb of saying: people only if named again so */
  const untitled: Candidate[] = [];
  /** folded token -> article persons whose last token (or a non-first token of a 3+ token name) it is, in order of introduction */
  const byToken = new Map<string, PersonInfo[]>();

  const addPerson = (name: string, kb: Person | null, titleWords: string[]): PersonInfo => {
    let info = persons.get(name);
    if (!info) {
      const toks = name.split(/\s+/);
      info = {
        name,
        country: kb?.country ?? null,
        kinds: kb ? roleActive(kb, publishedAt) : new Set<string>(),
        titleWords: new Set<string>(),
        known: !!kb,
        lastToken: foldKey(toks[toks.length - 1]),
        tokens: toks.map(foldKey),
      };
      persons.set(name, info);
      // ("Mishri said" after Khaled al-Mishri: an Arabic surname is written with or without its article)
      const bare = info.lastToken.replace(/^(?:al|el|ad|ash|as|at|az|ar|an)-(?=\p{L}{3})/u, '');
      const keys = new Set([info.lastToken, bare, ...(info.tokens.length > 2 ? info.tokens.slice(1) : [])]);
      for (const k of keys) {
        const arr = byToken.get(k) ?? [];
        arr.push(info);
        byToken.set(k, arr);
      }
    }
    for (const w of titleWords) info.titleWords.add(w);
    for (const k of titleKindsFromWords(titleWords)) info.kinds.add(k);
    const cap = (w: string) => (w ? w[0].toUpperCase() + w.slice(1) : w);
    titleWords.forEach((w, i) => {
      // a demonym gives the person's state ("Thai acting Prime Minister"); a country name in a title is
      // usually the portfolio ("Special Envoy on Myanmar"), not the nationality
      const cw = cap(w);
      // ("Armenia's special representative, X", "South Korea's envoy, X": a state's possessive is the nationality too)
      const owner = /^(.+)['’]s$/.exec(cw)?.[1];
      const ownerCc = owner ? (COUNTRY_BY_SURFACE.get(`${cap(titleWords[i - 1] ?? '')} ${owner}`) ?? COUNTRY_BY_SURFACE.get(owner)) : undefined;
      const cc = stateEndingWords(titleWords.slice(0, i + 1).map(cap), demonymNamed) ?? ownerCc ?? STATE_OF_TITLE.get(w) ?? null;
      if (cc && !info.country) info.country = cc;
    });
    return info;
  };

  // ---- pass 1: runs of capitalised tokens; KB names and titled unknown names ----
  for (const sent of sentences) {
    if (sent.kind === 'headline') continue; // title-cased page furniture and headlines: no mentions
    const text = sent.text;
    const toks = tokenize(text);
    let i = 0;
    while (i < toks.length) {
      if (!isCap(toks[i].t)) {
        i++;
        continue;
      }
      // collect a run: capitalised tokens (and inner particles) separated by single spaces
      let j = i;
      while (j + 1 < toks.length) {
        const gap = text.slice(toks[j].e, toks[j + 1].s);
        if (gap !== ' ' || /['’]s$/.test(toks[j].t)) break;
        const nt = toks[j + 1].t;
        if (isCap(nt)) {
          j++;
          continue;
        }
        if (PARTICLES.has(nt.toLowerCase()) && j + 2 < toks.length && isCap(toks[j + 2].t) && text.slice(toks[j + 1].e, toks[j + 2].s) === ' ') {
          j += 2;
          continue;
        }
        // two particles in a row: "Humberto de la Calle", "Rafael van der Vaart"
        const nn = toks[j + 2]?.t ?? '';
        if (PARTICLES.has(nt.toLowerCase()) && PARTICLES.has(nn.toLowerCase()) && j + 3 < toks.length && isCap(toks[j + 3].t) && text.slice(toks[j + 1].e, toks[j + 3].s) === ` ${nn} `) {
          j += 3;
          continue;
        }
        break;
      }
      const run = toks.slice(i, j + 1);
      processRun(sent, toks, i, run);
      i = j + 1;
    }
  }

  /**
   * "Antony J. Blinken", "Jake T. Sullivan": a name written with middle initials the knowledge base lists without them
   * (a name spelled with its initials, "George H. W. Bush", is matched whole before this is tried).
   */
  function kbNameWithoutInitials(words: string[], folded: string[]): Person | undefined {
    if (words.length < 3) return undefined;
    const inner = (k: number) => k > 0 && k < words.length - 1 && MIDDLE_INITIAL.test(words[k]);
    if (!words.some((_, k) => inner(k))) return undefined;
    const kept = folded.filter((_, k) => !inner(k));
    return kept.length >= 2 ? PERSON_BY_NAME.get(kept.join(' ')) : undefined;
  }

  function processRun(sent: Sentence, toks: Tok[], runStart: number, run: Tok[]) {
    const words = run.map((t) => stripPossessive(t.t)[0]);
    const folded = words.map(foldKey);
    const used = new Array(run.length).fill(false);
    // KB names, longest first, anywhere inside the run
    for (let a = 0; a < run.length; a++) {
      if (!KB_FIRST_TOKENS.has(folded[a])) continue;
      for (let len = Math.min(MAX_NAME_TOKENS, run.length - a); len >= 1; len--) {
        const kb = PERSON_BY_NAME.get(folded.slice(a, a + len).join(' ')) ?? kbNameWithoutInitials(words.slice(a, a + len), folded.slice(a, a + len));
        if (!kb) continue;
        if (len === 1) {
          // single-token aliases are resolved in pass 2 (they may name someone else here)
          break;
        }
        const titleWords = titleWordsBefore(sent.text, toks, runStart + a);
        const info = addPerson(kb.name, kb, titleWords);
        // "Serzh Sarkisian" for Serzh Sargsyan: the surname as this article spells it names that person when written
        // alone later ("Sarkisian said")
        const spelt = folded[a + len - 1];
        if (len >= 2 && spelt !== info.lastToken && !(byToken.get(spelt) ?? []).includes(info)) byToken.set(spelt, [...(byToken.get(spelt) ?? []), info]);
        // "Prince Khalid bin Salman bin Abdulaziz": a longer lineage ("bin", "ibn", "bint" and a name) after a known
        // name is part of that name, not a second person
        while (a + len + 1 < run.length && /^(?:bin|ibn|bint)$/.test(words[a + len]) && !PERSON_BY_NAME.has(folded.slice(a + len + 1, a + len + 3).join(' '))) len += 2;
        bySentence[sent.index].push({
          start: sent.start + run[a].s,
          end: sent.start + run[a + len - 1].e,
          sent: sent.index,
          kind: 'person',
          name: kb.name,
          via: 'name',
          possessive: stripPossessive(run[a + len - 1].t)[1],
        });
        for (let k = a; k < a + len; k++) used[k] = true;
        a += len - 1;
        break;
      }
    }
    // unknown names: maximal unused stretches
    let a = 0;
    while (a < run.length) {
      if (used[a]) {
        a++;
        continue;
      }
      let b = a;
      while (b + 1 < run.length && !used[b + 1]) b++;
      considerUnknown(sent, toks, runStart, run, words, a, b);
      a = b + 1;
    }
  }

  function titleWordsBefore(text: string, toks: Tok[], idx: number): string[] {
    const out: string[] = [];
    for (let k = idx - 1; k >= 0 && k >= idx - 8; k--) {
      const w = toks[k].t;
      const lw0 = stripPossessive(w)[0].toLowerCase();
      // "Chief negotiators A and B": a plural title is the title of each name
      const lw = TITLE_CONTEXT.has(lw0.replace(/s$/, '')) ? lw0.replace(/s$/, '') : lw0;
      if (w === ',' || w === '(' || w === ')' || w === ';' || w === '"' || w === '“' || w === '”') break;
      // "his Greek counterpart Alexis Tsipras": a title-context noun right before the name counts too
      if (TITLE_WORDS.has(lw) || (k === idx - 1 && TITLE_CONTEXT.has(lw) && !isCap(w)) || ['of', 'for', 'to', 'the', 'in', 'on', 'and'].includes(lw) || isPlaceWord(stripPossessive(w)[0]) || /^[A-Z]{2,5}$/.test(w) || (PORTFOLIO.has(lw) && isCap(w))) {
        // "Kenya's President X": a state's possessive is the nationality, so it keeps its "'s" (see addPerson)
        const [bare, possessive] = stripPossessive(w);
        out.push(possessive && COUNTRY_BY_SURFACE.has(bare) ? `${lw}'s` : lw);
        continue;
      }
      // "Norway's peace envoy X", "chief peace negotiator X": the process a mediator works for, so the words before still count
      if (lw === 'peace' && PEACE_ROLE.has(out[out.length - 1] ?? '')) {
        out.push(lw);
        continue;
      }
      // a portfolio between the title and the name ("special envoy for Asian affairs Deng Xijun")
      if (isCap(w) && out.length && k >= 2 && ['for', 'on', 'of'].includes(toks[k - 1].t.toLowerCase()) && k > idx - 5) {
        out.push(lw);
        continue;
      }
      break;
    }
    return out.filter((w) => !['of', 'for', 'to', 'the', 'in', 'on', 'and'].includes(w));
  }

  /** The one person named so far whose name ends with these (folded) tokens and has more of them. */
  function personEndingWith(tail: string[]): PersonInfo | undefined {
    const hits = (byToken.get(tail[tail.length - 1]) ?? []).filter((p) => p.tokens.length > tail.length && tail.every((t, i) => p.tokens[p.tokens.length - tail.length + i] === t));
    return hits.length === 1 ? hits[0] : undefined;
  }

  function considerUnknown(sent: Sentence, toks: Tok[], runStart: number, run: Tok[], words: string[], a: number, b: number) {
    const stretchStart = a;
    // strip leading title words, places, demonyms and acronyms
    const lead: string[] = [];
    let risky = false;
    let wordGiven = false;
    // "..., said León Valencia": after an inverted verb of saying, two or more words that are towns' names (not
    // states') are a person's given name and surname, the subject of that verb
    const saidBefore = b > a && QUOTE_SAID_BEFORE_RE.test(sent.text.slice(Math.max(0, run[a].s - 30), run[a].s));
    const townAsName = (w: string) => saidBefore && CITY_BY_SURFACE.has(w) && !COUNTRY_BY_SURFACE.has(w) && !DEMONYMS.has(w) && !NOT_NAME.has(w);
    while (a <= b) {
      const w = words[a];
      // ("Sir Patrick": the given name after a knight's style is a name even when it is also a place's)
      // (kept as a risky word: it then names only someone the article named so)
      if (a === b && lead.length && KNIGHTLY_STYLES.has(lead[lead.length - 1]) && !NOT_NAME.has(w)) {
        risky = true;
        break;
      }
      if (a === b && (KB_BY_LAST.has(foldKey(w)) || byToken.has(foldKey(w))) && !/\bthe\s+$/i.test(sent.text.slice(Math.max(0, run[a].s - 4), run[a].s))) {
        // a surname that is also a place or a common word ("West", "Rubio"): keep it, resolve it only to someone named
        risky = isPlaceWord(w) || NOT_NAME.has(w) || TITLE_WORDS.has(w.toLowerCase());
        break;
      }
      const lw = w.toLowerCase();
      // after a title, a town's name that is also a given name starts the person's name ("President Hassan Sheikh Mohamud")
      const cityOnly = a < b && CITY_BY_SURFACE.has(w) && !COUNTRY_BY_SURFACE.has(w) && !DEMONYMS.has(w);
      // ("Ambassador to Washington Serdar Kılıç": a place after "to", "in", "for" belongs to the title)
      const placeOfTitle = /\b(?:to|in|for|of|on|at)\s+$/i.test(sent.text.slice(Math.max(0, run[a].s - 5), run[a].s));
      // ("led by David Arakhamia": so does "led by" or "represented by", which only people are)
      // ("The spokesman, David Bar-Illan, said": so does a title in apposition before a comma)
      const preComma = a === 0 ? sent.text.slice(Math.max(0, run[0].s - 120), run[0].s) : '';
      const titleComma = /,\s*$/.test(preComma) && !!TITLE_COMMA_BEFORE_RE.exec(preComma);
      const titleBefore = lead.some((x) => TITLE_CONTEXT.has(x) || TITLE_WORDS.has(x)) || (!lead.length && (titleWordsBefore(sent.text, toks, runStart + a).some((x) => TITLE_CONTEXT.has(x)) || BY_ROLE_BEFORE.test(sent.text.slice(Math.max(0, run[a].s - 30), run[a].s)) || titleComma));
      if (cityOnly && !placeOfTitle && titleBefore && !NOT_NAME.has(w)) break;
      // after a title, a month (or another word) followed by a name is a given name ("Foreign Affairs minister January Makamba")
      // (the surname may also be a town's name: Makamba)
      const nextIsName = a < b && !NOT_NAME.has(words[a + 1]) && !TITLE_WORDS.has(words[a + 1].toLowerCase()) && !COUNTRY_BY_SURFACE.has(words[a + 1]) && !DEMONYMS.has(words[a + 1]);
      // ("Special Envoy for Libya Christian Buck": the title stands before the stripped place)
      if (WORD_GIVEN_NAMES.has(w) && nextIsName && (lead.some((x) => TITLE_CONTEXT.has(x) || TITLE_WORDS.has(x)) || titleWordsBefore(sent.text, toks, runStart + stretchStart).some((x) => TITLE_CONTEXT.has(x)))) {
        wordGiven = true;
        break;
      }
      // "for North Korea Sung Kim": a two-word place before the name
      if (a < b && isPlaceWord(`${w} ${words[a + 1]}`)) {
        lead.push(lw, words[a + 1].toLowerCase());
        a += 2;
        continue;
      }
      const portfolio = PORTFOLIO.has(lw) && (lead.length > 0 || /\b(?:of|for|and)\s+$/.test(sent.text.slice(Math.max(0, run[a].s - 5), run[a].s)));
      if (TITLE_WORDS.has(lw) || (isPlaceWord(w) && !townAsName(w)) || /^[A-Z]{2,5}$/.test(w) || (NOT_NAME.has(w) && !PARTICLES.has(lw)) || portfolio) {
        lead.push(lw);
        a++;
        continue;
      }
      break;
    }
    // strip trailing non-name words (a town's name that is also a surname stays: "Jorge Rodriguez")
    while (b > a || (b === a && !risky)) {
      const w = words[b];
      const cityOnly = b > a && CITY_BY_SURFACE.has(w) && !COUNTRY_BY_SURFACE.has(w) && !DEMONYMS.has(w) && !NOT_NAME.has(w) && !TITLE_WORDS.has(w.toLowerCase()) && !ORG_WORDS.test(w);
      if (cityOnly && !isPlaceWord(words[b - 1]) && (!NOT_NAME.has(words[b - 1]) || (wordGiven && b - 1 === a)) && !TITLE_WORDS.has(words[b - 1].toLowerCase())) break;
      if (!(NOT_NAME.has(w) || TITLE_WORDS.has(w.toLowerCase()) || (isPlaceWord(w) && !townAsName(w)) || ORG_WORDS.test(w))) break;
      b--;
    }
    if (b < a) return;
    // "the US Special Envoy for Electoral Reform, Matthew Palmer", "Commissioner for Human Rights": a capitalised
    // run right after "<title> for|on" is the title's portfolio, not a person (a stripped place before a name,
    // "Special Representative for North Korea Sung Kim", still leaves the name)
    if (stretchStart === 0 && a === stretchStart && !risky && PORTFOLIO_AFTER_TITLE_RE.test(sent.text.slice(Math.max(0, run[0].s - 40), run[0].s))) {
      const m = PORTFOLIO_AFTER_TITLE_RE.exec(sent.text.slice(Math.max(0, run[0].s - 40), run[0].s));
      if (m && TITLE_CONTEXT.has(m[1].toLowerCase())) return;
    }
    // "Aramco Chief Executive Amin Nasser": the name is what follows the last title or organisation word
    if (!risky) {
      let cut = -1;
      for (let k = a; k < b; k++) {
        const w = words[k];
        if (TITLE_WORDS.has(w.toLowerCase()) || (NOT_NAME.has(w) && !PARTICLES.has(w.toLowerCase()) && !(wordGiven && k === a)) || ORG_WORDS.test(w)) cut = k;
      }
      if (cut >= a && b - cut >= 2) {
        for (let k = a; k <= cut; k++) lead.push(words[k].toLowerCase());
        a = cut + 1;
      }
    }
    const nameToks = words.slice(a, b + 1);
    if (nameToks.some((w) => ORG_WORDS.test(w) || /\d/.test(w) || /^[A-Z]{2,}$/.test(w) || w.length < 2)) return;
    if (!risky && nameToks.some((w, k) => NOT_NAME.has(w) && !PARTICLES.has(w.toLowerCase()) && !(wordGiven && k === 0))) return;
    const possessive = stripPossessive(run[b].t)[1];
    // "Shin Bet chief Ronen Bar", "Mossad chief David Barnea": a name before a title and a name is the body they head
    BODY_BEFORE_TITLE.lastIndex = run[b].e;
    if (!possessive && BODY_BEFORE_TITLE.test(sent.text)) return;
    // "Special Representative for North Korea Sung Kim": the title stands before the stripped place
    const before = [...titleWordsBefore(sent.text, toks, runStart + a)];
    if (!before.length && a > stretchStart) before.push(...titleWordsBefore(sent.text, toks, runStart + stretchStart));
    const start = sent.start + run[a].s;
    const end = sent.start + run[b].e;
    const after = sent.text.slice(run[b].e);
    const apposM = possessive ? null : APPOSITION_RE.exec(after);
    const appos = apposM ? apposM[1].toLowerCase().split(/\s+/) : [];
    // ", who leads the government's negotiating team": a relative clause naming a role
    const relM = possessive || apposM || !/^\s*,\s*who\b/.test(after) ? null : RELATIVE_ROLE_RE.exec(after);
    if (relM) appos.push(...relM[0].replace(/^\s*,\s*who\s+/, '').toLowerCase().split(/\s+/));
    // "the ELN's chief negotiator, Pablo Beltran,": a title in apposition before the name
    // ("The Presidents of A and B, X and Y, signed": both names stand in apposition to the plural title)
    // (titles stripped from the run's start do not hide it: "special representative, Deputy Speaker X")
    const preText = stretchStart === 0 ? sent.text.slice(Math.max(0, run[0].s - 120), run[0].s) : '';
    const preM = preText && /(?:,|\band)\s*$/.test(preText) ? TITLE_COMMA_BEFORE_RE.exec(preText) : null;
    if (preM) before.push(...preM[1].toLowerCase().split(/\s+/).map((w) => (TITLE_CONTEXT.has(w.replace(/s$/, '')) ? w.replace(/s$/, '') : w)));
    // "Chief negotiators Petar Petković and Besnik Bislimi": the plural title also covers the second name
    const pluralM = !before.length && !lead.length ? PLURAL_TITLE_PAIR_RE.exec(sent.text.slice(Math.max(0, run[a].s - 80), run[a].s)) : null;
    if (pluralM && TITLE_CONTEXT.has(pluralM[1].toLowerCase())) before.push(pluralM[1].toLowerCase());
    // "Peruvian President A and Ecuador's B": the office of the first name is the second's too
    const sharedM = !before.some((w) => TITLE_CONTEXT.has(w)) && !lead.length && !pluralM ? SHARED_TITLE_PAIR_RE.exec(sent.text.slice(Math.max(0, run[a].s - 120), run[a].s)) : null;
    if (sharedM) before.push(...sharedM[1].toLowerCase().split(/\s+/).reverse());
    // "represented by Pagan Amum", "led by Kuol Manyang Juuk", "and the opposition's by Gerardo Blyde": only people lead,
    // represent or mediate
    const byRole = !lead.length && BY_ROLE_BEFORE.test(sent.text.slice(Math.max(0, run[a].s - 30), run[a].s));
    // "the MILF panel under Mohagher Iqbal", "the delegation led by X": the person leads it
    const leadsIt = !lead.length && /\b(?:(?:delegation|panel|team|side)\s+under|(?:led|headed|chaired)\s+by)\s+$/i.test(sent.text.slice(Math.max(0, run[a].s - 30), run[a].s));
    if (leadsIt) before.push('led');
    // "The co-chairs – Igor Popov of Russia, Stephane Visconti of France and ...": a member of a mediating group listed
    // by name is one of its envoys
    const groupMember = !lead.length && nameToks.length >= 2 && isGroupListItem(sent.text, run[a].s, run[b].e);
    if (groupMember) before.push('envoy');
    const titled = before.some((w) => TITLE_CONTEXT.has(w)) || lead.some((w) => TITLE_CONTEXT.has(w)) || !!relM || byRole || leadsIt;
    const cand: Candidate = {
      sent: sent.index,
      start,
      end,
      tokens: nameToks,
      possessive,
      titleBefore: [...lead, ...before],
      apposition: appos,
      // ('"...," said Jane Wanjiru': a quotation's inverted attribution names a person too)
      speechAfter: SPEECH_AFTER_RE.test(after) || APPOSITION_SPEECH_RE.test(after) || QUOTE_SAID_BEFORE_RE.test(sent.text.slice(Math.max(0, run[a].s - 30), run[a].s)),
      risky,
    };
    if (nameToks.length === 1) {
      singles.push(cand);
      return;
    }
    if (nameToks.length > 4) return;
    // headlines are title-cased ("Envoy Julie Bishop Meets Junta Chief"): no new names from them
    if (sent.kind === 'headline') return;
    // "Mr Ould Abdel Aziz" after "Mohamed Ould Abdel Aziz": the last names of someone the article named in full
    const fullName = personEndingWith(nameToks.map(foldKey));
    if (fullName) {
      for (const w of [...cand.titleBefore, ...appos]) fullName.titleWords.add(w);
      bySentence[sent.index].push({ start, end, sent: sent.index, kind: 'person', name: fullName.name, via: 'surname', possessive });
      return;
    }
    // multi-token unknown: accept with a title, an apposition, or a speech verb after it, or when the article
    // already named that person in full ("Sung Kim, the US envoy, ... Sung Kim is scheduled to ...")
    if (titled || appos.length || (cand.speechAfter && nameToks.length <= 3) || persons.has(nameToks.join(' '))) {
      const name = nameToks.join(' ');
      // a known person's alias may hide in it ("Gen. Bajwa"): prefer KB on last token
      const info = addPerson(name, null, [...cand.titleBefore, ...appos]);
      // "The Rwanda delegation was led by Hon. Dr. X": the person belongs to the state whose side they lead
      // (a state's name only: a demonym may name a people, as "the Armenian delegation" of Karabakh Armenians)
      const side = SIDE_LED_BY_BEFORE.exec(sent.text.slice(Math.max(0, run[stretchStart].s - 80), run[stretchStart].s));
      const sideState = side ? stateEndingWords(side[1].trim().split(/\s+/), countryNamed) : null;
      if (sideState && !info.country) info.country = sideState;
      bySentence[sent.index].push({ start, end, sent: sent.index, kind: 'person', name, via: 'name', possessive });
    } else if (nameToks.length <= 3 && sent.kind === 'body') untitled.push(cand);
  }

  for (const list of bySentence) for (const m of list) {
    const p = persons.get(m.name);
    if (p && p.firstSent === undefined) p.firstSent = m.sent;
  }
  // ---- pass 2: single tokens (surnames, single-token aliases) ----
  const textBefore = (c: Candidate, n: number) => {
    const sent = sentences[c.sent];
    return sent.text.slice(Math.max(0, c.start - sent.start - n), c.start - sent.start).trimEnd().toLowerCase();
  };
  for (const c of singles) {
    const key = foldKey(c.tokens[0]);
    let target: PersonInfo | undefined;
    // an article person with this last token (or any non-first token)
    const matches = byToken.get(key) ?? [];
    // ("Mr Kim said" before the article names Sung Kim, after it named Kim Jong Un: a surname matching only people named
    // later gives way to a family name written first by someone named already, below)
    const namedLater = matches.length > 0 && matches.every((p) => p.firstSent !== undefined && p.firstSent > c.sent);
    const firstTokenEarlier = namedLater && [...persons.values()].some((p) => p.tokens.length >= 2 && p.tokens[0] === key && p.firstSent !== undefined && p.firstSent <= c.sent);
    if (firstTokenEarlier) target = undefined;
    else if (matches.length === 1) target = matches[0];
    else if (matches.length > 1) {
      // a word written alone is a surname before a middle name ("Ghani said" after Abdul Ghani Baradar and Ashraf
      // Ghani is Ghani); among equals, the first introduced
      const bySurname = matches.filter((p) => p.lastToken === key);
      target = bySurname.length === 1 ? bySurname[0] : matches[0];
    }
    // ("Sir Patrick" after "Sir Patrick Mayhew": the British style of a knight takes his given name, common or not)
    const styled = c.titleBefore.some((w) => ROYAL_STYLES.has(w) || KNIGHTLY_STYLES.has(w));
    if (!target && (!c.risky || firstTokenEarlier || styled) && (!COMMON_GIVEN.has(key) || styled)) {
      // a given name used alone ("Anwar", "Phumtham"), as Malay, Thai, Indonesian and Burmese news do, or after a
      // royal style even when common ("Prince Khalid", "Sheikh Mohammed"): only when exactly one person of the
      // article, named earlier, starts with it
      const byFirst = [...persons.values()].filter((p) => p.tokens.length >= 2 && p.tokens[0] === key && p.firstSent !== undefined && p.firstSent <= c.sent);
      if (byFirst.length === 1) target = byFirst[0];
      // "Kim said" after Kim Jong-un, his sister Kim Yo-jong and Kim Yong-chol were named: a family name written first
      // (Korean, Chinese, Vietnamese names) that several share stands for the one head of state or government among them
      else if (byFirst.length > 1) {
        const heads = byFirst.filter((p) => p.kinds.has('head_of_state') || p.kinds.has('head_of_government'));
        if (heads.length === 1) target = heads[0];
      }
    }
    if (!target && firstTokenEarlier) target = matches.length === 1 ? matches[0] : matches.find((p) => p.lastToken === key) ?? matches[0];
    if (!target && c.risky) continue;
    if (!target) {
      // Not a known person (by alias, or by surname below) when the article predates all their roles: "President
      // Kabila" in 1999 is the father, whom the knowledge base may lack, not the son it knows as president from 2001.
      const known = PERSON_BY_NAME.get(key);
      const kbAlias = known && !beforeEveryRole(known, publishedAt) ? known : undefined;
      const titleKinds = titleKindsFromWords([...c.titleBefore, ...c.apposition]);
      const titleBefore = c.titleBefore.map((w) => w[0].toUpperCase() + w.slice(1));
      const demonymCc = titleBefore.map((_, i) => stateEndingWords(titleBefore.slice(0, i + 1), demonymNamed)).find((x) => x) ?? null;
      let kb: Person | undefined = kbAlias;
      if (!kb && (c.titleBefore.some((w) => TITLE_CONTEXT.has(w)) || titleKinds.size)) {
        const namesakes = KB_BY_LAST.get(key) ?? [];
        // one of them not yet in office: the surname may name an earlier holder the knowledge base lacks
        const cands = (namesakes.some((p) => beforeEveryRole(p, publishedAt)) ? [] : namesakes).filter((p) => {
          if (demonymCc && p.country !== demonymCc) return false;
          if (!titleKinds.size) return true;
          const kinds = roleActive(p, publishedAt);
          return [...titleKinds].some((k) => kinds.has(k));
        });
        if (cands.length === 1) kb = cands[0];
      }
      if (kb) target = addPerson(kb.name, kb, []);
      // "President Kibaki said": a surname right after a head of state's or minister's title names a person
      // the knowledge base lacks (older or smaller states' leaders are often named so throughout)
      else if (!c.risky && !COMMON_GIVEN.has(key) && OFFICE_TITLE_BEFORE.test(textBefore(c, 30))) target = addPerson(c.tokens[0], null, c.titleBefore);
      // "... signed by Nasser Al-Khubaji for the STC. ... Al-Khubaji told reporters": a full name read earlier without a
      // title, whose surname alone then speaks, is that person's (the one such name only)
      // (or whose surname alone then stands before an apposition giving the office: "Varga, the Security Council
      // secretary, flew in" after "Ilona Varga and X signed")
      else if (!c.risky && (c.speechAfter || (c.apposition.length > 0 && titleKinds.size > 0)) && !COMMON_GIVEN.has(key)) {
        const earlier = untitled.filter((u) => u.sent < c.sent && foldKey(u.tokens[u.tokens.length - 1]) === key);
        const names = new Set(earlier.map((u) => u.tokens.join(' ')));
        if (names.size === 1) {
          target = addPerson(earlier[0].tokens.join(' '), null, earlier[0].titleBefore);
          target.firstSent ??= earlier[0].sent;
          for (const u of earlier) bySentence[u.sent].push({ start: u.start, end: u.end, sent: u.sent, kind: 'person', name: target.name, via: 'name', possessive: u.possessive });
        }
      }
    }
    if (!target) continue;
    for (const w of [...c.titleBefore, ...c.apposition]) target.titleWords.add(w);
    for (const k of titleKindsFromWords([...c.titleBefore, ...c.apposition])) target.kinds.add(k);
    bySentence[c.sent].push({ start: c.start, end: c.end, sent: c.sent, kind: 'person', name: target.name, via: 'surname', possessive: c.possessive });
  }

  /** The state of a head of government named in sentence `k`, if any. */
  const primeMinisterCountryIn = (k: number): string | null => {
    for (const m of bySentence[k]) {
      const p = m.kind === 'person' ? persons.get(m.name) : undefined;
      if (p?.country && p.kinds.has('head_of_government')) return p.country;
    }
    return null;
  };
  /** The state of the ministers named in sentence `k`, when they are all of one state. */
  const ministerCountryIn = (k: number): string | null => {
    const states = new Set(bySentence[k].map((m) => (m.kind === 'person' ? persons.get(m.name) : undefined)).filter((p) => p?.country && p.kinds.has('minister')).map((p) => p!.country));
    return states.size === 1 ? [...states][0] : null;
  };

  // ---- institutions ----
  const ccCount = new Map<string, number>();
  for (const p of persons.values()) if (p.country) ccCount.set(p.country, (ccCount.get(p.country) ?? 0) + 1);
  let homeCountry: string | null = null;
  for (const [cc, n] of ccCount) if (!homeCountry || n > (ccCount.get(homeCountry) ?? 0)) homeCountry = cc;
  const publisher = publisherState(sentences);
  for (const sent of sentences) {
    if (sent.kind === 'headline') continue;
    const found: Mention[] = [];
    const may = INSTITUTION_KEYS.candidates(sent.text);
    for (let ii = 0; ii < INSTITUTIONS_RE.length; ii++) {
      const inst = INSTITUTIONS_RE[ii];
      if (!may[ii]) continue; // a literal every pattern needs is missing
      inst.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = inst.re.exec(sent.text))) {
        if (!startsWord(sent.text, m.index)) {
          inst.re.lastIndex = m.index + 1;
          continue;
        }
        const s = sent.start + m.index;
        const e = s + m[0].length;
        if (found.some((f) => f.start < e && s < f.end)) continue;
        let name = inst.def.name;
        let extraEnd = 0;
        if (name.includes('{city}')) {
          const city = m.groups?.city;
          if (!city) continue;
          name = name.replace('{city}', CITY_BY_SURFACE.get(city)?.name ?? city);
        }
        if (name.includes('{country}')) {
          const lookback = sent.text.slice(Math.max(0, m.index - 25), m.index + (m.groups?.demonym ? m.groups.demonym.length : 0));
          // up to three capitalised words: "the North Korean foreign ministry" is North Korea's, not Korea's
          const cm = /((?:[A-Z][\p{L}.]+ ){0,2}[A-Z][\p{L}.]+)(?:['’]s)?\s*(?:[a-z]+\s*)?$/u.exec(m.groups?.demonym ? m.groups.demonym : lookback);
          let cc: string | null = null;
          if (cm) cc = stateEndingWords(cm[1].split(' '));
          if (!cc) {
            // "the Ministry of Foreign Affairs of Armenia": the country written after the office
            const after = /^\s+of\s+(?:the\s+)?([A-Z][\p{L}.]+(?:\s[A-Z][\p{L}.]+)?)/u.exec(sent.text.slice(m.index + m[0].length));
            if (after) {
              cc = COUNTRY_BY_SURFACE.get(after[1]) ?? COUNTRY_BY_SURFACE.get(after[1].split(' ')[0]) ?? null;
              if (cc) extraEnd = after[0].length;
            }
            // ("the Ministry of Foreign Affairs of the Sultanate of Oman", "of the Kingdom of Saudi Arabia", "of the
            // Republic of Azerbaijan": the state's formal style before its name)
            const styled = cc ? null : FORMAL_STATE_AFTER_RE.exec(sent.text.slice(m.index + m[0].length));
            if (styled) {
              const words = styled[1].split(' ');
              for (let n = words.length; n >= 1 && !cc; n--) cc = COUNTRY_BY_SURFACE.get(words.slice(0, n).join(' ')) ?? null;
              if (cc) extraEnd = styled[0].length;
            }
          }
          if (!cc && inst.def.needsCountry) continue;
          // "met Prime Minister Abiy Ahmed ..., the Office of the Prime Minister said": that prime minister's office
          if (!cc && /Prime Minister/.test(name)) cc = primeMinisterCountryIn(sent.index);
          // ("Foreign Minister X had spoken by phone with US envoy Y, the Foreign Ministry said": the ministry of that minister)
          if (!cc && /Foreign Ministry/.test(name)) cc = ministerCountryIn(sent.index);
          // (a bare state body in a state's own release is the publisher's)
          if (!cc) cc = publisher ?? homeCountry;
          if (cc === 'PK' && /Foreign/.test(name)) name = 'Pakistan Foreign Office';
          else if (m.groups?.demonym && DEMONYMS.has(m.groups.demonym) && name === '{country} government') name = `${m.groups.demonym} government`;
          // ("the Norwegian Ministry of Foreign Affairs": a ministry under the state's adjective as the article writes it;
          // a one-word body like "Presidency" keeps the state's name, its usual style)
          // (a sentence's first "The" is no part of the adjective when the ministry's formal name follows: "The Italian
          // Ministry of Foreign Affairs said"; "The North Korean foreign ministry said" keeps the state's name)
          else if (cm && /Ministry/.test(name) && !m.groups?.demonym && DEMONYMS.get(/^Ministry of /.test(m[0]) ? cm[1].replace(/^The /, '') : cm[1]) === cc) name = name.replace('{country}', cm[1].replace(/^The /, ''));
          else name = cc ? name.replace('{country}', countryLabel(cc)) : name.replace('{country} ', '');
        }
        found.push({ start: s, end: e + extraEnd, sent: sent.index, kind: 'institution', name, via: 'name' });
      }
    }
    bySentence[sent.index].push(...found);
  }
  // ---- organisations the article defines itself: "the National Liberation Army (ELN)" ----
  const defs: Array<{ name: string; re: RegExp }> = [];
  for (const sent of sentences) {
    if (sent.kind !== 'body' || !sent.text.includes('(')) continue;
    ACRONYM_DEF_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ACRONYM_DEF_RE.exec(sent.text))) {
      const long = m[1].replace(/^(?:The|the)\s+/, '');
      const acr = m[2];
      const orgish = long.split(/\s+/).some((w) => ORG_WORDS.test(w) || /^(?:Front|Army|Forces|Movement|Party|Council|Government|Alliance|League|Congress|Brigades?|Militia|Initiative|Platform)$/.test(w));
      if (!orgish) continue;
      if (INSTITUTIONS_RE.some((i) => (i.re.lastIndex = 0, i.re.test(long) || (i.re.lastIndex = 0, i.re.test(acr))))) continue; // the knowledge base names it already
      if (defs.some((d) => d.name === long)) continue;
      defs.push({ name: long, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${escapeRe(long)}(?:\\s*\\(${escapeRe(acr)}\\))?|${escapeRe(acr)})(?![\\p{L}\\p{N}])`, 'gu') });
    }
  }
  if (defs.length) {
    for (const sent of sentences) {
      for (const d of defs) {
        d.re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = d.re.exec(sent.text))) {
          const st = sent.start + m.index;
          const en = st + m[0].length;
          if (bySentence[sent.index].some((x) => x.start < en && st < x.end)) continue;
          bySentence[sent.index].push({ start: st, end: en, sent: sent.index, kind: 'institution', name: d.name, via: 'name' });
        }
      }
    }
  }
  for (const list of bySentence) list.sort((x, y) => x.start - y.start || y.end - x.end);
  // drop person mentions nested inside institution mentions and vice versa (keep the longer)
  for (let k = 0; k < bySentence.length; k++) {
    const list = bySentence[k];
    bySentence[k] = list.filter((m, idx) => !list.some((o, j) => j !== idx && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  }
  const actors: Actors = { persons, bySentence, subjectPronouns: sentences.map((sent, k) => subjectPronoun(sent, bySentence[k])), homeCountry };
  actors.bareOffices = bareOffices(sentences, publishedAt, bySentence);
  actors.subjectTitles = sentences.map((sent, k) => subjectTitle(actors, sent, k));
  // (an office holder the article never names, known from the knowledge base, joins its people when the article uses
  // the bare title)
  for (const [re, name] of actors.bareOffices) {
    if (!persons.has(name) && KB_BY_NAME.has(name) && sentences.some((s) => s.kind === 'body' && re.test(s.text))) addPerson(name, KB_BY_NAME.get(name)!, []);
  }
  actors.sentences = sentences;
  actors.genders = pronounGenders(actors, sentences);
  return actors;
}

const GENDERED_PRONOUN_RE = /\b(?:(he|his)|(she|her))\b/gi;

/**
 * "Morgan Ortagus held talks in Beirut with A, B and C, her second visit": a "he/his" or "she/her" after the
 * sentence's subject (its titled subject or first person named) is that person's. A person given both stays unknown.
 */
function pronounGenders(actors: Actors, sentences: Sentence[]): Map<string, 'm' | 'f'> {
  const votes = new Map<string, 'm' | 'f' | null>();
  for (const sent of sentences) {
    if (sent.kind !== 'body' || !/\b(?:he|his|she|her)\b/i.test(sent.text)) continue;
    const first = actors.bySentence[sent.index].find((m) => m.kind === 'person');
    GENDERED_PRONOUN_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = GENDERED_PRONOUN_RE.exec(sent.text))) {
      const at = sent.start + m.index;
      const subject = actors.subjectTitles?.[sent.index] ?? (first && first.end <= at ? first.name : null);
      if (!subject || (first && first.end > at && !actors.subjectTitles?.[sent.index])) continue;
      const g = m[1] ? 'm' : 'f';
      const had = votes.get(subject);
      votes.set(subject, had === undefined || had === g ? g : null);
    }
  }
  const out = new Map<string, 'm' | 'f'>();
  for (const [name, g] of votes) if (g) out.set(name, g);
  return out;
}

/** The gender of the pronoun at offset `at` of sentence `sent` ("she", "her": f), if it is one. */
function pronounGenderAt(actors: Actors, sent: number, at: number): 'm' | 'f' | null {
  const s = actors.sentences?.[sent];
  if (!s) return null;
  const m = /^(?:(he|his)|(she|her))\b/i.exec(s.text.slice(at - s.start, at - s.start + 4));
  return m ? (m[1] ? 'm' : 'f') : null;
}

/** "the Danish diplomat met ...", "In Pristina, the envoy held ...": a subject named by a diplomatic title alone
 *  (a short apposition or a relative clause may follow it: "The envoy, who flew in on Tuesday, met ..."). */
const SUBJECT_TITLE_RE =
  /^(?:[^,;:"“”.]{0,40}?,\s*)?(the\s+(?:[\p{L}’'-]+\s+){0,3}?(?:envoy|diplomat|mediator|representative|negotiator|ambassador|minister|Secretary(?:-General)?|President))(?:\s*,\s*(?:who\s+(?:was|is|has been)\s+)?(?:appointed|named|nominated|in office|a\s+veteran|a\s+former)\b[^,;:"“”.]{0,50},|\s*,\s*who\s+[^,;:"“”.]{1,80},)?\s+(?!(?:said|says|told|added|of|for|to|in|at|and)\b)/iu;

/** The United Nations named by its name or initials: in such a text an unnamed "Secretary-General" is the UN's. */
const UN_NAMED = /\b(?:UN|U\.N\.|United Nations)\b/;

/** The United States' State Department named: in such a text a bare "the Secretary" is the Secretary of State. */
const STATE_DEPARTMENT_NAMED = /\b(?:State\s+Department|Department\s+of\s+State)\b/i;
const BARE_SECRETARY_GENERAL = /\b[Tt]he\s+(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?Secretary-General\b(?![\s,]+[\p{Lu}])/u;
const BARE_SECRETARY = /\b[Tt]he\s+Secretary\b(?![- ]General|\s+of\b|[\s,]+[\p{Lu}])/u;
/** A release issued by the White House itself: its masthead line, or its press office's heading. */
const WHITE_HOUSE_ISSUER = /^\s*THE WHITE HOUSE\s*$|^\s*The White House\s*$|\bOffice of the Press Secretary\b/m;
const WHITE_HOUSE_NAMED = /\bWhite House\b/i;
const BARE_PRESIDENT = /\b[Tt]he\s+President\b(?![- ]elect|\s+of\b|[\s,]+[\p{Lu}])/u;

const OWN_REPUBLIC_PRESIDENT = /\b[Tt]he\s+President\s+of\s+the\s+Republic,?\s+(?=[\p{Lu}])(?!of\b)/u;

/** The person named in apposition right after "the President of the Republic" (no state after it), if any. */
function ownRepublicPresident(sentences: Sentence[], bySentence: Mention[][]): string | null {
  for (const sent of sentences) {
    if (sent.kind !== 'body') continue;
    const m = OWN_REPUBLIC_PRESIDENT.exec(sent.text);
    if (!m) continue;
    const at = sent.start + m.index + m[0].length;
    const person = bySentence[sent.index].find((x) => x.kind === 'person' && x.start >= at && x.start <= at + 1);
    if (person) return person.name;
  }
  return null;
}

/**
 * Offices a text may name by bare title for the holder of the day, whom it need not name: "the Secretary-General" in a
 * text that names the UN, "the Secretary" in one that names the State Department (title pattern -> knowledge-base
 * holder; a third field marks an office of the text's issuer, preferred to anyone the article names). Otherwise
 * used only when the article names nobody who fits the title.
 */
function bareOffices(sentences: Sentence[], publishedAt: string | null, bySentence: Mention[][]): Array<[RegExp, string, boolean?]> {
  const out: Array<[RegExp, string, boolean?]> = [];
  if (!publishedAt) return out;
  // (a release of the White House itself calls its own head "the President", whoever else it names with that title
  // nearer: the third field marks an office of the text's issuer, preferred to anyone the article names)
  const president = sentences.some((s) => WHITE_HOUSE_NAMED.test(s.text)) && sentences.some((s) => WHITE_HOUSE_ISSUER.test(s.text)) ? kbTopOfficial('US president', publishedAt) : null;
  if (president) out.push([BARE_PRESIDENT, president, true]);
  // ("the President of the Republic, Nicolas Sarkozy, travelled ...": a state's own style for its head, with no state
  // named after "Republic"; the text's later bare "the President" is that head, not a foreign president named closer)
  const own = president ? null : ownRepublicPresident(sentences, bySentence);
  if (own) out.push([BARE_PRESIDENT, own, true]);
  const un = sentences.some((s) => UN_NAMED.test(s.text)) ? kbUnSecretaryGeneral(publishedAt) : null;
  if (un) out.push([BARE_SECRETARY_GENERAL, un]);
  const sec = sentences.some((s) => STATE_DEPARTMENT_NAMED.test(s.text)) ? kbUsSecretaryOfState(publishedAt) : null;
  if (sec) out.push([BARE_SECRETARY, sec]);
  return out;
}

/** The holder of the day of an office named by its bare title ("the Secretary-General", "the Secretary"), if the
 *  article's setting gives one (see bareOffices). */
export function bareOfficeHolder(actors: Actors, phrase: string, issuerOnly = false): string | null {
  const p = phrase.trim();
  for (const [re, name, issuer] of actors.bareOffices ?? []) {
    if (issuerOnly && !issuer) continue;
    const m = re.exec(p);
    if (m && m.index === 0 && m[0].length === p.length) return name;
  }
  return null;
}

function subjectTitle(actors: Actors, sent: Sentence, k: number): string | null {
  if (!sent.text.includes('the ') && !sent.text.includes('The ')) return null;
  const m = SUBJECT_TITLE_RE.exec(sent.text);
  if (!m) return null;
  // ("the Secretary" is an office only when capitalised: "the party secretary" is nobody the article named)
  if (/secretary(?:-general)?$/i.test(m[1]) && !/Secretary(?:-General)?$/.test(m[1])) return null;
  // ("The Italian-Swedish diplomat, appointed in October 2021, toured ...": a short apposition may follow the title)
  if (actors.bySentence[k].some((x) => x.kind === 'person' && x.start <= sent.start + m.index + m[0].length)) return null;
  // the antecedent is named before this sentence (its own people are the ones met)
  const named = k > 0 ? resolveTitle(actors, m[1], k - 1) : null;
  return named ?? bareOfficeHolder(actors, m[1]);
}

/** "He" or "she" opening a sentence (after at most a short adverbial), before anyone it names: its offset. */
// ("His last trip to Beirut was in July, when he met X. On Wednesday he ...": a possessive opening the sentence stands
// for its subject too; not a style before a name, "His Excellency X")
function subjectPronoun(sent: Sentence, mentions: Mention[]): number | null {
  const m = /^(?:[^,;:"“”.]{0,30}?,?\s)?(he|she)\b/i.exec(sent.text) ?? /^(His|Her)(?=\s+\p{Ll})/u.exec(sent.text);
  if (!m) return null;
  const at = sent.start + m.index + m[0].length - m[1].length;
  const firstPerson = mentions.find((x) => x.kind === 'person');
  return firstPerson && firstPerson.start < at ? null : at;
}

/**
 * One regex per institution. The word boundary before a match is checked by hand
 * (`startsWord`): a leading look-behind would stop V8 from scanning for the literal prefix.
 */
const INSTITUTIONS_RE = INSTITUTIONS.map((def) => ({
  def,
  keys: literalKeys(def.patterns, false),
  re: new RegExp(`(?:${def.patterns.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
}));
const ACRONYM_DEF_RE = /((?:[\p{Lu}][\p{L}’'\-]+\s+)(?:(?:of|for|the|and|de|del|la|in)\s+|[\p{Lu}][\p{L}’'\-]+\s+){0,7}[\p{Lu}][\p{L}\-]+)\s*\(([\p{Lu}][\p{Lu}\p{N}\-/]{1,9})\)/gu;
const INSTITUTION_KEYS = new KeyIndex(INSTITUTIONS_RE.map((i) => i.keys));
const WORD_CHAR = /[\p{L}\p{N}]/u;
function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  return !WORD_CHAR.test(text[at - 1]);
}

const LABEL: Record<string, string> = { US: 'US', GB: 'UK', AE: 'UAE', RU: 'Russian', SA: 'Saudi', IR: 'Iranian' };
import { COUNTRY_NAME } from '../knowledge';
export function countryLabel(cc: string): string {
  return LABEL[cc] ?? COUNTRY_NAME.get(cc) ?? cc;
}

// ---------- coreference helpers used by the fact layers ----------

const MONARCH_TITLES = ['emir', 'amir', 'king', 'sultan'];
/** A minister styled "<office> Secretary" (Britain's Foreign or Home Secretary) by the article or the knowledge base. */
const styledSecretary =
  (office: string) =>
  (p: PersonInfo): boolean =>
    p.kinds.has('minister') &&
    ((p.titleWords.has('secretary') && p.titleWords.has(office)) || !!KB_BY_NAME.get(p.name)?.roles.some((r) => r.title.toLowerCase().includes(`${office} secretary`)));

const SECRETARY_GENERAL_TITLE = /(?<!\b(?:Under|Assistant|Deputy)[- ])Secretary-General(?!['’]s)/;
/** (a third `true`: when nobody of the article fits, the next heads are tried) */
const TITLE_HEADS: Array<[RegExp, (p: PersonInfo) => boolean, boolean?]> = [
  // "the envoy": first someone the article or the knowledge base calls an envoy, before a representative of a party
  [/\benvoy\b/i, (p) => p.titleWords.has('envoy') || !!KB_BY_NAME.get(p.name)?.roles.some((r) => r.kind === 'envoy'), true],
  [/\b(?:envoy|representative|mediator|moderator|facilitator)\b/i, (p) => p.kinds.has('envoy') || p.titleWords.has('envoy') || p.titleWords.has('representative')],
  // "the Deputy Prime Minister": whoever the article gives that title (a minister, see titleKindsFromWords), never the premier
  [/\b(?:deputy|vice)[- ](?:prime minister|premier)\b/i, (p) => (p.titleWords.has('deputy') || p.titleWords.has('vice')) && (p.titleWords.has('prime') || p.titleWords.has('premier'))],
  [/(?<!\b(?:deputy|vice)[- ])\b(?:prime minister|premier)\b/i, (p) => p.kinds.has('head_of_government')],
  // "the Chancellor": a head of government with that title (Germany's, Austria's), not another state's premier
  [/\bchancellor\b/i, (p) => p.kinds.has('head_of_government') && p.titleWords.has('chancellor')],
  // "the NSA", "EAM" (India's External Affairs Minister): offices known by their initials, held by whoever the article
  // gave that office's full title
  [/\b(?:NSA|national security advis[eo]r)\b/i, (p) => p.titleWords.has('security') && (p.titleWords.has('adviser') || p.titleWords.has('advisor'))],
  [/\b(?:EAM|external affairs minister)\b/i, (p) => p.titleWords.has('external') && p.titleWords.has('affairs')],
  // "the Secretary-General": whoever the article or the knowledge base gives that office (never a minister)
  // (an under-, assistant or deputy secretary-general, or the Secretary-General's envoy, holds another office)
  [/\bSecretary-General\b/, (p) => (p.kinds.has('official') || p.kinds.has('envoy')) && ((p.titleWords.has('secretary-general') && !p.titleWords.has('deputy') && !p.titleWords.has('assistant')) || !!KB_BY_NAME.get(p.name)?.roles.some((r) => SECRETARY_GENERAL_TITLE.test(r.title)))],
  // "the Foreign Secretary", "the Home Secretary": the minister the article or the knowledge base gives that title
  [/\bForeign\s+Secretary\b/i, styledSecretary('foreign')],
  [/\bHome\s+Secretary\b/i, styledSecretary('home')],
  [/\b(?:Cabinet|Press|Permanent|Executive)\s+Secretary\b/i, () => false],
  // "the Secretary", "the Secretary of State" (a State Department text's): the Secretary of State, never a Foreign
  // Secretary named closer
  [/\bSecretary\b/, (p) => p.kinds.has('minister') && ((p.titleWords.has('secretary') && !p.titleWords.has('foreign') && !p.titleWords.has('home')) || !!KB_BY_NAME.get(p.name)?.roles.some((r) => /^(?:US )?Secretary of State$/.test(r.title)))],
  [/\bforeign minister\b/i, (p) => p.kinds.has('minister') && (p.titleWords.has('foreign') || p.known)],
  [/\bminister\b/i, (p) => p.kinds.has('minister')],
  [/\b(?:army chief|general|commander|military chief)\b/i, (p) => p.kinds.has('military')],
  [/\b(?:spokesman|spokeswoman|spokesperson)\b/i, (p) => p.kinds.has('spokesperson')],
  // "the crown prince said": the heir named with that title before ("Crown Prince Mohammed bin Salman"), or known as one
  [/\bcrown\s+prince\b/i, (p) => (p.titleWords.has('crown') && p.titleWords.has('prince')) || !!KB_BY_NAME.get(p.name)?.roles.some((r) => /\bCrown Prince\b/.test(r.title))],
  // "the Emir stressed", "the King said", "His Majesty": a monarch named with that title before
  // (or known as one: "His Majesty" after "Mohammed VI")
  [/\b(?:emir|amir|king|sultan|majesty|highness)\b/i, (p) => p.kinds.has('head_of_state') && (['emir', 'amir', 'king', 'sultan'].some((w) => p.titleWords.has(w)) || !!KB_BY_NAME.get(p.name)?.roles.some((r) => /^(?:Emir|Amir|King|Sultan)$/.test(r.title)))],
  // ("the President": a king, emir or sultan is no president)
  [/\bpresident\b/i, (p) => p.kinds.has('head_of_state') && !MONARCH_TITLES.some((w) => p.titleWords.has(w)) && !KB_BY_NAME.get(p.name)?.roles.some((r) => /^(?:Emir|Amir|King|Sultan)$/.test(r.title))],
  [/\b(?:ambassador|diplomat)\b/i, (p) => p.kinds.has('diplomat') || p.titleWords.has('ambassador') || p.kinds.has('envoy')],
  [/\b(?:leader|chief|chairman|head)\b/i, (p) => p.kinds.has('leader') || p.kinds.has('negotiator') || p.kinds.has('military')],
  [/\b(?:negotiator)\b/i, (p) => p.kinds.has('negotiator')],
];

/** Resolve a title phrase ("the envoy", "the army chief") to a person of the article. */
/** (`earlierOnly`: someone named in or before sentence `sent`, never later.) */
export function resolveTitle(actors: Actors, phrase: string, sent: number, earlierOnly = false): string | null {
  // "the Qatari prime minister", "Qatar's foreign minister": only someone acting for that state
  const state = stateWrittenIn(phrase);
  // "the UN envoy", "the EU envoy": only someone acting for that organisation (not another's envoy named nearby)
  const org = ORGANISATION_TITLES.find((o) => o.inPhrase.test(phrase));
  // "the President" in a White House release: its own head, not the foreign president named last
  const issuer = bareOfficeHolder(actors, /^the\s/i.test(phrase.trim()) ? phrase : `the ${phrase.trim()}`, true);
  if (issuer) return issuer;
  for (const [re, ok0, soft] of TITLE_HEADS) {
    const ok = org ? (p: PersonInfo) => ok0(p) && actsFor(p, org) : ok0;
    if (!re.test(phrase)) continue;
    // nearest antecedent first (bounded window, so long texts stay linear); a later
    // mention counts three times its distance
    const n = actors.bySentence.length;
    const pick = (k: number): string | null => {
      for (const m of actors.bySentence[k]) {
        if (m.kind !== 'person') continue;
        const p = actors.persons.get(m.name);
        if (p && ok(p) && !(state && p.country && p.country !== state)) return m.name;
      }
      return null;
    };
    let best: string | null = null;
    let bestDist = Infinity;
    for (let k = Math.min(sent, n - 1); k >= 0 && sent - k <= TITLE_WINDOW; k--) {
      const found = pick(k);
      if (found) {
        best = found;
        bestDist = sent - k;
        break;
      }
    }
    // "the former foreign minister" describes someone already named: never someone introduced later
    const backwardOnly = earlierOnly || /\bformer\b/i.test(phrase);
    for (let k = sent + 1; !backwardOnly && k < n && (k - sent) * 3 + 0.5 < bestDist && k - sent <= TITLE_WINDOW / 3; k++) {
      const found = pick(k);
      if (found) {
        best = found;
        break;
      }
    }
    if (best || !soft) return best;
  }
  return null;
}
const TITLE_WINDOW = 60;

/** Organisations whose name in a title phrase restricts it to their own officials: written in the phrase, in a role, as title words. */
const ORGANISATION_TITLES = [
  { inPhrase: /\b(?:UN|U\.N\.|United Nations)\b/, role: /\bUN\b|\bU\.N\.|United Nations|Secretary-General/, titleWords: ['un', 'u.n.'] },
  { inPhrase: /\b(?:EU|European Union)\b/, role: /\bEU\b|European Union/, titleWords: ['eu'] },
  { inPhrase: /\b(?:AU|African Union)\b/, role: /\bAU\b|African Union/, titleWords: ['au'] },
];
const KB_BY_NAME = new Map(PEOPLE.map((p) => [p.name, p] as const));
function actsFor(p: PersonInfo, org: (typeof ORGANISATION_TITLES)[number]): boolean {
  if (org.titleWords.some((w) => p.titleWords.has(w))) return true;
  return !!KB_BY_NAME.get(p.name)?.roles.some((r) => org.role.test(r.title));
}

/** The state a demonym or country name in a title phrase stands for ("Qatari", "Qatar's"), if any. */
function stateWrittenIn(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i])) continue;
    const cc = stateEndingWords(words.slice(0, i + 1));
    if (cc) return cc;
  }
  return null;
}

const MAX_PRONOUN_CHAIN = 6;

/**
 * The person most likely meant by a pronoun in sentence `sent` before offset `at`: one named before it in the
 * sentence, else the last speaker, else the subject of a sentence before. A sentence whose subject is itself a
 * pronoun passes its own antecedent on: in "X met Y in Kabul. He then flew to Doha and met Z. On Friday he ...",
 * both pronouns are X, not Z.
 */
export function resolvePronoun(actors: Actors, sent: number, at: number, lastSpeaker: { name: string; sent: number } | null, chained = 0): string | null {
  const found = resolvePronounAnyGender(actors, sent, at, lastSpeaker, chained);
  // "Three working groups will be formed, Ortagus said. Qassem said ... . She was expected to fly to Israel": a
  // "she" whose antecedent is not known to be a woman goes to the nearest earlier person the article calls "she/her"
  const g = found && actors.genders?.size ? pronounGenderAt(actors, sent, at) : null;
  // (a "he" keeps an antecedent of unknown gender: the article just never said)
  const known = g ? actors.genders!.get(found!) : undefined;
  if (!g || known === g || (g === 'm' && known === undefined)) return found;
  for (let k = sent; k >= 0 && k >= sent - 6; k--) {
    const ps = actors.bySentence[k].filter((m) => m.kind === 'person' && (k < sent || m.end <= at));
    for (let i = ps.length - 1; i >= 0; i--) if (actors.genders!.get(ps[i].name) === g) return ps[i].name;
  }
  return found;
}

/** A middle initial, with or without its dot ("J.", "J"). */
const MIDDLE_INITIAL = /^\p{Lu}\.?$/u;
/** Only capitalised words (a title such as "U.S. President", "Foreign Minister") before a sentence's first name. */
const TITLE_CAPS_ONLY = /^\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u;

function resolvePronounAnyGender(actors: Actors, sent: number, at: number, lastSpeaker: { name: string; sent: number } | null, chained = 0): string | null {
  // "The President spoke to X by phone, and he told him that ...": a sentence's subject named by its title, not the
  // person it met, is the antecedent of a pronoun later in that sentence
  const sentStart = actors.sentences?.[sent]?.start;
  const ownTitled = actors.subjectTitles?.[sent];
  if (ownTitled && sentStart !== undefined && at > sentStart + 1) return ownTitled;
  const here = actors.bySentence[sent].filter((m) => m.kind === 'person' && m.end <= at);
  // ("Dbeibah's rival Fathi Bashagha said he would ...": a possessive only qualifies the head noun, who is the subject)
  if (here.length) return (here.find((m) => !m.possessive) ?? here[0]).name;
  // '"...," Obasanjo said. Redwan Hussien, who led ..., flew to Nairobi on Friday. He told the Nation that ...': a
  // sentence opening with another person's name, after the last speech, hands the subject on
  const prevS = actors.sentences?.[sent - 1];
  if (lastSpeaker && prevS && lastSpeaker.sent < sent - 1 && actors.subjectPronouns[sent - 1] === null) {
    const first = actors.bySentence[sent - 1].find((m) => m.kind === 'person');
    // (after its title at most: "U.S. President Joe Biden welcomed the agreement. "...," he said")
    if (first && TITLE_CAPS_ONLY.test(prevS.text.slice(0, first.start - prevS.start)) && !first.possessive && first.name !== lastSpeaker.name && actors.persons.has(first.name)) return first.name;
  }
  if (lastSpeaker && sent - lastSpeaker.sent <= 2 && actors.persons.has(lastSpeaker.name)) return lastSpeaker.name;
  for (let k = sent - 1; k >= 0 && k >= sent - 4; k--) {
    const pronoun = actors.subjectPronouns[k];
    // a chain of pronoun-led sentences is followed only so far: "He ... . He ... ." over a whole text stays linear
    if (pronoun !== null && chained < MAX_PRONOUN_CHAIN) return resolvePronoun(actors, k, pronoun, lastSpeaker, chained + 1);
    // "In Pristina, the Danish diplomat met X. A day later he ...": the titled subject, not the person met
    const titled = actors.subjectTitles?.[k];
    if (titled) return titled;
    const ps = actors.bySentence[k].filter((m) => m.kind === 'person');
    if (ps.length) return ps[0].name;
  }
  return null;
}

/**
 * A state's top official named by office alone ("Ukraine's president", "the Somali foreign minister") when the article
 * names nobody who fits: the one knowledge-base person holding that office for that state on the article's day.
 */
export function kbTopOfficial(phrase: string, publishedAt: string | null): string | null {
  if (!publishedAt) return null;
  // ("Qatar's prime minister and foreign minister": one person holding both offices)
  const m = /^(?:the\s+)?((?:[\p{L}.’'-]+\s+){1,3}?)(president|prime minister|premier|foreign minister)(?:\s+and\s+(president|prime minister|premier|foreign minister))?\s*$/iu.exec(phrase.trim());
  if (!m) return null;
  const words = m[1].trim().split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  const state = stateLeadingWords(words);
  if (!state || state.words !== words.length) return null;
  const offices = [m[2], m[3]].filter((o): o is string => !!o).map((o) => o.toLowerCase());
  const fitsOffice = (office: string) => (r: { title: string; kind: string }) =>
    office === 'president' ? r.kind === 'head_of_state' && /\bpresident\b/i.test(r.title)
    : office === 'foreign minister' ? r.kind === 'minister' && /\bforeign minister\b|\bminister of foreign affairs\b/i.test(r.title)
    : r.kind === 'head_of_government' && /\bprime minister\b|\bpremier\b/i.test(r.title);
  const holds = (p: (typeof PEOPLE)[number], fits: ReturnType<typeof fitsOffice>, datedOnly: boolean) =>
    p.roles.some((r) => fits(r) && (!datedOnly || !!r.from) && !(r.from && r.from > publishedAt) && !(r.to && r.to < publishedAt));
  const hits = PEOPLE.filter((p) => p.country === state.cc && offices.every((o) => holds(p, fitsOffice(o), false)));
  // (an office known with its dates outranks one listed without any, which may be another term: a president of 2007
  // is the one whose term of 2001-2009 is written, not one whose undated entry is his later term)
  const dated = hits.length > 1 ? hits.filter((p) => holds(p, fitsOffice(offices[0]), true)) : hits;
  return dated.length === 1 ? dated[0].name : null;
}

/** Everyone who has been UN Secretary-General or US Secretary of State (the knowledge base is scanned once, not per article). */
const UN_SECRETARIES_GENERAL = PEOPLE.filter((p) => p.roles.some((r) => r.title === 'UN Secretary-General'));
const US_SECRETARY_OF_STATE_RE = /^(?:US )?Secretary of State$/;
const US_SECRETARIES_OF_STATE = PEOPLE.filter((p) => p.country === 'US' && p.roles.some((r) => US_SECRETARY_OF_STATE_RE.test(r.title)));

/** The UN Secretary-General on the article's day, from the knowledge base ("The Secretary-General welcomes ..." in a
 *  UN briefing that never names him). */
export function kbUnSecretaryGeneral(publishedAt: string | null): string | null {
  if (!publishedAt) return null;
  const hits = UN_SECRETARIES_GENERAL.filter((p) => p.roles.some((r) => r.title === 'UN Secretary-General' && !(r.from && r.from > publishedAt) && !(r.to && r.to < publishedAt)));
  return hits.length === 1 ? hits[0].name : null;
}

/** The US Secretary of State on the article's day, from the knowledge base. */
export function kbUsSecretaryOfState(publishedAt: string | null): string | null {
  if (!publishedAt) return null;
  const hits = US_SECRETARIES_OF_STATE.filter((p) => p.roles.some((r) => US_SECRETARY_OF_STATE_RE.test(r.title) && !(r.from && r.from > publishedAt) && !(r.to && r.to < publishedAt)));
  return hits.length === 1 ? hits[0].name : null;
}

/**
 * The holder of a spokesperson's office named without a name ("the UN spokesman", "the Kremlin
 * spokesman", "the Qatari foreign ministry spokesman"): the one knowledge-base person whose role,
 * active on the article's day, has that title (and that state, when a demonym is written).
 */
export function kbOfficeHolder(phrase: string, publishedAt: string | null): string | null {
  const m = /^(?:the\s+)?((?:[\p{L}.’'-]+\s+){1,4}?)(?:spokesman|spokeswoman|spokesperson)$/iu.exec(phrase.trim());
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  const state = stateLeadingWords(words);
  const cc = state?.cc ?? null;
  const office = words.slice(state?.words ?? 0).join(' ').toLowerCase().replace(/\bu\.n\.\b/g, 'un');
  if (!office) return null;
  const norm = (t: string) => t.toLowerCase().replace(/\bspokes(?:man|woman|person)\b/g, 'spokes').replace(/\boffice\b/g, 'ministry');
  const want = norm(`${office} spokesman`);
  const hits = PEOPLE.filter((p) => {
    if (cc && p.country !== cc) return false;
    return p.roles.some((r) => {
      if (r.kind !== 'spokesperson') return false;
      if (publishedAt && ((r.from && r.from > publishedAt) || (r.to && r.to < publishedAt))) return false;
      if (!publishedAt && (r.from || r.to)) return false;
      return norm(r.title) === want || norm(r.title).startsWith(`${want};`);
    });
  });
  return hits.length === 1 ? hits[0].name : null;
}

