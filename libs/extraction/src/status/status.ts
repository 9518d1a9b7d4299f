/**
 * Negotiation status: explicit claims about the state of a negotiation track
 * (scheduled, opened, ongoing, paused, stalled, resumed, agreement_signed, cancelled,
 * collapsed), with negation and modality handled, and the track named from the
 * taxonomy in knowledge/tracks.json (or derived from the parties when unknown).
 */
import { datesOf, placesOf, type Doc } from '../document';
import { CAPITAL_BY_CC, CITY_BY_SURFACE, COUNTRY_NAME, TRACKS, stateLeadingWords } from '../knowledge';
import { countryOf } from '../places/gazetteer';
import type { StatusClaim, TrackState } from '../types';
import { DENIED_BEFORE, MONTH_NAME, MONTH_OR_ABBREVIATION, REPORTS_THAT, WEEKDAY_NAME, escapeRe } from '../util/text';
import { KeyIndex, literalKeys } from '../util/prefilter';
import { TRANSCRIPT_LABEL } from '../statements/statements';

const NEGOTIATION = /\b(?:meeting\s+between\s+[^.;,]{3,120}?\s+(?:was|were)\s+held|(?:mechanisms?|commissions?|committees?|working groups?)\b[^.;]{0,60}?\b(?:will|would|shall)\s+continue\s+to\s+meet|sessions\s+(?:will|would|are to|(?:are|were)\s+(?:due|expected|set|scheduled)\s+to)\s+(?:resume|reconvene)|elections?\s+(?:are|is|were|was)\s+(?:now\s+)?(?:due|scheduled|set|planned)|joint (?:[\w-]+ )?(?:commission|committee|working group)|working groups?\b[^.;]{0,80}?\bwill\s+be\s+(?:formed|set up|established|created)\s+and\s+(?:will\s+)?meet|working groups? (?:will|would|are to|is to) be (?:formed|set up|established|created) to negotiate|(?:political|negotiating|peace|diplomatic|ministerial|military|security|technical|humanitarian|constitutional|electoral|economic) track|(?:peace |political )?roadmap|(?:both|the two) (?:sides|leaders|delegations|ministers|foreign ministers|negotiators|DGMOs|army chiefs)|(?:ministers|leaders|delegations|mediators|envoys|negotiators)\b[^.;]{0,80}\b(?:are|were) (?:(?:scheduled|due|set|expected) )?to meet|(?:commission|committee|working group)\s+(?:is|are)\s+(?:(?:scheduled|due|set|expected)\s+)?to\s+meet|\w+ and \w+ (?:are|were) (?:scheduled|due|set) to meet\b|the parties|(?:warring|rival|negotiating)\s+(?:parties|sides|factions)|delegations|talks|negotiations?|dialogue|(?:international|peace|political|direct|indirect|proximity|exploratory)\s+discussions|peace process|\d\+\d\s+format|(?:border|boundary|delimitation|demarcation)\s+commissions?|(?:negotiating|negotiation|Normandy|Astana|Minsk|enlarged|trilateral)\s+format|peace plan|process|rounds?|(?:package|set|series)\s+of\s+(?:[\w-]+\s+)?documents|agreements?|deals?|accords?|truce|ceasefire|cease-fire|consultations|conference|summit|mediation|negotiating|treaty|declaration|(?:final|joint) communiqu(?:e|(?=é))|joint statement|joint framework|memorandum|MoU|protocols?|rapprochement|normali[sz]ation|disengagement|initiative|(?:ministers|leaders|delegations|envoys|negotiators|factions)\b[^.;]{0,80}?\b(?:will|would) (?:meet|reconvene|gather again)|cessation of (?:all )?(?:hostilities|firing)|(?:first|next|new|further|another|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:[\w"“”+-]+ ){0,2}?(?:meeting|session|plenary)|covenant|pact|signing ceremony|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|new|\d+(?:st|nd|rd|th))\s+cycle|(?:statement|declaration) of (?:[\w-]+\s+){0,2}principles|(?:informal|enlarged|high-level|trilateral|tripartite|ministerial)\s+(?:[\w-]+\s+)?meeting|agreed to meet|meet again|contacts (?:between|with)|(?:will|is to|are to|(?:is|are) (?:due|set|expected) to)\s+(?:co-)?(?:host|convene|chair)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|round|conference|summit|session)|meeting (?:of|between) (?:the )?(?:two |both |three )?(?:foreign )?(?:ministers|leaders|sides|delegations|negotiators)|settlement\s+of\s+the\s+(?:[\w-]+\s+)?(?:conflict|crisis|dispute|war)|(?:meeting|conference|talks|summit|consultations)\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?settlement)\b/i;

interface Rule {
  state: TrackState;
  re: RegExp;
  /** the cue already carries its own negation ("no breakthrough") */
  selfNegated?: boolean;
  allowModal?: boolean;
  /** the claim's date is the last one inside the cue (the day a truce starts), not the first of the clause */
  dateAtCueEnd?: boolean;
  /** the cue is a present tense that a timeline entry uses for the past */
  notInTimeline?: boolean;
  /** the claim's date is told after the cue, a day inside it being when the step was agreed */
  dateAfterCue?: boolean;
}

const MONTH = String.raw`${MONTH_OR_ABBREVIATION}\.?`;
/** "elections are due in 1993", "the presidential election is scheduled for 24 December": a vote the settlement sets */
const ELECTIONS_DUE = String.raw`(?:general |national |presidential |parliamentary |legislative )?elections?\s+(?:are|is|were|was)\s+(?:now\s+)?(?:due|scheduled|set|planned)\s+(?:for|in|on|by|at)\b`;
/** "a unity government is to be formed in May", "Parliament is to adopt the amendments within 45 days", "is to hold a
 *  confidence vote", "Congress is expected to vote on the agreement next week": a step the settlement sets, as elections are */
const SETTLEMENT_STEP_DUE = String.raw`(?:(?:is|are)\s+(?:(?:due|set|scheduled|expected)\s+)?to\s+vote\s+on\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:amendments?|agreements?|accords?|treaty|protocols?|constitution|deal|roadmap|text)|(?:transitional|unity|interim|caretaker|power-sharing|inclusive)\s+(?:[\w-]+\s+)?(?:government|administration|authority|executive|council)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:(?:is|are)\s+(?:(?:due|set|scheduled)\s+)?to|will)\s+(?:be\s+(?:formed|set up|established|installed|sworn in|inaugurated)|take office)|(?:is|are)\s+(?:(?:due|set|scheduled|expected)\s+)?to\s+(?:(?:meet|convene|gather|reconvene)\b[^.;]{1,60}?\s+to\s+)?(?:ratify|adopt|approve)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:amendments?|agreements?|accords?|treaty|protocols?|constitution|deal|roadmap|document|text)|(?:is|are)\s+to\s+be\s+(?:submitted|sent|put|presented)\s+(?:to\s+[^.;]{1,40}?\s+)?for\s+ratification|(?:now\s+)?(?:goes|go)\s+to\s+(?:an?\s+|simultaneous\s+|separate\s+|parallel\s+)?referendums?|(?:is|are)\s+(?:(?:due|set|scheduled)\s+)?to\s+hold\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:confidence vote|vote of confidence|referendums?)|(?:withdrawal|pullback|pull-back|disengagement|redeployment|demobili[sz]ation|disarmament)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:is|are)\s+(?:(?:due|set|scheduled)\s+)?to\s+(?:be\s+completed|be\s+finished|end)\s+(?:by|within|before)\b)\b`;
/** (a sentence naming such a step is one about the process, as NEGOTIATION's elections are) */
const SETTLEMENT_STEP_RE = new RegExp(SETTLEMENT_STEP_DUE, 'i');

/** A truce or an agreement taking effect ("is to take effect", "will enter into force"). */
const TAKES_EFFECT_RE = /\b(?:take|takes)\s+effect|\b(?:enter|enters|come|comes)\s+into\s+force/i;

/** A council, commission, committee or forum named after two parties ("the NATO-Russia Council", "the EU-Serbia
 *  Stabilisation Council"). */
const BILATERAL_BODY = String.raw`\b[A-Z][\w\u00C0-\u024F]+[-–][A-Z][\w\u00C0-\u024F]+\s+(?:[A-Z][\w-]+\s+){0,2}(?:Council|Commission|Committee|Forum)\b`;
const BILATERAL_BODY_RE = new RegExp(BILATERAL_BODY);

/** "Rama and Kurz will meet in Vienna on 12 May": two people named with capitals who will meet (case-sensitive,
 *  as "prices and wages will meet" is no meeting of the talks). */
const NAMED_PAIR_MEETS_RE = /\b[A-Z][\w\u00C0-\u024F’'-]+\s+and\s+[A-Z][\w\u00C0-\u024F’'-]+\s+will\s+meet\b/;

/** "agreed on Monday to free all prisoners and to resume peace talks in June", "had agreed to meet in the joint
 *  monitoring committee in March": a step the parties agreed to take, the talks named after it or a time to come after the
 *  meeting (the bare "agreed to resume talks" is read by the first rule). */
const AGREED_STEP_RE = new RegExp(
  String.raw`\bagreed\s+(?:(?:late\s+|early\s+)?on\s+${WEEKDAY_NAME}\s+)?(?:to\s+[^.;"“”]{1,100}?\s+and\s+)?to\s+(?:resume|reconvene|hold|begin|start|open)\s+(?:(?:the|a|new|fresh|further|direct|formal|peace)\s+){0,3}(?:talks|negotiations|consultations|dialogue)\b|\bagreed\s+to\s+meet\b(?=[^.;]{0,60}?\b(?:(?:in|on|by|before)\s+(?:${MONTH}|${WEEKDAY_NAME}|\d|the\s+coming)|(?:next|later\s+this)\s+(?:week|month|year)))`,
  'i',
);

/** "chaired on Wednesday the first joint meeting of the Ceasefire Monitoring Committee", "hosted the inaugural
 *  session of the Joint Border Commission": the first meeting of a named body of the talks opened its work. */
const FIRST_MEETING_OF_BODY_RE = new RegExp(
  String.raw`\b(?:chaired|held|convened|hosted|opened)\s+(?:on\s+${WEEKDAY_NAME}\s+)?(?:the|its|their)\s+(?:first|inaugural|maiden|opening)\s+(?:(?:joint|formal|plenary)\s+)?(?:meeting|session)\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,5}(?:Committee|Commission|Council|Mechanism|Forum|Board|Panel)\b`,
);

/** "The meeting will be followed by a second session next week": the talks' next meeting is scheduled. */
const FOLLOWED_BY_SESSION_RE = /\b(?:will|is to|are to|would)\s+be\s+followed\s+by\s+(?:an?|the)\s+(?:second|third|new|further|next|another|fresh)\s+(?:[\w-]+\s+)?(?:round|session|meeting)\b/i;

/** "The Border Dialogue Forum will be launched online on 26 October and will meet in person in the capital on 9
 *  November": a named body's meeting told in a second verb coordinated with its first (the day after the cue is the meeting's). */
const BODY_AND_WILL_MEET_RE = /(?<=\b(?:Forum|Commission|Committee|Mechanism|Conference|Dialogue)\b[^.;]{1,100}?)\band\s+will\s+(?:then\s+|also\s+|next\s+)?(?:meet|convene|reconvene)\b/;

const RULES: Rule[] = [
  {
    state: 'scheduled',
    re: /\b(?:(?:working groups?|committees?)\s+(?:will|would|are to|is to)\s+be\s+(?:formed|set up|established|created)\s+to\s+negotiate|(?:working groups?|committees?)\b[^.;]{0,80}?\bwill\s+be\s+(?:formed|set up|established|created)\s+and\s+(?:will\s+)?meet\b|(?:committee|commission|mechanism|working group)\s+(?:is|are)\s+(?:scheduled|due|set|expected)\s+to\s+meet\b|(?:will|shall|are set to|is set to|are scheduled to|is scheduled to|are expected to|is expected to|are due to|is due to|(?:is|are)\s+(?:now|also|still|again)\s+(?:set|scheduled|expected|due)\s+to|plan to|plans to|(?<!\bhad\s)planned to|agreed to)\s+(?:\w+\s+)?(?:resume|begin|start|restart|relaunch|open|kick off|get under ?way|hold|take place|be held|convene|reconvene|continue|meet again|return\s+to\s+the\s+(?:negotiating\s+)?table)|(?:will|would)\s+[^.;"“]{0,80}?\band\s+(?:resume|reconvene)\b|(?:is|are)\s+(?:tentatively\s+)?planned\s+for|\bexpects?\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|dialogue|round|meeting|session)\s+to\s+(?:resume|begin|start|open|reconvene|take place)\b|(?:round|meeting|session|talks)\s+(?:is|are)\s+(?:expected|due|planned)\s+(?:in|for|on|by|before|next|later)\b|\bsaid\b[^.;"“]{0,60}?\bwould\s+(?:take place|be held|be convened|convene|reconvene)|(?:meeting|round|session|talks)\s+(?:is|are)\s+set\s+for|(?:ministers|leaders|envoys|negotiators|delegations|factions|chiefs)\b[^.;]{0,80}?\b(?:will|would|are to|are (?:due|set|scheduled|expected) to)\s+(?:meet|gather\s+again|reconvene)\b|\b\w+\s+and\s+\w+\s+(?:are|were)\s+(?:due|set|scheduled)\s+to\s+meet\b|agreed to\s+["“]?(?:a|another)\s+(?:new|further|fresh)\s+round|next round|(?:is|are|was|were) scheduled (?:for|to)(?!\s+(?:travel|visit|fly|arrive|go|brief|attend|speak|address|return|leave|depart|stop|tour|deliver|present)\b)|slated (?:for|to)|ahead of (?:the\s+)?(?:what would be\s+)?(?:the\s+)?(?:\w+\s+){0,2}round|upcoming (?:talks|round|negotiations|meeting)|would continue talks|will continue talks|(?:both sides|(?:the\s+)?(?:two|three|four)\s+(?:sides|parties|delegations|leaders|teams|DGMOs|commanders|army chiefs)|the parties|(?:the\s+)?(?:warring|rival|negotiating)\s+(?:parties|sides|factions)|the delegations|negotiators|(?:military )?commanders)(?: of (?:both|the two) sides)? (?:(?:are|were|will be|is) (?:scheduled|expected|due|set) to|will|would|are to) (?:meet|hold talks|sit down|reconvene|talk again|speak again|sit (?:together|face to face|in the same room)|return to (?:the\s+)?[A-Z][\w\u00C0-\u024F’'-]+(?:\s+[A-Z][\w\u00C0-\u024F’'-]+)?(?=\s+(?:on|in|next|later|after)\b)|agree\s+(?:on\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:plan|text|agreement|deal|roadmap|timetable)\s+(?:[^.;,]{0,40}?\s+)?by(?=\s))|(?:will|is expected to|are expected to|is due to|are due to) (?:travel|go|fly|return) to [^.;]{1,60}? for (?:the|a) (?:next|new|fresh|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) round|(?:is|are) scheduled to (?:meet|convene)|joint (?:commission|committee|working group)\b[^.;]{0,80}?\b(?:will|would|is to|is due to|is expected to)\s+(?:meet|convene|hold)|(?:commission|committee|working group|forum|mechanism)\s+(?:(?:of|on|for)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?(?:will|would|is to|is due to|is expected to)\s+(?:(?:next|again|also|first|then)\s+)?(?:meet|convene|hold)\b|(?:talks|negotiations?|dialogue|round|meeting|conference|consultations|discussions|summit|session|commission|committee|forum)(?:\s+|(?=,))(?:[\w-]+\s+){0,2}?(?:(?:between|with|on|including|to|in|for|of|under)\s+[^.;:,"“”]{1,80}?\s+|,[^.;:,"“”]{1,80},\s+)?(?:is|are) to (?:begin|start|resume|open|be held|take place|convene|reconvene|meet|hold\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:meeting|session)|be concluded|be completed|be finali[sz]ed)|\b(?:agreement|deal|accord|treaty)\s+(?:is|are)\s+to\s+be\s+(?:concluded|completed|finali[sz]ed|signed|reached)\b|(?:talks|negotiations|dialogue)\s+would\s+(?:resume|reconvene|restart)\s+["“]?(?:on|in|next|after|by|later)\b|\b(?:talks|negotiations|dialogue|round|meeting|session|summit|conference|consultations)\s+(?:(?:of|on|between|with)\s+(?:[\w\u00C0-\u024F’'-]+\s+){1,4}?)?to\s+be\s+(?:held|convened|resumed|reconvened)\b|\b(?:planned|expected|due|set|scheduled)\s+to\s+be\s+(?:resumed|reconvened|reopened)\b|\b(?:talks|negotiations|dialogue|round|meeting|session|conference|summit|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|new|\d+(?:st|nd|rd|th))\s+cycle)\b[^.;"“]{0,80}?\bwould\s+(?:be held|take place|open|begin|start|be convened|convene)\b|\b(?:will|would)\s+meet\b[^.;]{0,80}?\bto\s+(?:begin|start|open|resume|launch)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\b|\b(?:will|is to|are to|(?:is|are) (?:due|set|expected) to)\s+(?:co-)?(?:host|convene|chair)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|round|talks|conference|summit|session)\b|\b(?:undertake|undertakes|undertook|commit(?:s|ted)?(?:\s+themselves)?|pledged?)\s+to\s+(?:begin|start|open|launch|resume|hold)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|dialogue)\s+(?:by|no later than|within|before|on|in)\b|\binvited\s+(?:[\w’'-]+\s+){1,6}?(?:to\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+)?(?:to|for)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|summit|talks|round|conference|session)\b(?=[^.;]{0,40}?\b(?:on|in|next)\s+(?:\d|[A-Z][a-z]+day\b|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|week|month))|\b(?:is|are|(?:is|are)\s+(?:due|set|scheduled))\s+to\s+(?:(?:travel|go|fly|meet|return)\b[^.;]{1,60}?\s+to\s+)?(?:sign|ink)\s+(?:an?|the|their)\s+(?:[\w-]+\s+){0,4}?(?:agreement|deal|accord|treaty|declaration|memorandum|agenda|protocol)s?\b|\b(?:ceasefire|cease-fire|truce|agreements?|deal|accords?|treaty|declaration)\s+(?:(?:will|would|is to|are to|(?:is|are|was|were) due to|is expected to|is set to)\s+(?:(?:formally|officially|only|then)\s+)?(?:(?:enter|come)\s+into\s+force|be\s+(?:(?:formally|officially)\s+)?signed)|(?:is|are|was|were)\s+(?:due|set|scheduled)\s+to\s+take\s+effect|(?:is|are)\s+to\s+take\s+effect|(?:enters|comes)\s+into\s+force(?=\s+(?:on|at|from)\s)))\b/i,
    allowModal: true,
  },
  // "The NATO-Russia Council will meet in Brussels on Wednesday": a body named after two parties is their forum, and its
  // next meeting is scheduled (a body of one, "the Security Council will meet", is no negotiation)
  { state: 'scheduled', re: new RegExp(String.raw`${BILATERAL_BODY}\s+(?:will|would|is to|(?:is|was)\s+(?:due|set|scheduled|expected)\s+to)\s+(?:(?:next|again|also|first|then)\s+)?(?:meet|convene|hold)\b`), allowModal: true },
  { state: 'scheduled', re: NAMED_PAIR_MEETS_RE, allowModal: true },
  { state: 'scheduled', re: AGREED_STEP_RE, allowModal: true, dateAfterCue: true },
  { state: 'opened', re: FIRST_MEETING_OF_BODY_RE },
  { state: 'scheduled', re: FOLLOWED_BY_SESSION_RE, allowModal: true },
  { state: 'scheduled', re: BODY_AND_WILL_MEET_RE, allowModal: true },
  // "The second phase of the conference will move to Nairobi next month": talks moving to another city go on there later
  { state: 'scheduled', re: /\b(?:[Tt]alks|[Nn]egotiations|[Cc]onference|[Rr]ound|[Pp]hase|[Ss]ession|[Dd]ialogue|[Cc]onsultations)\b[^.;]{0,80}?\b(?:will|would|is to|are to|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to)\s+(?:then\s+|later\s+|next\s+)?(?:move|shift|relocate|transfer)\s+to\s+(?=[A-Z])/ },
  // "The third round of the talks, which Kenya hosts, opens in Nairobi on Monday": a present with a day to come is the
  // timetabled future (in a timeline, "12 May – Talks resume on 16 May", the historical present of a past day is not)
  { state: 'scheduled', re: new RegExp(String.raw`\b(?:talks|negotiations|dialogue|round|meeting|session|conference|summit|cycle|consultations)\b(?:,[^.;:"“”]{1,80},|(?:\s+(?!(?:will|would|was|were|had|did|to|could|should|may|might|must)\b)[\w\u00C0-\u024F’'-]+){0,8}?)\s+(?:opens|begins|starts|resumes|reconvenes|open|begin|start|resume|reconvene)\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w\u00C0-\u024F’'-]*(?:\s+[A-Z][\w\u00C0-\u024F’'-]*){0,2}\s+)?(?:on\s+)?(?:${WEEKDAY_NAME}|tomorrow|next\s+(?:week|month)|\d{1,2}\s+${MONTH}|${MONTH}\s+\d{1,2})\b`, 'i'), notInTimeline: true },
  // a schedule of elections, or of a step the settlement sets (NEGOTIATION lets such a sentence through as one about the
  // process)
  {
    state: 'scheduled',
    re: new RegExp(String.raw`\b(?:${ELECTIONS_DUE}|${SETTLEMENT_STEP_DUE})`, 'i'),
  },
  // "agreed ... on a humanitarian ceasefire in Nagorno-Karabakh from 12:00 on 10 October", "ordered a ceasefire ... from
  // 6pm on Friday": a truce agreed with the hour and day it starts is scheduled for that day ("It foresees a ceasefire
  // from midnight on February 15", the content of an agreement, is not)
  {
    state: 'scheduled',
    re: new RegExp(String.raw`\b(?:agreed|ordered|declared|announced|reached|brokered)\s+(?:[\w’'-]+\s+){0,6}?(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:ceasefire|cease-fire|truce|cessation of (?:all )?hostilities)\s+(?:(?:[\w’'-]+\s+){0,6}?(?:from|starting|beginning|effective)\s+(?:at\s+)?(?:midnight|noon|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\d{4})(?:\s+(?:hours|hrs|local time|GMT|UTC|\(\d{4} GMT\)))?\s+|(?:that|which)\s+(?:will|would|is to|was to)\s+(?:take effect|(?:enter|come) into force|begin|start)\s+)(?:on\s+)?(?:${WEEKDAY_NAME}|\d{1,2}\s+${MONTH}|${MONTH}\s+\d{1,2})\b`, 'i'),
    dateAtCueEnd: true,
  },
  { state: 'agreement_signed', re: /\b(?:joint\s+(?:statement|declaration|communiqu(?:e|(?=é)))|communiqu(?:e|(?=é))|declaration)\s+(?:(?:was|were|had\s+been)\s+)?(?:adopted|endorsed|approved)\s+(?:(?:on\s+\w+|yesterday|today)\s+)?(?:by|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:talks|negotiations|conference|summit|meeting|parties|sides|delegations|ministers|leaders)\b|\b(?:adopted|endorsed|approved)\s+(?:(?:late\s+|early\s+)?(?:on\s+\w+|yesterday|today|last\s+night)(?:\s+(?:morning|afternoon|evening|night))?\s+)?(?:an?|the)\s+["“]?(?:[\w-]+\s+){0,2}?(?:joint\s+(?:statement|declaration|communiqu(?:e|(?=é)))|communiqu(?:e|(?=é))|declaration|[Dd]ocument\s+of\s+[\w\s]{1,40}?(?:Accord|Agreement|Understanding))\b|\bagreed\s+(?:on\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:delimitation|demarcation)\s+of\b|\bagreed\s+on\s+the\s+(?:[\w-]+\s+){0,2}?sections?\s+of\s+(?:the\s+)?(?:state\s+)?border\b|\bagreed\s+(?:between\s+(?:them|themselves)\s+)?that\s+(?:both|the two|all)\s+(?:sides|parties)\s+(?:would|will|should|shall)\s+(?:stop|cease|halt|end)\s+(?:all\s+)?(?:firing|fighting|hostilities|military action|attacks)\b|\bagreed\s+(?:(?:late |early )?on\s+\w+\s+)?to\s+(?:stop|cease|halt|end)\s+(?:all\s+)?(?:(?!(?:after|before|because|until|unless|if|when|while|in|on|at|for|with|from|against)\b)[\w-]+,?\s+(?:and\s+)?){0,4}?(?:firing|fighting|hostilities|military action|attacks|operations|offensives?)\b|\bagreed\s+(?:(?:late |early )?on\s+\w+)?(?:,\s+[^,;"“”]{1,80},)?\s+to\s+(?:stop|cease|halt|end)\s+(?:targeting|attacking|striking|shelling|firing\s+(?:at|on))\s+(?:each\s+other|one\s+another)\b|\bagreed\s+(?:(?:late |early )?on\s+\w+\s+)?(?:in\s+[A-Z][\w’'-]+\s+)?to\s+(?:release|free|exchange|swap)\s+(?:[\w,-]+\s+){0,3}?(?:detainees|prisoners|captives|hostages)\b|\bagreed\s+(?:(?:on|late on|early on)\s+\w+\s+)?(?:an?|the)\s+(?:(?!(?:timetable|schedule|calendar|roadmap|plan|framework|path|basis|talks|negotiations)\s+(?:for|towards?|to)\b)[\w-]+\s+){0,4}?(?:ceasefire|truce|cease-fire)\b(?!\s+(?:proposal|plan|talks|negotiations)\b)|\bagreed\s+(?:on\s+\w+\s+)?(?:in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+)?to\s+(?:extend|renew|prolong)\s+(?:the|their|a|its)\s+(?:[\w-]+\s+){0,2}?(?:ceasefire|truce|deal|agreement|accord)\b|\bagree(?:d|ing)\s+(?:(?:(?:late|early)\s+)?on\s+\w+\s+|in\s+the\s+(?:night|early\s+hours|small\s+hours)\s+(?:to|of)\s+\w+\s+|overnight\s+)?(?:(?:in|during)\s+an?\s+(?:phone|telephone|video)\s+(?:call|conversation)\s+(?:on\s+\w+(?:\s+\d{1,2})?\s+)?)?(?:to|on|upon)\s+(?:an?|the)\s+(?:[\w"“”-]+\s+){0,4}?["“”]?(?:ceasefire|truce|deal|agreement|accord|arrangement|roadmap|road map|framework|joint (?:statement|declaration|communiqu(?:e|(?=é)))(?=\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+)?(?:that\s+(?:commits|sets|lays|backs|supports|endorses|outlines|provides)|backing|supporting|endorsing|setting|laying|outlining|committing|establishing|providing|(?:on|for)\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:transition|ceasefire|truce|roadmap|road map|peace|settlement|withdrawal|elections?|principles|framework)\b))|cessation of (?:all )?(?:hostilities|firing)|[\w-]+-point\s+consensus)\b|\b(?:sides|parties|delegations|members|negotiators)\s+agreed\s+to\s+(?:set up|establish|create|form)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:group|mechanism|committee|commission)\b|\b(?:produced|yielded|secured|achieved|brokered)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:ceasefire|truce|deal|agreement|accord)\b|\b(?:extended|renewed|prolonged)\s+(?:the|their|a|its)\s+(?:[\w-]+\s+){0,2}?(?:ceasefire|truce)\b|\b(?:ceasefire|truce)\s+(?:was|has been|had been|were)\s+(?:extended|renewed|prolonged)\b|\b(?:(?:ended|concluded|closed|wrapped up)\s+with|resulted\s+in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord)\b|(?<!\b(?:since|until|before)\s+(?:the\s+)?)\b(?:signed|signing|inked|initial(?:l)?ed|sealed|clinched|struck|reached|concluded)\s+(?:with\s+(?:[\w.'’-]+\s+){1,5}?)?(?:(?:(?:on|in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+\(\d{1,2}\))?(?:,\s+[A-Z][\w'’-]*(?=,))?|(?:on|in|at)\s+the\s+[A-Z][\w\u00C0-\u024F'’-]*(?:\s+[\w\u00C0-\u024F'’-]+){0,3}?|yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?=[,\s])(?!\s+(?:and|or|by|with)\b),?\s+){0,3}(?:a|an|the)?\s*["“]?(?:[\w-]+\s+){0,4}?(?:agreement|deal|accord|truce|ceasefire|peace pact|[\w-]+-point\s+consensus|declaration|treaty|covenant|memorandum|protocol|joint (?:statement|communiqu[eé])|(?:statement|declaration) of (?:[\w-]+\s+){0,2}principles|(?:two|three|four|separate|twin|parallel)\s+documents|(?:package|set|series)\s+of\s+(?:[\w-]+\s+)?documents)s?(?![\w\u00C0-\u024F])|\b(?:ceasefire|truce|deal|agreement|accord)\s+(?:was|were|had been|has been)\s+(?:agreed|reached|struck|sealed)\b|\b(?:ceasefire|truce|deal|agreement|accord|treaty|protocol|plan of action)(?:\s+\([A-Z][A-Z0-9+]{1,8}\))?\s+(?:reached|struck|sealed|clinched|concluded)\s+(?:(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+)?(?:on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|[A-Z][a-z]+day\b)|yesterday\b|today\b|last night\b)|\b(?:plan|framework|parameters|roadmap|road map|terms|principles)\s+(?:(?:for|on|of)\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?)?(?:was|were|had been|has been)\s+(?:(?:formally|finally)\s+)?(?:agreed|reached|struck|sealed)\s+(?:in|at|on|late|early|yesterday|today|last)\b|\btext\s+(?:(?:had|has|was|were)\s+)?(?:already\s+)?(?:been\s+)?initial(?:l)?ed\b|\b(?:agreement|accord|deal|ceasefire|cease-fire|truce)\s+(?:that|which)\s+(?:(?!(?:could|might|may|would|will|should|must|can|hope|hoped|want|wanted|failed|refused)\b)[\w.'’-]+\s+){1,6}?(?:had\s+)?(?:agreed|signed|reached|struck|sealed|initial(?:l)?ed)\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w\u00C0-\u024F’'-]*(?:\s+[A-Z][\w\u00C0-\u024F’'-]*)?\s+)?on\s+(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|\b(?:agreement|accord|deal|treaty|declaration|ceasefire|cease-fire|truce|protocol)s?\b(?:\s+[^,.;"“”]{1,100}?)?,\s+which\s+(?:[\w.'’-]+\s+){1,6}?(?:had\s+)?(?:signed|initial(?:l)?ed|brokered|sealed|concluded)\b(?!\s+(?:to|that)\b)|\b(?:agreement|deal|accord|declaration|treaty|covenant|protocol|memorandum)s?["”]?\s+(?:(?!(?:could|might|may|would|will|should|must|can|cannot|to\s+be|yet\s+to|expected\s+to|due\s+to|set\s+to|ready\s+to|about\s+to)\s)[\w-]+,?\s+){0,10}?(?:(?:resulting|emerging|stemming|born|negotiated|brokered|mediated|reached|drafted|sponsored|backed)\s[^,;"“”]{1,60},\s+)?(?:was\s+|were\s+|been\s+)?(?:signed|initiall?ed)\b|\b(?:agreement|deal|accord|declaration|treaty|truce|ceasefire|pact|protocol|memorandum)s?["”]?\s+(?:[\w-]+\s+){0,6}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:formally|finally|officially|quietly)\s+)?inked\b|(?<!\b(?:since|until|before)\s+(?:the\s+)?)\bsigning (?:ceremony )?(?:(?:last\s+night|yesterday|today|(?:on|late on|early on)\s+[A-Z]\w+|(?:in|at)\s+(?:the\s+)?[A-Z][\w\u00C0-\u024F'’-]*(?:\s+[A-Z][\w\u00C0-\u024F'’-]*){0,2})\s+){0,3}of (?:the|a)\s+(?:[\w-]+\s+){0,4}?(?:agreement|deal|accord|declaration|treaty|memorandum|[A-Z][\w-]+ Document)\b|(?<!\b(?:to|will|would|shall|should|could|may|might|must|can|cannot|not|and|or|a|the|another|no|any|clear|first|positive|good|encouraging|hopeful|welcome)\s)(?<!\b(?:until|unless|if|before|when|once|whether|after)\s+(?:[\w.'’-]+\s+){1,3})\bsigns?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:agreement|deal|accord|declaration|treaty|memorandum)\b(?=\s+(?:in|at|with|on)\s)|\bimplement(?:ing|ation of)\s+the\s+(?:[\w-]+\s+){0,4}?(?:agreement|deal|accord)\b|(?<!\b(?:to|will|would|shall|should|could|may|might|must|can|cannot|not|and|or)\s)\b(?:signs?|signed)\s+the\s+minutes\s+of\s+(?:the\s+)?(?:[\w()-]+\s+){0,8}?(?:meeting|session|talks|round)\b|\b(?:put|affixed)\s+(?:their|his|her|its)\s+(?:names|signatures?)\s+to\s+(?:an?|the|this|that)\b/i },
  { state: 'opened', re: /\b(?:They|It)\s+(?:(?:officially|formally|first)\s+)?(?:opened|began|started|got under ?way|kicked off|commenced)\b|\bagreed\s+to\s+enter\s+(?:into\s+)?(?:a\s+|the\s+)?(?:formal\s+|direct\s+|structured\s+)?(?:peace\s+process|talks|negotiations|dialogue)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?(?:meeting|round|session|conference)\s+(?:of\s+(?:[\w-]+\s+){1,5}?)?(?:(?:had|has)\s+)?(?:opened|began|got under ?way|kicked off)\b|\bopening (?:ceremony|session|round)\b|\b(?:conference|summit|meeting|talks|negotiations|forum|session)\s+(?:(?:ever\s+)?since|from the day)\s+(?:it|they)\s+(?:first\s+)?(?:opened|began|started)(?=\s+(?:on|in)\b)|\b(?:meeting|session|cycle|summit|conference|forum|plenary|round[ -]table)\b(?:,[^.;:,"“”]{1,80},|\s+(?!(?:after|before|since|when|while|until|and(?!\s+[A-Z])|but|that|which|who|was|were|is|are|has|have|will|would)\b)[\w\u00C0-\u024F’'+-]+){0,10}?(?:,\s+which)?\s+(?:had\s+)?(?:(?:formally|officially|finally)\s+)?opened(?=\s+(?:on|at|in|yesterday|today|this|last|shortly|with)\b)|\b(?:met|gathered|convened)\b[^.;]{0,140}?\bfor (?:the|their) (?:very )?first (?:[\w-]+ )?(?:meeting|session|round)\b(?!\s+(?:in|since)\b)|\bmark(?:s|ed|ing)? the (?:start|beginning|launch|opening) of (?:the |a )?(?:[\w-]+\s+){0,3}?(?:talks|negotiations|dialogue|peace process)\b|\bmet for the first time\b(?!\s+(?:in|since))|\b(?:talks|negotiations|dialogue|conference|summit)(?:\s+(?:on|in|between)\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)?\s+(?:opens?|begins?|starts?)(?=\s+(?:in|at|on|with)\b)|\b(?:talks|negotiations|dialogue)(?:\s+(?:between|with|on|over|about)\s+[^,;.:"“”]{1,80}?)?,?\s+which\s+(?:had\s+)?(?:officially\s+)?(?:opened|began|started|kicked off)\b|\b(?:truce|ceasefire|cease-fire)\s+(?:[\w’'-]+\s+){0,2}?began\b(?!\s+to\b)|\b(?:peace|disarmament|normali[sz]ation|reconciliation|negotiation|negotiating|political|dialogue|integration|demobili[sz]ation)\s+process\s+(?:(?:officially|formally)\s+)?(?:began|opened|started|got under ?way|kicked off|was launched)\b(?!\s+to\b)|\b(?:talks|negotiations|dialogue|discussions|mediation)(?:\s+(?:between|with|on|over|about)\s+[^,;.:"“”]{1,80}?)?,\s+[^,;.:"“”]{1,80},\s+(?:opened|began|started|kicked off|got under ?way|commenced|were launched|was launched)\b(?!\s+fire\b)|\b(?:talks|negotiations|dialogue|discussions|mediation|consultations)\s+(?:(?!(?:since|after|before|when|while|until|because|although|(?<!known\s)as|once)\b)[\w\u00C0-\u024F’'-]+,?\s+){0,8}?(?:opened|began|begun|started|kicked off|got under ?way|got going|got off the ground|commenced|were launched|was launched)\b|\b(?:opened|inaugurated)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:summit|conference)\b|\b(?:conference|summit|forum)\s+(?:(?:first|formally|officially|finally)\s+)?(?:opened|began|got under ?way|kicked off)\b(?!\s+(?:the|a|an|to|up|its|their|his|her|fire)\b)|\b(?:talks|negotiations|dialogue|conference|summit|meeting|consultations|committee|forum)\b(?:\s+(?!(?:after|before|since|when|while|until)\b)[\w\u00C0-\u024F’'-]+){0,6}?(?:,\s+which)?\s+(?:was|were|has been|had been)\s+(?:formally\s+|officially\s+)?opened\b(?!\s+(?:to|up|for)\b)|\b(?:opened|launched|inaugurated)\s+an?\s+(?:(?:new|fresh|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+)?round\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations|consultations|dialogue|discussions)\b|\b(?:opened|launched|inaugurated)\s+the\s+(?:(?:first|second|third|fourth|fifth|new|\d+(?:st|nd|rd|th))\s+)?round\b(?!\s+of\s+(?:voting|elections?))|(?<!-)\b(?:launched|opened|began|started|kicked off|inaugurated|arranged|facilitated)\s+(?:the\s+)?(?:landmark\s+|rare\s+|historic\s+)?(?:first round of\s+)?(?:\w+\s+){0,3}?(?:talks|negotiations|dialogue|consultations)\b|\bfirst (?:round|session) of (?:\w+\s+){0,3}(?:talks|negotiations)\b(?!\s+in (?:more than |over |nearly |almost |about )?(?:\w+ )?(?:years|months|decades))(?![^.;]{0,100}?\b(?:(?:is|are)\s+(?:expected|scheduled|due|set|planned)\s+to|will|would|is to|are to)\s+(?:\w+\s+)?(?:open|begin|start|be held|take place|convene)\b)/i },
  { state: 'ongoing', re: /\b(?:round|session)\s+(?:closed|ended|concluded|wrapped up)\s+on\b|\b(?:meeting|round of talks)\s+between\s+[^.;,]{3,120}?\s+(?:was|were)\s+held\s+(?:today|yesterday|on\s|in\s)|\b(?:ceasefire|cease-fire|truce)(?:\s+(?:agreement|accord|deal))?\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:remains|remained|is\s+still|was\s+still)\s+in\s+(?:force|effect|place)\b|\b(?:ongoing|continuing|under ?way|in progress)\s+(?:\w+\s+){0,3}?(?:talks|negotiations|process|dialogue)\b|\b(?:talks|negotiations|dialogue|process)\s+(?:that\s+)?(?:are|were|is|was|has been|have been)\s+(?:still\s+)?["“]?(?:under ?way|ongoing|continuing|progressing|in progress)\b|\b(?:talks|negotiations|dialogue|contacts)\s+between\s+[^.;,]{3,80}?\s+(?:are|is|has been|have been)\s+(?:still\s+)?(?:under ?way|ongoing|in progress)\b|\b(?:talks|negotiations)\s+(?:so far\s+)?(?:have|has)\s+focused\b|\b(?:talks|negotiations|dialogue)\s+(?:(?:now|still|also)\s+)?continue[sd]?\b|\b(?:talks|negotiations|dialogue|contacts|consultations)\b(?:\s+(?:with|between|on|in)\s+[^;:"“”]{1,60}?)?\s+would\s+(?:(?:now|also|still)\s+)?continue\b(?=\s*(?:[.;,]|$))|\b(?:talks|negotiations|dialogue|process)\b[^.;]{0,80}?\b(?:(?:are|is|were|was)\s+(?:now\s+|still\s+)?in\s+(?:their|its|the)\s+["“]?(?:final|last|closing|decisive|advanced)\s+(?:stages?|phases?)|(?:have|has|had)\s+(?:now\s+)?entered\s+(?:a|an|the|their|its)\s+["“]?(?:final|last|closing|decisive|advanced|new)\s+(?:stage|phase))\b|\b(?:talks|negotiations|consultations)\s+(?:on|about|over)\s+[^.;,]{3,80}?\s+continued\s+(?:in|on|at)\s|\b(?:talks|negotiations|dialogue|consultations|(?<!\b(?:electoral|legal|legislative|judicial|budget|voting|registration)\s)process)\b[^.;]{0,80}?\b(?:are|is|has been|have been)\s+(?:still\s+)?(?:continuing|going on|progressing|advancing|moving forward)\b|\b(?:talks|negotiations|dialogue|consultations)\b[^.;]{0,120}?\b(?:began|opened|started|resumed)\b[^.;]{0,60}?\band\s+(?:are|is)\s+(?:still\s+)?(?:continuing|going on|under ?way)\b|\b(?:latest|new|fresh|another|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|two-day|three-day)\s+(?:round|meeting|session)\b[^.;]{0,160}?\b(?:(?:was|were)\s+held|(?<!\bbe\s)held\s+(?:on|in|at)|ended|concluded|wrapped up)\b|\bfirst\s+(?:round|meeting|session)\b[^.;]{0,160}?\b(?:(?:was|were)\s+held|(?<!\bbe\s)held\s+(?:on|in|at))\b|\b(?:took part in|attended|participated in)\s+(?:the|a)\s+(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|latest|new)\s+(?:[\w-]+\s+){0,2}?(?:round|meeting|session|conference)\b|\bheld\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}round\s+of\b|\bheld\s+(?:their|its|the|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest)\s+(?:[\w-]+\s+)?(?:meeting|round|session)\b|\b(?:met|gathered|convened|sat down|arrived)\b[^.;]{0,140}?\bfor (?:a|the|their) (?:new|fresh|latest|next|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:[\w-]+ )?(?:round|meeting|session)\b|(?<!\blook(?:s|ed|ing)?\s)\bat (?:the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations) in (?=[A-Z])|\b(?:held|holding)\s+(?:(?:indirect|direct|fresh|new|further|closed-door|face-to-face|proximity|peace|security)\s+){1,2}(?:talks|negotiations)\b|\b(?:wrapped up|concluded|completed)\s+(?:(?:a|an|the|their|its|two|three|four|five|six|seven|several)\s+)?(?:[\w-]+\s+){0,2}?(?:days?\s+of\s+|(?:round|session)s?\s+of\s+(?:[\w-]+\s+)?)?(?:talks|negotiations|consultations)\b/i },
  { state: 'paused', re: /\b(?:pause[sd]?|pausing|suspend(?:ed|s|ing)?|suspension|halt(?:ed|s)?|(?:was|were|been)\s+broken\s+off|put on hold|on hold|(?<=\b(?:was|were|been)\s+)pushed\s+back|(?:put|been) on ice|put off|adjourned|froze|frozen|freezing|postponed|postpone|delayed)\b/i },
  { state: 'stalled', re: /\b(?:stalled|stalling|deadlock(?:ed)?|impasse|(?:hit|hits|reached|reach|at) (?:a )?dead[ -]end|stalemate|stuck|no breakthrough|no progress|little progress|(?:little|no) headway|ended inconclusively|logjam|bogged down|standstill|(?:ground|grinds|grinding)\s+to\s+a\s+halt|(?<=\b(?:talks|negotiations|dialogue|process)\b[^.;]{0,80}?)dragged\s+on\b(?=[^.;]{0,60}?\bwithout\s+(?:an?\s+|any\s+)?(?:deal|agreement|breakthrough|result|progress)\b)|struggled (?:for [\w\s]+ )?to agree|failed to agree|at (?:apparent |an )?loggerheads|back into talks|have not yet started|has not yet started|(?:have|has|had) not met since|(?:have|has|had) not (?:held|resumed) (?:direct )?talks since|no (?:direct )?talks since|no\s+(?:[\w-]+\s+){0,2}(?:talks|negotiations|meetings?|rounds?)\s+(?:have|has|had)\s+(?:been\s+)?(?:held|taken place)\s+since|without ["“]?(?:a |any )?(?:major |significant |real )?breakthrough|without (?:any |much |real )?progress\b|(?:have|has|had) not (?:been )?held\s+(?:\w+\s+){0,2}since|(?:talks|negotiations|dialogue|process|they)\s+stalls?)\b/i, selfNegated: true },
  { state: 'resumed', re: /\b(?:(?<=\b(?:talks|negotiations|process|dialogue)\s+)(?:(?:had|has|have)\s+been|were|was)\s+(?:rescued|salvaged)|resum(?:ed|es|ing|ption)|reopen(?:ed|s)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|dialogue)\b|reconven(?:ed|es)|(?:talks|negotiations|they)\s+resume|restarted|revived|relaunch(?:ed|es)?|back to the (?:negotiating )?table|returned to (?:the )?(?:talks|negotiating table)|met for the first time in|first (?:direct |face-to-face |formal )?(?:peace )?(?:talks|negotiations|meeting|round) (?:(?!of its kind\b)[\w"“”+-]+ ){0,5}?since|(?:talks|negotiations|meeting|round)\s+(?:was|were)\s+the\s+first\s+(?:\w+\s+){0,2}?since|(?<=\b(?:talks|negotiations|meeting|round|summit|session)\b[^.;,"“”]{0,60}),\s+(?:the|their)\s+first\s+(?:[\w-]+\s+){0,2}?since|for the first time since|first (?:direct |face-to-face |formal )?(?:peace )?(?:talks|negotiations|meeting|round)(?: of (?:[\w-]+ ){0,2}(?:talks|negotiations))? in (?:more than |over |nearly |almost |about )?(?:\w+ )?(?:years|months|decades)|for the first time in (?:more than |over |nearly |almost |about )?(?:\w+ )?(?:years|months|decades))\b/i },
  { state: 'cancelled', re: /\b(?:(?<=\b(?:talks|negotiations|round|meeting|session|summit|conference)\b[^.;]{0,80})(?:is|are|was|were)\s+(?:now\s+|definitely\s+|officially\s+)?off(?!\s+(?:the|to|limits|for|until)\b)(?=\s*[.;,]|\s*$)|cancel(?:l?ed|s)|called off|pulled out of|scrapped|(?<=\b(?:talks|negotiations|round|meeting|session|summit|conference|visit)\b[^.;]{0,80}\b(?:was|were|has been|have been|had been)\s+(?:(?:quietly|indefinitely|effectively|now)\s+)?)shelved|walked out of|walked away from (?:the )?(?:negotiating table|talks|negotiations)|withdrew from (?:the )?(?:talks|negotiations)|was supposed to take place|were supposed to take place)\b/i },
  { state: 'collapsed', re: /\b(?:(?:peace|negotiation|negotiating|dialogue)\s+process\s+(?:(?:had|has)\s+)?(?:(?:now|effectively|formally|officially)\s+)?(?:ended|come\s+to\s+an\s+end|(?:is|was)\s+over)|collapsed|collapses|collapse of|broke down|broken down(?!\s+(?:the|a|an|its|their|his|her|barriers|walls)\b)|broke off|break(?:s)? down|breakdown of|fell apart|fell through|fizzled out|(?<!\bsince\b[^.;]{0,80})ended (?:(?:(?:late |early )?on \w+|in (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) ){0,2}without (?:an? |any )?(?:agreement|deal)|unravell?ed|derailed)\b/i },
];

/** What follows a day that names a text: "the March 10 agreement", "the 5 May peace accord". */
const DAY_NAMED_TEXT_RE = /^\s+(?:(?:peace|ceasefire|cease-fire|framework|normali[sz]ation)\s+)?(?:agreement|accord|deal|declaration|memorandum|protocol|pact|roadmap)\b/i;

/** Each rule's cue, found anywhere in a sentence (after a cue of talks going on, a schedule may follow). */
const RULE_GLOBAL = RULES.map((r) => new RegExp(r.re.source, `${r.re.flags}g`));

/** A scheduled cue that tells talks going on: "agreed to continue", "will continue". */
const CONTINUE_CUE_RE = /^(?:agreed to|will|would|shall)\s+(?:\w+\s+)?continue$/i;

/** Literal keys of each rule: a sentence without one of them cannot match the rule. */
const RULE_KEYS = RULES.map((r) => literalKeys([r.re.source], true));
const RULE_INDEX = new KeyIndex(RULE_KEYS);

/** A sentence whose subject is a meeting or talks ("The tripartite summit between A, B and C, the mediator, ..."). */
const SUBJECT_HEAD_RE = /^\W*(?:[\w’'-]+\W+){0,6}?(?:talks|negotiations|summit|meeting|round|conference|dialogue)\b/i;

/** A sentence led by "They" or "It" (after a timeline's "February – "): its subject is the one of the sentence before. */
const PRONOUN_SUBJECT_RE = /^\W*(?:[\w.,]+(?:\s[\w.,]+){0,3}\s+[–—-]\s+)?(?:They|It)\s/;

/** A sentence without a broadcast transcript's speaker label ("WALLACE: They resumed in May."): the subject follows it. */
function unlabelled(text: string): string {
  const label = TRANSCRIPT_LABEL.exec(text);
  return label ? text.slice(label[0].length) : text;
}

/** Per sentence, whether its subject is talks: headed by them, or a pronoun continuing a sentence headed by them
 *  ("The talks between Washington and the Taliban began in 2018. They collapsed in September, ... and resumed in December."). */
/** "The previous one", "The last one": a subject standing for a noun of the sentence before. */
const ONE_SUBJECT_RE = /^\W*The\s+(?:previous|last|earlier|first|second|third|latest)\s+one\b/i;

function talksAsSubject(doc: Doc): boolean[] {
  const out: boolean[] = [];
  let previous = false;
  let lastBody = '';
  for (const s of doc.sentences) {
    if (s.kind !== 'body') {
      out.push(false);
      continue;
    }
    const own = SUBJECT_HEAD_RE.test(unlabelled(s.text));
    const continued: boolean = !own && previous && PRONOUN_SUBJECT_RE.test(unlabelled(s.text));
    // "The process is the third attempt at talks. The previous one, hosted by X, collapsed in 2018": "one" stands for the
    // talks of the sentence before
    const oneForTalks = !own && ONE_SUBJECT_RE.test(unlabelled(s.text)) && NEGOTIATION.test(lastBody);
    out.push(own || continued || oneForTalks);
    previous = own || continued || oneForTalks;
    lastBody = s.text;
  }
  return out;
}

const NEG_BEFORE = /\b(?:not|n[’']t|no|never|yet to|failed to|without|neither|nor|refused to|refuses to|declined to)\s+(?:\w+\s+){0,2}$/i;
/** (the month "May" is no modal: "The Lakeside Accord of May 2009 collapsed", "talks in May stalled") */
const MODAL_BEFORE = /\b(?:could|might|(?<!\b(?:in|of|on|since|until|from|by|late|early|mid-?|last|next|this)\s)may(?!\s+\d)|would|hope[sd]?|hoping|hopes? for|seek(?:s|ing)? to|aim(?:s|ing)? to|efforts? to|push(?:ing)? for|call(?:ed|s)? for|urge[sd]? .{0,30}to|want(?:s|ed)? to|if|unless|whether)\s+(?:\w+\s+){0,3}$/i;

const CONTEXT_RES = TRACKS.map((t) => ({
  track: t.track,
  re: t.context.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?<!(?:South|North|East|West|Western|Eastern|Northern|Southern|New) )(?:${t.context.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null,
}));

/** One alternation per track (patterns are tried left to right at each position). */
const TRACK_RES = TRACKS.map((t) => ({ track: t.track, keys: literalKeys(t.patterns, true), res: [new RegExp(t.patterns.map((p) => `(?:${p})`).join('|'), 'gi')] }));

const TRACK_KEYS = new KeyIndex(TRACK_RES.map((t) => t.keys));

function trackMatches(text: string): Array<{ track: string; at: number }> {
  const out: Array<{ track: string; at: number }> = [];
  const may = TRACK_KEYS.candidates(text.toLowerCase());
  for (let ti = 0; ti < TRACK_RES.length; ti++) {
    const t = TRACK_RES[ti];
    if (!may[ti]) continue; // no literal the track's patterns need: skip the scan
    for (const re of t.res) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        out.push({ track: t.track, at: m.index });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
  }
  return out;
}

/** Short party names for states in derived track names (as in the taxonomy: us_russia, not united_states_russia). */
const SHORT_PARTY: Record<string, string> = { US: 'us', GB: 'uk', AE: 'uae', CD: 'drc', CF: 'car', KR: 'south_korea', KP: 'north_korea', PS: 'palestine', SY: 'syria', RU: 'russia', IR: 'iran' };

/** "Pakistan and Afghanistan agreed to ...": two states (or known movements) as the subject of the claim. */
function partiesAsSubject(text: string): RegExpExecArray | null {
  const m = SUBJECT_PAIR_RE.exec(text);
  if (!m) return null;
  const party = (x: string) => !!stateLeadingWords(x.split(' ')) || /^(?:Hamas|Hezbollah|Houthis|Taliban|M23|RSF|TPLF)$/.test(x) || /\([A-Z][A-Za-z0-9-]{1,8}\)\s*$/.test(x);
  return party(m[1]) && party(m[2]) ? m : null;
}

/** A party of "talks between A and B": a name (with its acronym), or a state's government, junta or military. */
const PARTY = String.raw`((?:[A-Z][\w’'-]*(?:\s[A-Z][\w-]+){0,3}\s+)?(?:government|junta|military|regime|army|authorities)\b|[A-Z][\w-]+(?:\s(?:of\s(?:the\s)?)?[A-Z][\w-]+){0,5}(?:\s*\([A-Z][A-Za-z0-9-]{1,8}\))?)`;
const BETWEEN_RE = new RegExp(String.raw`\b(?:[Tt]alks|[Nn]egotiations|[Dd]ialogue|[Aa]greement|[Dd]eal|[Tt]ruce|[Cc]easefire|[Cc]onsultations|[Cc]ontacts)\s+between\s+(?:the\s+)?${PARTY}\s+and\s+(?:the\s+)?${PARTY}`);

/** "The Myanmar Army and the Myanmar National Democratic Alliance Army (MNDAA) agreed ...": the parties as the subject. */
const SUBJECT_PAIR_RE = new RegExp(String.raw`^(?:[^,]{0,40},\s*)?(?:The\s+)?${PARTY}\s+and\s+(?:the\s+)?${PARTY}\s+(?:have\s+|had\s+|on \w+\s+)?(?:agreed|signed|reached|resumed|held|opened|began|launched)\b`);

/** Rule for tracks the taxonomy does not know: the two parties, snake_case, alphabetical. */
function derivedTrack(text: string, homeCc: () => string | null): string | null {
  const m =
    BETWEEN_RE.exec(text) ??
    /\b([A-Z][a-z]+)[-–]([A-Z][a-z]+)\s+(?:peace\s+)?(?:talks|negotiations|dialogue|agreement|deal|truce)\b/.exec(text) ??
    partiesAsSubject(text);
  if (!m) return null;
  const norm = (raw: string) => {
    let s = raw;
    const acr = /\(([A-Z][A-Za-z0-9-]{1,8})\)\s*$/.exec(s);
    if (acr) s = acr[1]; // "the National Liberation Army (ELN)" -> eln
    const gov = /^(?:(.+?)\s+)?(?:government|junta|military|regime|army|authorities)$/.exec(s);
    if (gov) {
      // "the government", "Colombia's government", "the junta": the state they govern
      const cc = gov[1] ? countryOf(gov[1].replace(/['’]s$/, '')) : homeCc();
      if (!cc) return '';
      s = COUNTRY_NAME.get(cc) ?? cc;
      if (SHORT_PARTY[cc]) return SHORT_PARTY[cc];
    }
    // ("Contacts between Minsk and Washington": a capital standing for its government is that state; "Washington" is
    // the gazetteer's short name of "Washington, D.C.")
    const cap = CITY_BY_SURFACE.get(s);
    const cc = stateLeadingWords(s.split(' '))?.cc ?? (cap && (cap.capital || CAPITAL_BY_CC.get(cap.cc)?.name.startsWith(`${cap.name},`)) ? cap.cc : null);
    const base = cc ? (SHORT_PARTY[cc] ?? COUNTRY_NAME.get(cc) ?? cc) : s;
    return base
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '');
  };
  const parts = [norm(m[1]), norm(m[2])].sort();
  if (!parts[0] || !parts[1] || parts[0] === parts[1]) return null;
  return `${parts[0]}_${parts[1]}`;
}

/** Up to 90 characters before `at`, from the last subordinator on ("since planned elections collapsed": "planned elections"). */
function ownClauseBefore(text: string, at: number): string {
  const w = text.slice(Math.max(0, at - 140), at);
  const m = /.*\b(?:since|after|when|because|while|until|before|as)\b/is.exec(w);
  if (!m) return w;
  const rest = w.slice(m[0].length);
  // "talks had been suspended after the clashes and resumed": the coordinated verb has the main clause's subject;
  // "The round, the first since X took office, resumed": the subordinate clause is an aside
  // "had been suspended for several weeks in June before resuming in early July": a participle right after the
  // subordinator has no subject of its own either
  if (/\band\s+$/.test(rest) || /^[^,;]*,\s*$/.test(rest) || (/^\s*$/.test(rest) && /^\w+ing\b/.test(text.slice(at)))) return w.slice(0, m.index + m[0].length - /\w+$/.exec(m[0])![0].length);
  return rest;
}

/** The country the article's body names most (places and capitals), for "the government", "the junta". */
function mainCountry(doc: Doc): string | null {
  const n = new Map<string, number>();
  for (const s of doc.sentences) if (s.kind === 'body') for (const p of placesOf(doc, s.index)) if (!p.inTitle) n.set(p.cc, (n.get(p.cc) ?? 0) + 1);
  let best: string | null = null;
  for (const [cc, k] of n) if (!best || k > (n.get(best) ?? 0)) best = cc;
  return best;
}

/** A timeline entry: a heading date ("January 12", "Sept. 12, 2020", "Jan. 2021", "February") and a dash. */
const TIMELINE_ENTRY_RE = new RegExp(String.raw`^\W*(?:${MONTH}(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?|\d{4})\s*[–—-]\s+`);

/** A cue in the present tense ("The talks stall", "The conference collapses", "they resume in April"): a timeline's
 *  historical present, which elsewhere ("Talks open in Geneva on Monday") may announce what is still to come. */
const PRESENT_CUE_RE = /\b(?:resume|reconvenes|collapses|stalls?|opens?|begins?|starts?)$/i;

/** After a scheduled cue's transitive verb, an object with a determiner ("agreed to open the border crossing", "will open
 *  a new period of stability"): up to its first preposition or punctuation. */
const VERB_OBJECT_RE = /^\s+((?:the|a|an|its|their|his|her|this|that|new|fresh)\s+[^.,;:!?()"“”]*?)(?=\s+(?:of|on|for|in|at|with|to|from|by|between|and|or|under|after|before|within|next|later)\b|[.,;:!?()"“”]|$)/i;

/** Heads of an object that makes "open", "hold", "begin" ... a step of the talks. */
const TALKS_OBJECT_RE = /\b(?:talks|negotiations?|dialogue|rounds?|sessions?|meetings?|consultations|discussions|process|work|conference|summit|contacts|track|format|channel|forum|commission|committee|mechanism)\b/i;

/** After "resumption", its "of" phrase up to the next preposition or punctuation ("of oil exports", "of the talks"). */
const RESUMPTION_OBJECT_RE = /^\s+of\s+([^.,;:!?()"“”]*?)(?=\s+(?:of|on|for|in|at|with|to|from|by|between|and|or|under|after|before|within|next|later)\b|[.,;:!?()"“”]|$)/i;

/** Whether a scheduled cue ending in a transitive verb has an object other than talks ("agreed to open the Adre
 *  crossing", "will hold a press conference", "will begin a new era"). */
function otherObject(cue: string, after: string): boolean {
  if (!/\b(?:open|begin|start|restart|relaunch|resume|hold|continue)$/i.test(cue)) return false;
  const obj = VERB_OBJECT_RE.exec(after);
  if (!obj) return false;
  return !TALKS_OBJECT_RE.test(obj[1]) || /\b(?:press|news)\s+conference\b/i.test(obj[1]);
}

/** Right before a cue: what makes it a near miss ("nearly collapsed", "on the brink of collapse"). */
const FUTURE_PASSIVE_OPENING_RE = /\b(?:will|shall|would|is to|are to|(?:is|are) (?:due|set|expected|scheduled) to)\s+(?:(?:soon|then|now|only|formally)\s+)?be\s+(?:opened|begun|started|launched|commenced)$/i;

const NEAR_MISS_BEFORE = /\b(?:nearly|almost|narrowly|close to|on the (?:verge|brink) of|threaten(?:ed|s|ing)? to|about to|poised to)\s+$/i;


const CLAUSE_BREAK = /;|,\s*(?:but|while|whereas|although|though|yet)\b|\s(?:but|whereas)\s/gi;

/** [start, end) of the clause around offset `at`: a date in another clause is not this claim's date. */
function clauseAround(text: string, at: number): [number, number] {
  let a = 0;
  let b = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(text))) {
    if (m.index + m[0].length <= at) a = m.index + m[0].length;
    else if (m.index >= at) {
      b = m.index;
      break;
    }
  }
  return [a, b];
}

/** A time clause that tells an earlier event ("after two days of talks", "following a meeting"). */
const BACKGROUND_AFTER_RE = /\s(?:after|following)\s/i;

/** "Reports that the delegations would meet next week are untrue": a report, then the verdict that dismisses it. */
const DISMISSED_REPORT_RE = new RegExp(String.raw`\b${REPORTS_THAT}[^.;]*?\s(?:are|were|is|was)\s+(?:(?:completely|entirely|totally|simply|wholly)\s+)?(?:inaccurate|untrue|false|baseless|unfounded|groundless|incorrect|wrong|fabricated)\b`, 'gi');

/** Whether offset `at` lies inside a report that the sentence dismisses. */
function insideDismissedReport(text: string, at: number): boolean {
  DISMISSED_REPORT_RE.lastIndex = 0;
  for (let m = DISMISSED_REPORT_RE.exec(text); m; m = DISMISSED_REPORT_RE.exec(text)) if (at >= m.index && at < m.index + m[0].length) return true;
  return false;
}

/** "the parameters were agreed in Montreux", "the framework had been agreed on Thursday", "The text had already been
 *  initialled on 2 May": the terms or the text of an agreement agreed, which right after talks are told are theirs. */
const AGREED_TERMS_RE = /\b(?:parameters|framework|terms|principles)\s+(?:(?:for|on|of)\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?)?(?:was|were|had been|has been)\s+(?:(?:formally|finally)\s+)?agreed\s+(?:in|at|on)\b|\btext\s+(?:had|has|was|were)\s+(?:already\s+)?(?:been\s+)?initial(?:l)?ed\b/i;

/** A line in capitals (four words or more, no lower-case letter): a headline. */
const ALL_CAPS_HEADLINE_RE = /^(?=(?:\S+\s+){3})[^\p{Ll}]*$/u;

/** "has not been scheduled", "no date has been set", "will be announced when ...", "declined to give a date for the next
 *  round": nothing is scheduled. */
const NO_SCHEDULE = /\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:scheduled|set|fixed|announced|agreed)\b|\bno date (?:has|had) (?:yet )?been set\b|\b(?:yet to|not|never|failed to|unable to)\s+(?:yet\s+)?(?:agree|agreed|settle|settled|decide|decided)\s+(?:on\s+|upon\s+)?(?:a|the)\s+date\b|\bwill\s+be\s+(?:announced|scheduled|set|fixed)\s+(?:when|once|if|after)\b|\b(?:declined|refused|would not|did not)\s+(?:to\s+)?(?:give|set|name|fix|announce)\s+a\s+date\b/gi;

/** Whether a NO_SCHEDULE phrase stands in the clause of the cue at `at` (another clause leaves the cue's claim). */
function noScheduleInClause(text: string, at: number): boolean {
  const [a, b] = clauseAround(text, at);
  NO_SCHEDULE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NO_SCHEDULE.exec(text))) if (m.index >= a && m.index < b) return true;
  return false;
}

/** "The meeting had opened on 30 September", "since the session opened on Monday", "The Forum's session, which opened
 *  on Monday", "The Vienna meeting on Syria opened on Friday": a definite meeting, session, cycle or round that opened,
 *  which right after talks are told stands for them
 *  (alone, "the meeting opened" may be any meeting's). */
const ANAPHORIC_OPENED_RE = /\b[Tt]he\s+(?:[A-Z][\w-]*['’]s\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:meeting|session|cycle|round|conference|plenary|forum)(?:\s+(?:on|in|of)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?(?:,\s+which)?\s+(?:(?:had|has)\s+)?(?:(?:formally|officially|finally)\s+)?(?:(?:was|were|had been|has been)\s+(?:formally\s+|officially\s+)?)?opened\s+(?:on|at|in|yesterday|today|this|last)\b/;

/** "The Constitutional Committee was opened this morning": a body named with capitals that is opened is a forum of the
 *  talks (a bare "the committee" may be any). */
const NAMED_BODY_OPENED_RE = /\b(?:[A-Z][\w’'-]+\s+){1,3}(?:Committee|Commission|Conference|Forum|Dialogue)\s+(?:was|were|has been|had been)\s+(?:formally\s+|officially\s+)?opened\b(?!\s+(?:to|up|for)\b)/;

/** "Both sides agreed that the negotiations will continue": the process going on from here, another claim than a
 *  round held on a day ("concluded two days of talks on Thursday"), which is ongoing too. */
const FUTURE_CONTINUE_RE = /\b(?:talks|negotiations|dialogue|process|consultations)\b[^.;]{0,60}?\b(?:will|would|shall)\s+(?:(?:now|also|still)\s+)?continue\b/i;

/** Right after an opening verb and its object, its day: "(opened the talks) in Rimbo on 6 March", "on Monday". */
const OPENED_ON_DAY_RE = new RegExp(String.raw`^[^.;]{0,60}?\b(?:on|in)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d{1,2}\b|${WEEKDAY_NAME}\b|\d{4}\b)`);

/** "signed the declaration", "signed the peace agreement": a definite agreement as the object of the signing. */
const SIGNED_DEFINITE_RE = /\bsigned\s+the\s+(?:[\w-]+\s+){0,2}?(declaration|agreement|accord|deal|treaty|protocol|memorandum)\b/i;

/** Whether an undated signing of a definite agreement repeats a signing already kept whose evidence names that noun. */
function definiteRepeat(c: StatusClaim, kept: StatusClaim[]): boolean {
  if (c.state !== 'agreement_signed') return false;
  const head = SIGNED_DEFINITE_RE.exec(c.evidence);
  if (!head) return false;
  const noun = new RegExp(`\\b${head[1]}`, 'i');
  return kept.some((f) => f.state === c.state && f.track === c.track && noun.test(f.evidence));
}

/** A time of its own that resolves to no day ("next week", "in the coming weeks", "later this month"): a schedule that
 *  gives one is another meeting than a dated one of the same track, on a known track or on none. */
const OWN_VAGUE_TIME_RE = /\b(?:next|later this|early next|in the coming|within (?:the next )?(?:two|three|a few|several)?)\s*(?:week|month|weeks|months|days|year)\b/i;

/** Whether a claim is a schedule with a time of its own that resolves to no day. */
function ownVagueSchedule(c: StatusClaim): boolean {
  return c.state === 'scheduled' && OWN_VAGUE_TIME_RE.test(c.evidence);
}

/** The time an undated schedule gives its meeting: a vague one ("next week"), a month ("planned for January", "in the
 *  first week of November"), a part of a year ("in the first quarter of 2019") or a term ("within 45 days"). */
const SCHEDULE_TIME_RE = new RegExp(
  String.raw`${OWN_VAGUE_TIME_RE.source}|\b(?:in|to|for|until|by|of)\s+(?:early\s+|late\s+|mid-?)?${MONTH_NAME}\b|\b(?:in|by|during)\s+the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half)\b|\bwithin\s+\d+\s+(?:days|weeks|months)\b`,
  'i',
);

/** Whether two undated schedules give their meetings different times right after their cues ("a second session next
 *  week", "the next round, planned for January"): other meetings, kept apart ("The dialogue will continue ..., and the
 *  envoy will travel to A in the coming days": a time far from the cue is another event's). */
function otherScheduleTimes(c: Claim, f: Claim): boolean {
  if (c.state !== 'scheduled' || c.date || f.date) return false;
  const timeOf = (x: Claim) => SCHEDULE_TIME_RE.exec(x.evidence.slice(x.cue[0], x.cue[1] + 60))?.[0].toLowerCase();
  const [tc, tf] = [timeOf(c), timeOf(f)];
  return !!tc && !!tf && tc !== tf;
}

/** An agreement named by its proper name ("the Lusaka Peace Accord", "the Treaty of Rome"): capitalised words before the
 *  head, or the head's "of" phrase. */
const NAMED_AGREEMENT_RE = /\b(?:(?:[A-Z][\w\u00C0-\u024F’'-]*\s+){1,5}(?:Agreements?|Accords?|Treaty|Protocol|Declaration|Memorandum|Charter|Pact|Act)|(?:Agreement|Accords?|Treaty|Protocol|Declaration|Charter|Pact)\s+(?:of|on)\s+(?:the\s+)?[A-Z][\w\u00C0-\u024F’'-]*(?:\s+[A-Z][\w\u00C0-\u024F’'-]*){0,3})\b/g;

/** The agreements a sentence names ("The" and a sentence-initial word left out of the name). */
function namedAgreements(text: string): string[] {
  return [...text.matchAll(NAMED_AGREEMENT_RE)].map((m) => m[0].replace(/^(?:The|A|An|This|That|Their|Its|Under|After|In|On)\s+/, '')).filter((n) => /\s/.test(n));
}

/** A month an undated claim's sentence names for its event ("the agreement initialled in June"). */
const MONTH_OF_EVENT_RE = new RegExp(String.raw`\b(?:in|of|early|late|mid-?)\s+(${MONTH_NAME})\b`, 'g');
const MONTHS = MONTH_NAME.slice(3, -1).split('|');

/** Whether an undated claim names only months other than the one of a dated claim: another event ("The accords build on
 *  the peace agreement initialled in June" after the accords signed on 4 December). */
function toldInOtherMonth(c: StatusClaim, f: StatusClaim): boolean {
  if (!f.date) return false;
  // (a month in a relative clause tells another event: "X, who held talks in Islamabad in October, signed the memorandum")
  const months = [...c.evidence.replace(/,\s*(?:who|which)\s[^,;]*,/g, ',').matchAll(MONTH_OF_EVENT_RE)].map((m) => MONTHS.indexOf(m[1]) + 1);
  return months.length > 0 && !months.includes(Number(f.date.slice(5, 7)));
}

/** A claim as read, with what the merging of claims needs: its sentence, its cue's span and how it was told. */
type Claim = StatusClaim & { sent: number; cue: [number, number]; subordinate: boolean; timeClause: boolean; weak: boolean; nominal: boolean; step: boolean };

export function extractStatus(doc: Doc): StatusClaim[] {
  // article default track: the most mentioned one
  const counts = new Map<string, number>();
  const perSentence: Array<Array<{ track: string; at: number }>> = doc.sentences.map((s) => {
    if (s.kind !== 'body') return [];
    const ms = trackMatches(s.text);
    for (const m of ms) counts.set(m.track, (counts.get(m.track) ?? 0) + 1);
    return ms;
  });
  let defaultTrack: string | null = null;
  for (const t of TRACKS) {
    const n = counts.get(t.track) ?? 0;
    if (n && (!defaultTrack || n > (counts.get(defaultTrack) ?? 0))) defaultTrack = t.track;
  }
  if (!defaultTrack) {
    // no explicit track name: the track whose context words (mediators, parties, places) the article uses most
    const body = doc.sentences.filter((x) => x.kind === 'body').map((x) => x.text).join('\n');
    let best = 0;
    for (const t of CONTEXT_RES) {
      if (!t.re) continue;
      t.re.lastIndex = 0;
      let n = 0;
      while (t.re.exec(body)) n++;
      if (n > best) {
        best = n;
        defaultTrack = t.track;
      }
    }
  }
  let home: string | null | undefined;
  const out: Claim[] = [];
  const derivedAt = new Map<number, string>();
  const seen = new Set<string>();
  const talksSubject = talksAsSubject(doc);
  // body sentences about negotiations (a negotiation word or a named track), for a later definite noun to stand for them
  const gated: number[] = [];
  for (const sent of doc.sentences) {
    if (sent.kind !== 'body') continue;
    const text = sent.text;
    const namedTrack = perSentence[sent.index].length > 0;
    // "A meeting of ... on ..., which X reported had been called off, has been postponed": talks as the subject
    const headedByTalks = talksSubject[sent.index];
    // "They collapsed in September, ..., and resumed in December": every verb of the sentence has the talks as subject
    const pronounForTalks = headedByTalks && !SUBJECT_HEAD_RE.test(unlabelled(text));
    const settlementStep = SETTLEMENT_STEP_RE.test(text);
    // "The session had opened on 3 May", shortly after talks: the definite noun stands for them
    const recentTalks = gated.slice(-3).some((k) => k >= sent.index - 3);
    const openedBody = NAMED_BODY_OPENED_RE.test(text) || (recentTalks && ANAPHORIC_OPENED_RE.test(text));
    const bilateralBody = BILATERAL_BODY_RE.test(text);
    // "Recall that the parameters were agreed in Montreux on April 2", shortly after talks: the terms of their agreement
    const agreedTerms = recentTalks && AGREED_TERMS_RE.test(text);
    if (!NEGOTIATION.test(text) && !namedTrack && !headedByTalks && !settlementStep && !openedBody && !bilateralBody && !agreedTerms) continue;
    // (two named people who will meet, in a sentence about the talks, are their next meeting however far the talks' noun)
    const namedPairMeets = NAMED_PAIR_MEETS_RE.test(text);
    if (NEGOTIATION.test(text) || namedTrack) gated.push(sent.index);
    // "LAKELAND PEACE AGREEMENT SIGNED IN ARUSHA": a headline in capitals left in the body restates a claim of the text, if any
    if (ALL_CAPS_HEADLINE_RE.test(text)) continue;
    // "So is the treaty signed?", "Is the ceasefire holding?": a question claims no state
    if (/\?["”’)]*\s*$/.test(text)) continue;
    const ruleMay = RULE_INDEX.candidates(text.toLowerCase());
    for (let ri = 0; ri < RULES.length; ri++) {
      const rule = RULES[ri];
      if (!ruleMay[ri]) continue;
      // the rule's first cue, and after one that tells talks going on ("agreed to continue the dialogue") the next
      // ("and to hold the next round in June")
      const cues: RegExpExecArray[] = [];
      const g = RULE_GLOBAL[ri];
      g.lastIndex = 0;
      for (let c = g.exec(text); c; c = g.exec(text)) {
        cues.push(c);
        if (rule.state !== 'scheduled' || !CONTINUE_CUE_RE.test(c[0])) break;
        if (c[0].length === 0) g.lastIndex++;
      }
      // ("The process will continue: the committee is to meet in Geneva": the schedule tells it, not the continuation)
      for (const m of cues.length > 1 ? cues.filter((c) => !CONTINUE_CUE_RE.test(c[0])) : cues) {
        const pre = text.slice(Math.max(0, m.index - 40), m.index);
        const presentCue = rule.state !== 'scheduled' && PRESENT_CUE_RE.test(m[0]);
        if (presentCue && !TIMELINE_ENTRY_RE.test(text)) continue;
        if (rule.notInTimeline && TIMELINE_ENTRY_RE.test(text)) continue;
        let state = rule.state;
        if (!rule.selfNegated && NEG_BEFORE.test(pre)) {
          // "talks have not resumed since", "have yet to resume": the track is stalled
          if (rule.state !== 'resumed' || !/\b(?:talks|negotiations?|dialogue|process|rounds?)\b/i.test(text.slice(Math.max(0, m.index - 90), m.index))) continue;
          state = 'stalled';
        }
        if (!rule.allowModal && MODAL_BEFORE.test(pre)) continue;
        // "called off three years of peace talks", "broke off months of negotiations": talks long under way are ended, not
        // a meeting to come called off
        if (state === 'cancelled' && /^called off$/i.test(m[0]) && /^\s+(?:(?:\w+|several|many)\s+)?(?:years|months|decades)\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations|dialogue)\b/i.test(text.slice(m.index + m[0].length))) state = 'collapsed';
        // "Had the talks broken down this month, the war would have gone on": a conditional told by inversion, no state
        if (/^\W*(?:Had|Were|Should)\s+(?:[\w’'-]+\s+){1,4}$/.test(text.slice(0, m.index))) continue;
        // ("Had the rebels agreed a truce in May, officials said, talks could have opened in June": the main clause of such a
        // conditional is no more a fact than its condition; nor is "could have opened", "would have resumed" anywhere)
        if (/^\W*(?:Had|Were)\s+[^,;]{3,150},/.test(text) && /\b(?:would|could|might)\s+(?:(?:not|never)\s+)?have\b/i.test(text)) continue;
        if (/\b(?:would|could|might|should)\s+(?:(?:not|never|also|still)\s+)?have\s+(?:been\s+)?(?:\w+\s+)?$/i.test(pre) || /\b(?:would|could|might|should)\s+(?:(?:not|never)\s+)?have\s+(?:been\s+)?\w+(?:ed|en|un)\b/i.test(m[0])) continue;
        // "denied reports that a treaty text had been initialled": a denied claim, no state
        if (DENIED_BEFORE.test(text.slice(0, m.index))) continue;
        // "Reports that the two delegations would meet in Nairobi next week are inaccurate": a report the sentence then dismisses
        if (insideDismissedReport(text, m.index)) continue;
      // "had nearly collapsed in May", "almost broke down", "on the brink of collapse": a near miss, no state
        if (NEAR_MISS_BEFORE.test(pre)) continue;
        // "The truce that began in May collapsed on 2 June": a ceasefire's start told in a relative clause is background to
        // the main verb, and no talks opened
        if (state === 'opened' && /\b(?:ceasefire|cease-fire|truce)\s+(?:that|which)\s+(?:had\s+)?(?:began|started|begun)$/i.test(text.slice(0, m.index + m[0].length))) continue;
        // the cue must concern negotiations: a negotiation noun within reach
        const windowText = text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80);
        // "The tripartite summit between A, B and C, the mediator, was cancelled": a long subject whose head is the talks
        // ("July 7 – The conference collapses at about 2am": a timeline entry's present verb is its head's)
        const subjectHead = pronounForTalks || (presentCue && headedByTalks) || (/\b(?:was|were|has|have|had)\s+(?:(?:only|now|since|already|just|also)\s+)?(?:been\s+)?$/i.test(pre) && headedByTalks);
        // ("signed two documents in the Hall of Mirrors ..., with the host as witness: a "Framework for Peace" and a treaty":
        // what was signed may be named at the end of a long sentence)
        const signedTextNamedAfter = state === 'agreement_signed' && /^sign/i.test(m[0]) && NEGOTIATION.test(text.slice(m.index + m[0].length));
        // ("A and B representatives met for the first time on Wednesday at the UN base, in a meeting of the ceasefire
        // mechanism": what the first meeting was may be told at the end of the clause)
        const firstMeetingNamedAfter = state === 'opened' && /^met for the first time$/i.test(m[0]) && NEGOTIATION.test(text.slice(m.index + m[0].length, clauseAround(text, m.index)[1]));
        if (!NEGOTIATION.test(windowText) && !namedTrack && !subjectHead && !settlementStep && !(openedBody && state === 'opened') && !(bilateralBody && state === 'scheduled') && !(agreedTerms && state === 'agreement_signed') && !(namedPairMeets && state === 'scheduled') && !signedTextNamedAfter && !firstMeetingNamedAfter && !NEGOTIATION.test(ownClauseBefore(text, m.index))) continue;
        // paused/stalled cues about other things ("pause in fighting") need talk nouns close by
        // ("The Lakeside Accord of May 1998 collapsed within weeks": an accord as the subject of its collapse)
        // ("The Incident Prevention and Response Mechanism ... has been suspended": the subject names a track)
        const ownClause = ownClauseBefore(text, m.index);
        if ((rule.state === 'paused' || rule.state === 'resumed' || rule.state === 'collapsed') && !subjectHead && !/\b(?:talks|negotiations?|dialogue|process|round|session|consultations|deal|agreement|truce|ceasefire|roadmap|track|treaty|protocols?|rapprochement|normali[sz]ation|initiative|meeting|summit|format)\b/i.test(ownClause + text.slice(m.index, m.index + m[0].length + 80)) && !(rule.state === 'collapsed' && /\b(?:accords?|pact)\s+(?:(?:of|from|signed)\s+(?:[\w-]+\s+){1,3}?)?$/i.test(ownClause)) && !trackMatches(ownClause).length) continue;
        // "They opened in Rome on 8 July 1990" says so of the talks only as the sentence's subject, after a sentence
        // headed by them ("said that it opened a new chapter" is no opening)
        if (state === 'opened' && /^(?:they|it)\s/i.test(m[0]) && !(pronounForTalks && PRONOUN_SUBJECT_RE.test(unlabelled(text.slice(0, m.index + m[0].length))))) continue;
        // "The envoy is expected in Kigali next month for the first meeting of the commission since 2012": a first meeting
        // since a break that is still to come is scheduled, not resumed
        if (state === 'resumed' && /^(?:first|for the first time)\b/i.test(m[0]) && /\b(?:will|shall|is to|are to|(?:is|are)\s+(?:expected|due|set|scheduled)\b|plans?\s+to)\b[^.;]*$/i.test(text.slice(clauseAround(text, m.index)[0], m.index))) state = 'scheduled';
        // "The talks in the Lakeview format, the first since 2016, opened at 16:30" resumed them; with "will open" after the
        // apposition they are still to come (the schedule is read from its own cue)
        if (state === 'resumed' && m[0].startsWith(',') && /^[^.;]*?\b(?:will|shall|is to|are to|(?:is|are)\s+(?:expected|due|set|scheduled)\s+to)\s/i.test(text.slice(m.index + m[0].length, clauseAround(text, m.index)[1]))) continue;
        // "They were to be the first talks between the two sides since 2019": a plan told in the past, called off or not
        // yet held, neither a resumption nor an opening
        if ((state === 'resumed' || state === 'opened') && /\b(?:was|were)\s+(?:(?:supposed|meant|due|set)\s+)?to\s+(?:have\s+)?be(?:en)?\s+(?:the\s+|their\s+|its\s+)?$/i.test(pre)) continue;
        // "negotiations, which are planned to be resumed on 8 February": a resumption still to come (read as scheduled)
        if (state === 'resumed' && /\bto\s+be\s+$/i.test(pre)) continue;
        // "without a date for their resumption", "talks on the resumption of": a purpose, not a resumed track
        if (state === 'resumed' && /^resumption$/i.test(m[0]) && /\b(?:for|on|about|over|towards?)\s+(?:the|their|its|a)\s+$/i.test(pre)) continue;
        // "the resumption of oil exports", "the resumption of flights": something other than talks resumes
        if (state === 'resumed' && /^resumption$/i.test(m[0])) {
          const object = RESUMPTION_OBJECT_RE.exec(text.slice(m.index + m[0].length));
          if (object && !TALKS_OBJECT_RE.test(object[1])) continue;
        }
        // "Talks on the implementation of the peace agreement continued": the subject of talks, not a signing
        if (state === 'agreement_signed' && /^implement/i.test(m[0]) && /\b(?:talks|negotiations|consultations|discussions)\s+(?:on|about|over)\s+(?:the\s+)?$/i.test(pre)) continue;
        // "was seen in the hall before the talks began": a time clause set by the talks' start, which it does not report
        // ("since the talks opened on May 25" does: it dates the opening as a fact)
        // ("would not lift the ban before direct negotiations had begun" likewise)
        if (state === 'opened' && /^(?:talks|negotiations|dialogue|discussions|mediation)\b/i.test(m[0]) && /\b(?:before|until|as|while)\s+(?:the\s+)?(?:(?:direct|formal|substantive|official|political|peace)\s+){0,2}$/i.test(pre)) continue;
        // "The minister held a last round of talks with his counterpart on Tuesday to settle the wording": the final step
        // before a signing, told as its run-up, not a claim that the talks go on
        if (state === 'ongoing' && /^held\s+(?:the|a|an)\s+(?:last|final)\s+round\b/i.test(m[0])) continue;
        // "the first written proposal of the talks since they began in 2021": the start measures a first, it is no news
        if (state === 'opened' && /\bfirst\b[^.;]{0,120}?\bsince\s+(?:the\s+)?(?:they|it|talks|negotiations|dialogue|process)\s+(?:first\s+)?(?:opened|began|started)$/i.test(text.slice(Math.max(0, m.index - 160), m.index + m[0].length))) continue;
        // "Witkoff, who co-brokered the deal, ...", "Ahtisaari, who facilitated the talks": a relative clause describing a
        // person, not a signing or an opening
        // ("The envoy, who opened the talks in Rimbo on 6 March, said ...": an opening the clause dates is told as a fact)
        if ((state === 'agreement_signed' || (state === 'opened' && !OPENED_ON_DAY_RE.test(text.slice(m.index + m[0].length).split(/[,;]/)[0]))) && /,\s*who\s+(?:[\w-]+\s+){0,3}(?:co-)?$/i.test(pre)) continue;
        // "ending a long stalemate", "broke the deadlock": the stalemate is over
        // ("Talks on ending the crisis have stalled": the words between hold the clause's own verb, so the talks stalled)
        if (state === 'stalled' && /\b(?:end(?:s|ed|ing)?|end to|broke|break(?:s|ing)?|overc[oa]m(?:e|es|ing)|resolv(?:e|ed|es|ing)|unblock(?:ed|ing|s)?)\s+(?:a|the|an|this|their|its|years?\s+of|months\s+of)\s+(?:(?!(?:have|has|had|is|are|was|were|been|remain|remains|remained)\s)[\w-]+\s+){0,2}$/i.test(pre)) continue;
        // "after five months of often stalled negotiations": a description of the past, not a claim
        if (state === 'stalled' && /\b(?:days|weeks|months|years|decades)\s+of\s+(?:[\w-]+\s+)?$/i.test(pre)) continue;
        // "the leaders agreed to continue negotiations": the talks go on, nothing is scheduled
        // ("Both sides agreed that the negotiations will continue": so do they, unless a day follows: "would continue on Friday")
        // ("Norway will continue to assist the parties": another verb continues)
        // ("The two mechanisms will continue to meet": the meetings go on, the talks are ongoing)
        if (state === 'scheduled' && CONTINUE_CUE_RE.test(m[0]) && /^will\s/i.test(m[0]) && /^\s+to\s+(?:meet|negotiate|hold\s+(?:talks|consultations|meetings))\b(?!\s+(?:on|in|next|after|later|this)\b)/i.test(text.slice(m.index + m[0].length))) state = 'ongoing';
        else if (state === 'scheduled' && CONTINUE_CUE_RE.test(m[0]) && /^\s+to\s/i.test(text.slice(m.index + m[0].length))) continue;
        if (state === 'scheduled' && CONTINUE_CUE_RE.test(m[0]) && (/^agreed/i.test(m[0]) || !/^\s+(?:(?:the\s+)?(?:talks|negotiations|dialogue|consultations|discussions)\s+)?(?:on|next|in|at|from|after|later|this|tomorrow|today|tonight)\b/i.test(text.slice(m.index + m[0].length)))) state = 'ongoing';
        // "the substantive negotiations will be started with mediation of the co-chairs": a future passive of the opening
        // verb, the talks are to begin, not begun
        if (state === 'opened' && FUTURE_PASSIVE_OPENING_RE.test(m[0])) state = 'scheduled';
        // "would not tolerate attacks while the talks continued": a condition's background, no claim that the talks go on
        if (state === 'ongoing' && /^(?:talks|negotiations|dialogue)\s+(?:(?:now|still|also)\s+)?continue[sd]?$/i.test(m[0]) && /\b(?:while|as long as|so long as|until)\s+(?:the\s+)?$/i.test(pre)) continue;
        // "The talks, which had been frozen since January, resumed on Monday": the pause is background to the resumption
        // ("The Mexico City talks, which the government froze at the start of the year, will resume": an active relative clause;
        // "The negotiations, frozen since November 2022, resumed": a participle apposition)
        if ((state === 'paused' || state === 'stalled') && /,\s*(?:(?:which|that)\s+(?:(?:had|have|has)\s+been\s+(?:\w+\s+)?|(?:the\s+)?(?:[\w-]+\s+){1,3}))?$/i.test(pre) && (RULES.find((r) => r.state === 'resumed')!.re.test(text.slice(m.index + m[0].length)) || /\b(?:will|would|is to|are to|(?:is|are) (?:expected|due|set) to)\s+(?:\w+\s+)?(?:resume|reconvene|restart)\b/i.test(text.slice(m.index + m[0].length)))) continue;
        // "I will start with the Gaza negotiations and then take your questions": a speaker's agenda, not talks to begin
        if (state === 'scheduled' && /^(?:will|shall|would)\s+(?:\w+\s+)?(?:start|begin|open)$/i.test(m[0]) && /\b(?:I|[Ww]e)\s+$/.test(pre) && /^\s+(?:with|by)\b/i.test(text.slice(m.index + m[0].length))) continue;
        // "The envoy, who flew in on Friday, signed the Declaration as a witness": the signing is the parties', told elsewhere
        if (state === 'agreement_signed' && /^(?:signed|signs?|signing)\b/i.test(m[0]) && /^[^.;,]{0,60}?\bas\s+(?:an?\s+)?(?:witness(?:es)?|guarantors?|observers?)\b/i.test(text.slice(m.index + m[0].length))) continue;
        // "conditioned the signing of the accord on a prisoner release", "delayed the signing of the accord": a signing still
        // to come, held up or awaited
        if (state === 'agreement_signed' && /^signing\b/i.test(m[0]) && /\b(?:condition(?:s|ed|ing)?|block(?:s|ed|ing)?|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|prevent(?:s|ed|ing)?|obstruct(?:s|ed|ing)?|await(?:s|ed|ing)?|held\s+up|hold(?:s|ing)?\s+up|pending|ahead\s+of|prior\s+to)\s+(?:the\s+)?$/i.test(pre)) continue;
        // "the two leaders agreed to open the Merdare crossing": a step of something else
        if (rule.state === 'scheduled' && otherObject(m[0], text.slice(m.index + m[0].length))) continue;
        // "the next round has not been scheduled": nothing is scheduled
        // ("The next round will be announced when both parties commit to attend": a condition, no date)
        // ("The talks are now expected to open in Bamako in the spring; no date has been set": a clause of its own leaves
        // the announcement standing, only its day unknown)
        if (state === 'scheduled' && noScheduleInClause(text, m.index)) continue;
        // "The negotiations have ground to a halt": a stalemate (read as stalled), not a pause
        if (state === 'paused' && /^halt/i.test(m[0]) && /\b(?:ground|grinds|grinding)\s+to\s+a\s+$/i.test(pre)) continue;
        // "long-delayed elections", "much-postponed vote": an adjective, not a paused track
        if (state === 'paused' && text[m.index - 1] === '-') continue;
        // a humanitarian pause ("a pause of two to three days", "a pause in the fighting") is not a paused track
        if (state === 'paused' && /^paus/i.test(m[0]) && /^\s+(?:of\s+(?:\w+\s+){0,3}(?:days?|hours?|weeks?)|in\s+(?:the\s+)?(?:fighting|hostilities|attacks|strikes|bombing|shelling|combat))\b/i.test(text.slice(m.index + m[0].length))) continue;
        // ("working to extend the pause beyond Sunday", "a humanitarian pause": the pause is the truce, which a lapse of
        // the talks is not)
        if (state === 'paused' && /^paus/i.test(m[0]) && /\b(?:extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|prolong(?:s|ed|ing)?|humanitarian|tactical)\s+(?:(?:the|a|this|its)\s+)?$/i.test(pre)) continue;
        // nor is a halt to the fighting ("will halt the fighting in Gaza", "a halt to fighting", "agreed to halt all
        // offensive air, ground and maritime operations", "to halt hostile acts along the border"): the war stops, not the
        // talks
        if (state === 'paused' && /^(?:halt|paus|suspend)/i.test(m[0]) && /^\s+(?:(?:to|of|in|on)\s+)?(?:(?:the|all|its|their|any)\s+)?(?:(?!(?:after|before|because|following|amid|over|since|when|due|as|by|until|for|from|with|the)\b)[\w-]+,?\s+(?:and\s+)?){0,4}?(?:fighting|hostilities|attacks|strikes|bombing|bombardment|shelling|combat|operations|offensives?|military action|airstrikes|air strikes|fire|acts|provocations|violence)\b/i.test(text.slice(m.index + m[0].length))) continue;
        // something other than talks was called off ("a press conference that was planned ... was cancelled")
        // ("the lunch was canceled", "the State Department cancelled the trip": a meal or a journey, called off before or after)
        if (state === 'cancelled' && /^[^,;]{0,40}?\b(?:press conference|news conference|briefing|photo opportunity|ceremony|flight|concert|match|interview|lunch|luncheon|dinner|banquet|reception|trip|visit|tour)\b/i.test(text.slice(clauseAround(text, m.index)[0], m.index))) continue;
        if (state === 'cancelled' && /\b(?:ceremony|press conference|news conference|briefing|lunch|luncheon|dinner|banquet|reception|trip|visit|tour|flight|concert|match|interview)\s+(?:(?:was|were|has been|had been|have been|is|are)\s+)?(?:(?:also|then|abruptly|later)\s+)?$/i.test(pre)) continue;
        if (state === 'cancelled' && /^\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:trip|visit|tour|journey|flight|lunch|luncheon|dinner|banquet|reception|press conference|news conference|interview)\b/i.test(text.slice(m.index + m[0].length))) continue;
        // ("when fighting resumed after a five-month truce": the war resumed, not the talks)
        if (state === 'resumed' && /\b(?:fighting|hostilities|clashes|shelling|attacks|war|violence|bombing|bombardment|strikes|airstrikes|combat)\s+(?:(?:has|have|had|was|were)\s+)?(?:(?:quickly|soon|then|later|again)\s+)?$/i.test(pre)) continue;
        // a state's own body meeting ("The security cabinet will convene tonight to approve the agreement") is no negotiation
        // (its ratification of the accord is a step of the settlement: "The national assembly is to ratify the accord")
        if (state === 'scheduled' && !SETTLEMENT_STEP_RE.test(m[0]) && /\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\p{Lu}][\p{L}-]*['’]s)\s+(?:[\w-]+\s+)?(?:cabinet|parliament|Knesset|Congress|Senate|assembly|Assembly|Security Council|politburo|Politburo)\s+(?:[\w-]+\s+){0,2}$/u.test(text.slice(clauseAround(text, m.index)[0], m.index))) continue;
        // track: nearest explicit mention in the sentence, else a recent sentence, else article default
        let track: string | null = null;
        const here = perSentence[sent.index];
        if (here.length) {
          track = [...here].sort((a, b) => Math.abs(a.at - m.index) - Math.abs(b.at - m.index))[0].track;
        } else {
          track = derivedTrack(text, () => (home === undefined ? (home = mainCountry(doc)) : home));
          if (track) derivedAt.set(sent.index, track);
          for (let k = sent.index - 1; !track && k >= 0 && k >= sent.index - 3; k--) track = perSentence[k].length ? perSentence[k][0].track : defaultTrack ? null : (derivedAt.get(k) ?? null);
          track = track ?? defaultTrack ?? 'unspecified';
        }
        // "a unity government is to be formed in May": a step of the settlement, another event than the talks' next meeting
        // (so is a truce taking effect: "The truce is to take effect at midnight on Sunday"), one claim of its own in a
        // sentence that schedules both ("Congress is to vote on the accord next week, and the pullback is to begin on 1 May")
        const step = state === 'scheduled' && (SETTLEMENT_STEP_RE.test(m[0]) || !!rule.dateAtCueEnd || TAKES_EFFECT_RE.test(m[0]));
        const dates = datesOf(doc, sent.index, state === 'scheduled');
        let [ca, cb] = clauseAround(text, m.index);
        // ("Congress is to vote on the accord next week, and the pullback is to begin on 1 May": a step's day is told in its
        // own coordinated clause)
        const coordinated = step ? /,\s+and\s/.exec(text.slice(m.index + m[0].length, cb)) : null;
        if (coordinated) cb = m.index + m[0].length + coordinated.index;
        // a cue inside a relative clause (", who brokered the deal,") does not take the main clause's date
        const rel = /,\s*(?:who|which)\s+[^,;]*$/i.exec(text.slice(ca, m.index));
        if (rel) {
          ca += rel.index;
          const close = text.indexOf(',', m.index);
          if (close >= 0 && close < cb) cb = close;
        }
        // "signed the protocol on Sunday, a year after the peace talks opened in Lakeview on 15 November 2019": a cue in an
        // "after" or "since" clause takes its day from that clause, not from the main one ("before Kerry announced that the
        // sides had agreed to resume" tells the same day's sequence, and keeps it)
        const timeClauseStart = /\b(?:after|since)\b[^,;]{0,80}$/i.exec(text.slice(ca, m.index));
        if (timeClauseStart) ca += timeClauseStart.index;
        // ("The rebels announced their dissolution on 12 May, and the process has been moving forward since": a clause
        // coordinated before the cue's, with a subject of its own, tells its own day)
        const ownSubject = [...text.slice(ca, m.index).matchAll(/,\s+and\s+(?=(?:the|a|an|its|their|his|her)\s)/gi)].pop();
        if (ownSubject) ca += ownSubject.index! + ownSubject[0].length;
        // "The deal was reached after the envoy held talks on Thursday": a day in a time clause after the cue dates the
        // event told there, not the claim (a schedule's day comes after its cue: "will resume after Eid, on 3 May")
        if (state !== 'scheduled') {
          const background = BACKGROUND_AFTER_RE.exec(text.slice(m.index + m[0].length, cb));
          if (background) cb = m.index + m[0].length + background.index;
        }
        // ("suspended its participation, citing its exclusion from the donor meeting on 14 April": the reason's day, told in
        // a participle after the claim, is not the claim's)
        const reason = /,\s*(?:citing|blaming|protesting|complaining of|in protest at)\s/i.exec(text.slice(m.index + m[0].length, cb));
        if (reason) cb = m.index + m[0].length + reason.index;
        // "the implementation of the agreement": the agreement was signed some time, not on this sentence's day
        const weak = state === 'agreement_signed' && /^implement/i.test(m[0]);
        const inCue = rule.dateAtCueEnd ? dates.filter((d) => d.date && d.start >= m.index && d.start < m.index + m[0].length).pop() : undefined;
        // ("At the close of the talks today, the parties agreed that they will meet again on 10 August": a schedule's day
        // is the one after its cue, the clause's earlier day being when it was announced)
        const after = state === 'scheduled' && !rule.dateAtCueEnd ? dates.find((d) => d.date && d.start >= (rule.dateAfterCue ? m.index + m[0].length : m.index) && d.start < cb) : undefined;
        // "The negotiations, which had opened in Brasilia on 19 January, stalled in August": a day inside a relative clause
        // closed before the cue dates that clause's event, not the cue's
        // ("The fifth round, due to open in Oslo on 3 May, is off": so does one in an apposition telling the plan)
        const closedRel = [...text.slice(ca, m.index).matchAll(/,\s*(?:which|who|(?:originally\s+)?(?:due|set|scheduled|planned|expected)\s+to)\s+[^,;]*,/gi)].map((r) => [ca + r.index!, ca + r.index! + r[0].length]);
        // ("deadlocked since the collapse of the elections set for 24 December": a day inside the event a stalemate or pause
        // dates from is that event's; "suspended since 1 December" dates the pause itself)
        const sinceEvent = state === 'stalled' || state === 'paused' ? [...text.slice(m.index, cb).matchAll(/\bsince\s+(?:the|a|an|its|their|his|her|that)\s[^,;]*/gi)].map((r) => [m.index + r.index!, m.index + r.index! + r[0].length]) : [];
        // ("Talks on implementing the March 10 agreement resumed on Monday": a day naming a text is the text's, not the claim's)
        const namesText = (d: { start: number; end: number }) => state !== 'agreement_signed' && /\bthe\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start)) && DAY_NAMED_TEXT_RE.test(text.slice(d.end));
        const own = (d: { start: number; end: number }) => !closedRel.some(([a, b]) => d.start >= a && d.start < b) && !sinceEvent.some(([a, b]) => d.start >= a && d.start < b) && !namesText(d);
        const date = weak ? null : (inCue ?? after ?? (rule.dateAfterCue ? undefined : dates.find((d) => d.date && d.start >= ca && d.start < cb && own(d))))?.date ?? null;
        const key = `${track}|${state}|${step}|${sent.index}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // background in a subordinate clause ("six years after the talks collapsed", "talks that had been suspended")
        // (a keyword ending at most 80 characters before the cue lies in its last 87: 6 letters and the one before them)
        const clauseTail = text.slice(Math.max(ca, m.index - 87), m.index);
        const subordinate = /\b(?:after|since|when|until|that|which|before)\b[^,;]{0,80}$/i.test(clauseTail);
        const timeClause = /\b(?:after|since|when|until|before)\b[^,;]{0,80}$/i.test(clauseTail);
        // "the resumption of the talks does not mean ...": a nominal that presupposes the state, not a claim of its own
        const nominal = state === 'resumed' && /^resumption$/i.test(m[0]) && /\bthe\s+$/i.test(pre);
        out.push({ track, state, date, evidence: text, sent: sent.index, cue: [m.index, m.index + m[0].length], subordinate, timeClause, weak, nominal, step });
      }
    }
  }
  // one claim per track and state per article unless the dates differ
  // (a claim in a main clause replaces a background mention of the same state)
  // (claims on no known track are kept apart: they may be about different tracks)
  const final: Claim[] = [];
  // (an undated signing of a named agreement is another event than a dated one of another text: "signed the Lusaka Peace
  // Accord" after "a protocol on the border was signed on 3 May", or after "the Treaty of Rome was signed"; a dated
  // "signed an agreement", the generic word, may be the one the name stands for)
  const names = new Map<string, string[]>();
  const namesOf = (text: string) => names.get(text) ?? names.set(text, namedAgreements(text)).get(text)!;
  const sameEvent = (c: StatusClaim, f: StatusClaim) => {
    if (c.state !== 'agreement_signed' || c.date !== null) return true;
    if (toldInOtherMonth(c, f)) return false;
    const own = namesOf(c.evidence);
    if (!own.length || own.every((n) => f.evidence.includes(n))) return true;
    return !namesOf(f.evidence).length && /\b(?:agreements?|accords?|deals?|treaty|treaties|pacts?)\b/i.test(f.evidence);
  };
  for (const c of out) {
    // ("The deputies are expected to convene next month to ratify the document": a schedule read inside a step's words is
    // that step, not a meeting of its own)
    if (c.state === 'scheduled' && !c.step && out.some((o) => o.step && o.sent === c.sent && o.cue[0] < c.cue[1] && c.cue[0] < o.cue[1])) continue;
    // (a nominal "the resumption of the talks" adds nothing to a resumption the article states)
    if (c.nominal && out.some((o) => o !== c && !o.nominal && o.state === c.state)) continue;
    if (c.weak && out.some((o) => o !== c && !o.weak && o.track === c.track && o.state === c.state)) continue;
    // ("The prime minister signed the declaration for Lakeland", after a sentence on the joint declaration signed: the
    // definite noun names the agreement already told, on no known track as on any)
    if (!c.date && definiteRepeat(c, final)) continue;
    // "The negotiations opened tonight, three days after the scheduled start was postponed": a pause told as the
    // background of another state of the same sentence's main clause is no claim of its own
    // ("had been suspended on Tuesday after the negotiating teams failed to agree": a stalemate told as the reason is
    // background too)
    // (a withdrawal in a time clause, "stalled since April, when the rebels pulled out of the negotiations", likewise; a
    // relative clause "which X reported had been called off" still claims it)
    if ((c.state === 'paused' || c.state === 'stalled' || (c.state === 'cancelled' && c.timeClause)) && c.subordinate && out.some((o) => o !== c && o.evidence === c.evidence && !o.subordinate && o.state !== c.state)) continue;
    // (claims on no known track are kept apart, they may be about different tracks, except an undated one after a dated
    // claim of that state: "signed 15 agreements and memoranda" after the leaders' signing on Thursday repeats the event)
    const i =
      c.track === 'unspecified'
        ? c.date
          ? // (but "since the talks opened on 5 May", a time clause, repeats a main clause's opening of that day, either way)
            final.findIndex((f) => f.track === c.track && f.state === c.state && f.step === c.step && f.date === c.date && (c.timeClause || f.timeClause) && !(c.timeClause && f.timeClause))
          : final.findIndex((f) => f.track === c.track && f.state === c.state && f.step === c.step && !!f.date && !ownVagueSchedule(c) && sameEvent(c, f))
        : final.findIndex((f) => f.track === c.track && f.state === c.state && f.step === c.step && !otherScheduleTimes(c, f) && (f.date === c.date || (!c.date && !(c.state === 'ongoing' && !!f.date && FUTURE_CONTINUE_RE.test(c.evidence) && !FUTURE_CONTINUE_RE.test(f.evidence)) && !(!!f.date && ownVagueSchedule(c)) && sameEvent(c, f)) || (f.subordinate && !c.subordinate)));
    if (i >= 0) {
      if ((final[i].subordinate && !c.subordinate) || (final[i].timeClause && !c.timeClause)) final[i] = c;
      continue;
    }
    final.push(c);
  }
  // ("Cambodia's factions have signed a peace agreement in Paris" in the lead, "The accords were signed yesterday"
  // after it: on no known track, an undated claim told before a dated one of that state is the same event, as one told
  // after it is above)
  // (a settlement step stays apart from the talks' own schedule, on any track)
  const undatedRepeat = (c: (typeof final)[number]) => c.track === 'unspecified' && !c.date && !ownVagueSchedule(c) && final.some((o) => o !== c && o.track === c.track && o.state === c.state && o.step === c.step && !!o.date && sameEvent(c, o));
  return final.filter((c) => !undatedRepeat(c)).map(({ track, state, date, evidence }) => ({ track, state, date, evidence }));
}
