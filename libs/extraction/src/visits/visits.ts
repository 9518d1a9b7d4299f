/**
 * Visits: arrivals, visits, meetings, talks, departures, video conferences and
 * announced trips, with counterparts, companions and mode; one entry per distinct
 * visit (same envoy, place and mode, compatible dates) per article.
 */
import { datesOf, inQuote, placesOf, type Doc } from '../document';
import { GROUP_NOUN, bareOfficeHolder, resolvePronoun, resolveTitle, roleActive, type Mention } from '../actors/mentions';
import { countryOf, findPlaces, placeWithinStateOn, type PlaceMention } from '../places/gazetteer';
import type { Visit, VisitMode } from '../types';
import { bareAttendees, meetingAttendees } from './attendance';
import { CAPITAL_BY_CC, PERSON_BY_NAME } from '../knowledge';
import { DENIED_BEFORE, MONTH_NAME, foldKey, whoClauseSpans } from '../util/text';
import { HANSARD_LABEL, NAME_LABEL, NAME_OFFICE_LABEL, TRANSCRIPT_LABEL, paragraphLabel, transcriptSpeaker } from '../statements/statements';

interface Trigger {
  start: number; // within sentence
  end: number;
  mode: VisitMode;
  noun: boolean; // "visit to", "trip to": may take a possessive subject
}

const VIRTUAL_RE =
  /\b(?:(?:took part|taking part|participated|participating|joined|attended)\s+[^.;]{0,60}?\b(?:via|by)\s+video(?:\s*(?:link|conference|call))?|(?:virtual|video|online|(?:tele)?phone)\s+(?:conference|meeting|talks|call|summit|session|consultations?|conversation)|video[- ]?(?:conference|call|link)|videoconference|via video|by video|(?:tele)?phoned|(?:spoke|spoken|talked|discussed|briefed)(?=\s(?:[^.;]|(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Amb|Col|Lt|Maj|Capt|Rev|St|\p{Lu}))\.){0,60}?\b(?:by|over|on)\s+(?:the\s+)?(?:(?:radio|satellite|mobile|cell|secure)[- ])?(?:tele)?phone\b)|on\s+the\s+(?:tele)?phone\s+(?:to|with)(?=\s+(?:[\p{Lu}]|the\s+[\p{Lu}])))\b/giu;
const PLANNED_RE =
  /\b(?:(?:will|would|shall|is set to|are set to|is scheduled to|are scheduled to|is expected to|are expected to|is due to|are due to|plans? to|planning to|intends? to|is slated to|is poised to|is to|are to|was to|were to|was due to|was expected to|(?:is|are|was|were)\s+(?:also|now|still|then|currently|both|all)\s+(?:expected|scheduled|due|set|slated|poised)\s+to)\s+(?:(?:also|then|soon|later|next|first|now|personally|probably|likely|possibly|perhaps)\s+)?(?:visit|travel|arrive|fly|proceed|meet|hold|head|go|tour|return|come back|be back in|continue talks|continue|consult|speak|attend|stop|be in|brief|address|make (?:a|an) (?:[\w-]+ )?(?:trip|visit)|pay (?:a|an) (?:[\w-]+ )?visit|host|join|lead|chair|co-chair)|\bwhen\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:visits|travels to|arrives in)|(?:upcoming|planned|forthcoming|scheduled|expected|proposed|anticipated|next)\s+(?:visit|trip|tour|stop)|(?:will|would)\s+(?:also\s+|then\s+|later\s+)?take\s+(?:him|her|them)\s+to|(?:leaves|is leaving|are leaving|will leave|departs|will depart)\s+for|(?:is|are)\s+(?:also\s+|now\s+|still\s+)?(?:expected|due)\s+(?:back\s+)?in|heads?\s+to|heading\s+to|will\s+be\s+in|accept(?:ed|s)?\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?invitation\s+to\s+(?:visit|travel\s+to|come\s+to|attend))\b/gi;
/**
 * What may stand between a journey's verb and "to" before its destination: its day ("travelled on Tuesday to Moscow",
 * "flew yesterday to Doha", "flew on January 4 to Bouaké", "continued on 4 May to Goma") or its origin ("flew from Tel
 * Aviv to Abu Dhabi"; the origin is no stay).
 */
const JOURNEY_TO = String.raw`(?:(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|${MONTH_NAME}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH_NAME}(?:\s+\d{4})?)(?:\s+(?:morning|afternoon|evening|night))?\s+)?(?:from\s+(?:[\w'’.-]+\s+){1,3}?)?(?:on )?to`;
/**
 * A stay or a journey told as done (what may stand before a journey's destination: JOURNEY_TO). "flew back to X" only in
 * a who-clause ("X, who flew back to Geneva on Sunday for the closing session, said"): the subject's return to where the
 * story is told; in a main clause it is often a return home, to a place the knowledge may not tie to the person.
 */
const IN_PERSON_RE = new RegExp(
  String.raw`\b(?:arrived|arrives|arriving|landed|lands|reached|visited|visiting|visits|paid (?:a|an)(?: \w+)? visit|(?:was|is|were|are|has been|have been|had been) (?:currently |already |still |now |also )?in(?! (?:place|power|office|charge|force|effect)\b)|(?:has|have|had) (?:already |also |previously |recently |twice |once )?been to(?= (?:the )?[A-Z])|held (?:(?:the|an?) )?(?:[\w-]+ )?(?:talks|meetings?|discussions|consultations|negotiations|dinner|lunch|luncheon|breakfast)|(?:dined|lunched|breakfasted|(?:dinner|lunch|luncheon|breakfast)(?<!\b(?:the|after|before|at|for\s+an?)\s+(?:\w+\s+)?\w+)) with|held (?:their|his|her|its) \w+ (?:talks|meetings?|round)|(?:has|have|had) (?:led|headed) (?:(?:the|a|an|his|her|their|its) )?(?:[\w'’-]+ ){0,3}?(?:delegations?|negotiating team)(?= (?:in|at) )|held (?:the|a|an) (?:[\w-]+ ){0,3}rounds? of|flew (?:back )?in(?:to)?|flown (?:back )?in|drove (?:back )?in(?:to)?(?= )|holds (?:\w+ )?(?:talks|meetings?)|holding (?:\w+ )?talks|met|meets|meeting with|meeting(?<=\b(?:after|before|while|since)\s+meeting|,\s+meeting)(?= (?:[\w.’'-]+ ){0,6}?in [A-Z])|sat down with|sits down with|conferred with|consulted(?: with)?(?![^.;]{0,80}?\b(?:by|over|on|via)\s+(?:the\s+)?(?:tele)?phone\b)|(?:sat|sits) down(?= in [A-Z][^.;]{0,40}? with\b)|talks with|talked with|called on|discussions with|consultations with|travell?ed ${JOURNEY_TO}|returned to|(?<!\b(?:to|will|would|shall|should|could|may|might|must|can|cannot|not|and|or|do|does|did)\s)(?:fl(?:y|ies)|travels?|returns)(?<!\b(?:to|will|would|shall|should|could|may|might|must|can|and|or)\s+(?:then|also|later|first|next|again|soon|briefly)\s+(?:fl(?:y|ies)|travels?|returns))\s+to|cross(?:ed|es|ing) (?:over )?to|cross(?:ed|es|ing) (?:over )?into(?= (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? to [a-z])|touch(?:ed|es|ing) down|spen[dt]s? (?:[\w-]+ ){1,3}(?:days?|nights?|weeks?|hours?) in|spen[dt]s? (?:[\w-]+ ){1,3}(?:days?|nights?|weeks?|weekends?|evenings?|mornings?|afternoons?|hours?) with(?= (?:the )?(?:[\w.'’-]+ ){0,3}?(?:President|Prime Minister|King|Emir|Crown Prince|Chancellor|Minister|Secretary|counterpart|host)\b)|(?:told|said|briefed) (?:[\w-]+ ){0,3}?(?:after|following) (?:the|a|their) (?:[\w-]+ ){0,3}?(?:round of )?(?:talks|negotiations|meeting|consultations|session)(?= (?:in|at) )|flew ${JOURNEY_TO}|went ${JOURNEY_TO}|(?<=\bwho\s+(?:had\s+)?)(?:flew|travell?ed|went) back ${JOURNEY_TO}|continued ${JOURNEY_TO}(?=\s+(?:the\s+)?[A-Z])|(?:came|(?:has|have(?<!\b(?:would|could|should|might|may|must|will|to)\s+have)|had)\s+(?:already\s+|also\s+|just\s+)?(?:come|gone)) ${JOURNEY_TO}(?=\s+(?:the\s+)?[A-Z])(?!\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\b)|(?<!\b(?:is|are)\s)headed (?:back )?${JOURNEY_TO}|drove (?:on )?to|(?:was|were) (?:then )?(?:driven|flown|escorted|whisked|ferried|helicoptered) (?:on )?to|(?:left|departed)\s+for|(?:travell?ing|flying|heading|going|moving|continuing)(?<=\b(?:before|after|then|since)\s+\w+)\s+(?:on\s+)?to|shuttl(?:ed|es|ing) between|(?:has|have|had) taken (?:him|her|them) to|took (?:him|her|them) to|(?:brought|took)(?= (?:the |a )?(?:[\w.’'-]+ ){0,6}?[A-Z][\w’'-]+ to [A-Z])|toured|touring|hosted|(?<!\b(?:the|its|their|our|as|co-)\s?)hosts|received|receives|(?:was|were|is|are) welcomed(?= by\b)|attended|attending|(?:presented|handed|delivered)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,3}?(?:plan|proposal|proposals|letter|message|invitation|draft|framework|roadmap|initiative)\s+to(?=\s+(?:[A-Z]|the\s+[a-z]*\s*[A-Z]))|(?:briefed|addressed)\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+|United Nations\s+)?(?:Security Council|General Assembly)(?=[^.;]{0,60}?\s(?:in|at)\s+[A-Z])|joined(?=[^.;]{0,160}?\s(?:in|at)\s+(?:the\s+)?[A-Z])|(?:joined|(?<!\b(?:to|will|would|shall|should|could|may|might|must|can|cannot|not|and|or|do|does|did)\s)joins?)(?=\s+the\s+(?:[a-z][\w-]*\s+)?(?:meeting|talks|summit|conference|negotiations|session)\b)|(?:co-)?chaired\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|session|conference|summit|round|negotiations|consultations)(?=[^.;]{0,60}?\s(?:in|at)\s+(?:the\s+)?[A-Z][^.;]{0,40}?\b(?:on\s+(?:[A-Z]|\d)|yesterday|today))|took part in|taking part in|participated in|presided over|(?:a|his|her|their|the) (?:\w+ )?(?:visit|trip) to|visit to|trip to|tour of|stop in|stopover in|(?:visit|trip|tour) by(?= (?:the |a |an )?(?:[\w\u00C0-\u024F.’'-]+ ){1,7}?(?:to|of) [A-Z])|stopped (?:off |over )?in|made a stop(?:over)? in|in a meeting with|(?:began|opened|started|launched|resumed|concluded|wrapped up)\s+(?:[\w-]+\s+){0,4}?(?:talks|negotiations|consultations|discussions)|(?:concluded|wrapped up)\s+(?:[\w-]+\s+){0,4}?(?:meeting|round|session)|(?:signed|initial(?:l)?ed)(?=\s+(?:in|at)\s+(?:the\s+)?[A-Z][^.;,]{0,40}?\s(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|declaration|treaty|memorandum)\b)|(?:signed|initial(?:l)?ed)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|declaration|treaty|memorandum)(?:\s+of\s+[\w-]+)?(?:(?:\s+(?:on|of|for)\s+(?:[\w-]+\s+){0,8}?[\w-]+)?(?:\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)|\s+(?:yesterday|today)))?(?=\s+(?:in|at)\s)|(?<!\b(?:to|will|would|shall|should|could|may|might|must|can|cannot|not|and|or|a|the|another|no|any)\s)(?<!\b(?:until|unless|if|before|when|once|whether|after)\s+(?:[\w.'’-]+\s+){1,3})signs?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|declaration|treaty|memorandum|document)(?:\s+of\s+[\w-]+)?(?:(?:\s+(?:on|of|for)\s+(?:[\w-]+\s+){0,8}?[\w-]+)?(?:\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)|\s+(?:yesterday|today)))?(?=\s+(?:in|at|with)\s)|(?<!\b(?:to|will|would|shall|should|could|may|might|must|can|cannot|not|and|or)\s)signs?\s+the\s+minutes\s+of\s+(?:the\s+)?(?:[\w()-]+\s+){0,8}?(?:meeting|session|talks|round)(?=\s+(?:in|at)\s)|signed\s+the\s+minutes\s+of\s+(?:the\s+)?(?:[\w()-]+\s+){0,8}?(?:meeting|session|talks|round)(?=\s+(?:in|at)\s)|(?<!\b(?:to|will|would|shall|should|could|may|might|must|can|cannot|not|never|had|has|have|was|were|is|are|be|been|being)\s)signed(?:\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|deal|accords?|declaration|treaty|memorandum|documents?|text|copy)(?:\s+of\s+[A-Z][\w-]*)?)?(?=\s+(?:(?:first|last|too|as\s+(?:a\s+)?witness(?:es)?|as\s+(?:[\w.'’-]+\s+){1,5}?(?:looked|watched|stood)\s+on|in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:ceremony|hall|room))\b|with\s)|\s*[.;]))\b`,
  'gi',
);

/** Before the place of a meeting announced: "is due to meet in", "will be held in", "is set to take place in". */
const MEETING_PLACE_BEFORE = /\b(?:meet|convene|be held|take place|open|resume)\s+(?:again\s+)?in\s+(?:the\s+)?$/i;

const ELIGIBLE = new Set(['envoy', 'minister', 'military', 'head_of_state', 'head_of_government', 'diplomat', 'negotiator', 'official', 'leader']);
/** The kinds of a state's own government: its ministers and heads sit in its capital. */
const GOVERNMENT_KINDS = new Set(['minister', 'head_of_state', 'head_of_government']);
/** Heads of state or government and leaders of parties or movements: those who lead a side rather than accompany one. */
const PRINCIPAL_KINDS = new Set(['head_of_state', 'head_of_government', 'leader']);
/** Whether a person is known or read as a minister. */
const isMinister = (p: { kinds: Set<string> } | undefined): boolean => !!p && p.kinds.has('minister');
const isPrincipal = (p: { kinds: Set<string> } | undefined): boolean => !!p && [...p.kinds].some((k) => PRINCIPAL_KINDS.has(k));
/** Whether one of a person's kinds (from the roles known or read) is one of ELIGIBLE. */
const eligible = (kinds: Iterable<string> | undefined): boolean => [...(kinds ?? [])].some((k) => ELIGIBLE.has(k));
const CLAUSE_BREAK =
  /\b(?:to discuss|to review|where|which|who|whom|that|said|says|after|before|following|because|while|as part of|aimed|seeking|to seek|amid|according|ahead of|during which|stressed|urged|told|and discussed|and shared|to kick|in efforts|to push|to talk|to press|to build|to help|to end|to brief|to hear|about (?:the|a|an|his|her|their|its)|for talks on|over the|on the sidelines(?! of the [A-Z][\w-]+ (?:Diplomacy |Security |Peace |Economic )?(?:Forum|Conference|Summit|Dialogue))(?! of (?:the |a |an )?(?:[\w.’'-]+ ){0,5}?(?:Assembly|[Ss]ummit|[Cc]onference|[Mm]eeting|[Ss]ession|[Ff]orum|talks) in [A-Z])|and (?:has|have|had|will|is|was|also)|has held calls|held (?:phone )?calls)\b|[;:“”"]/i;
/** ", the guarantors of the deal signed in Khartoum on 5 August, attended": a deal's place and day written inside an
 *  apposition (a reduced relative after the deal's noun) tell where and when that deal was made, not where anyone of
 *  the clause is. Sentence-relative spans, through the apposition's closing comma. */
const EARLIER_DEAL = /,\s+(?:the|its|their|a|an)\s+[^,;.]{0,60}?\b(?:deal|agreement|accord|ceasefire|truce|declaration|treaty|pact)\s+(?:signed|agreed|reached|concluded|initial(?:l)?ed|brokered|sealed)\s+(?:in|at)\s+[^,;.]{1,60},/gi;
function earlierDealSpans(text: string): Array<[number, number]> {
  return /\b(?:signed|agreed|reached|concluded|initial(?:l)?ed|brokered|sealed)\s+(?:in|at)\b/i.test(text) ? [...text.matchAll(EARLIER_DEAL)].map((r) => [r.index ?? 0, (r.index ?? 0) + r[0].length]) : [];
}
/** Right before a name: a word that makes it an object ("with chief negotiator B", "met Foreign Minister B"). */
const OBJECT_BEFORE = /\b(?:with|met|meets)\s+(?:(?:his|her|their|the)\s+)?(?:[\w.'’-]+\s+){0,4}$/i;
/** After a name: the body or time it names ("the Trump administration", "the Maduro government", "the Putin era"). */
const NAME_AS_MODIFIER_AFTER = /^\s+(?:administration|government|regime|era|campaign|presidency)(?:['’]s)?\b/i;
/** A negation right before a trigger: "never went to", "has not visited", "did not travel to". */
// ("A and B, neither of whom was in Geneva": a relative clause denying the stay of all it stands for)
export const NEGATED_BEFORE = /\b(?:never|did not|didn['’]t|has not|have not|had not|hasn['’]t|haven['’]t|hadn['’]t|(?:neither|none)\s+of\s+(?:whom|them))\s+(?:yet\s+|again\s+|once\s+)?$/i;
/** Triggers that move the envoy to another place: a place after one belongs to it, not to the trigger before. */
const MOVE_RE = /^(?:drove|continued|(?:was|were) (?:then )?(?:driven|flown|escorted|whisked|ferried|helicoptered)|arrived|arrives|arriving|landed|lands|touch(?:ed|es|ing) down|reached|visited|visiting|visits|flew|flown|travell?ed|(?:fl(?:y|ies)|travels?|returns|returned)\s+to|cross(?:ed|es|ing)|went|shuttl|(?:has|have|had) taken|took (?:him|her|them)|toured|touring|heads?|heading|(?:a|his|her|their|the) (?:\w+ )?(?:visit|trip)|visit to|trip to|tour of|stop)/i;
/** a journey verb: "travelled to Cúcuta", "flew to Damascus" is a trip even inside the traveller's own country */
/** The end of a planned trigger that announces going back ("is expected to return", "will be back in"). */
const RETURN_PLAN = /\b(?:return|come back|be back in)$/i;
/** Between a place and a trigger: ", when <subject> " after the place and maybe its day ("in Moscow on October 9, when X received"). */
const WHEN_AFTER_PLACE = /^(?:,\s+[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2}(?=\s*,))?(?:\s+(?:on|in)\s+[^,;.]{1,30})?\s*,\s*(?:when|where)\s+[^,;.]{1,120}?\s$/u;
/** "visited Kinshasa ..., where he held talks with X, and Kigali on 2 July, where he met Y": the journey's next stop,
 *  named after the where-clause of the one before (the text before the second place). */
const NEXT_STOP_AFTER_WHERE = /\b(?:visited|travell?ed\s+to|went\s+to|flew\s+to)\s+[^;]{1,60}?,\s*where\s+[^;]{1,120}?,\s*and\s+(?:then\s+)?(?:on\s+)?(?:to\s+)?$/i;
/** Right before a place: going back there ("returned to", "flew back to", "back home in"). */
const RETURN_BEFORE_PLACE = /\b(?:return(?:ed|ing|s)?|back|home)\s+(?:home\s+)?(?:to|in)\s+$/i;
/**
 * A sentence telling a claim the outlet withdrew, or reports someone denied ("Reports that X would stop over in Addis
 * Ababa ... were denied by ..."): it places nobody.
 */
const WITHDRAWN_CLAIM =
  /^\W*(?:Correction\s*:|An? (?:earlier|previous) version of this (?:report|article|story|post)\s+(?:said|stated|reported|wrongly|incorrectly)|(?:Media |Press |Earlier )?(?:reports|claims|rumou?rs)\s+that\b[^.;]{0,200}?\b(?:were|have been|had been)\s+(?:denied|dismissed|rejected)\b)|\bwe (?:had )?(?:earlier|wrongly|incorrectly|erroneously) reported\b/i;
/** Right before a place: where someone came from ("arrived from Caracas", "flew in from Entebbe"). */
const ORIGIN_BEFORE_PLACE = /\bfrom\s+(?:the\s+)?$/i;
/** Right before a place no trip goes to: the place left, or one passed through ("flew in from Caracas via Madrid"). */
const ORIGIN_OR_TRANSIT_BEFORE = /\b(?:from|via)\s+(?:the\s+)?$/i;
/** Going somewhere (not "visited", which a guest does to a host): "flew to", "travelled to", "went to". */
const JOURNEY_RE = /^(?:travell?ed|flew|flown|went)\b/i;
const HOME_TRIP_RE = /^(?:travell?ed|flew|flown|went|arrived|landed|touch(?:ed|es|ing) down|visited)\b/i;
/** "was welcomed by X at the airport in Mekelle": met on arrival, so a trip even inside the traveller's own country */
const AIRPORT_RE = /\bairport\b/i;
/** "at Alula Aba Nega airport": a place word inside an airport's name is not where the visit is (the city follows) */
const AIRPORT_NAME_AFTER = /^(?:\s+(?!International\b|Airport\b)[\p{Lu}][\p{L}'’-]*)+\s+(?:International\s+)?[Aa]irport\b/u;
/** "appointed by Prime Minister", "sent by President": the person after it is the agent of a passive */
const AGENT_BEFORE = /\b(?:appointed|named|nominated|sent|dispatched|chosen|picked|replaced|succeeded|tasked|mandated|commissioned)\s+by\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,4}$/i;
/** "..., officials in Kinshasa said": where the sources sit, not where the visit is (when a speech verb follows) */
const SOURCE_IN_BEFORE = /\b(?:officials?|sources?|diplomats?|analysts?|observers?|residents?|journalists?|correspondents?|spokes(?:man|woman|person))\s+(?:based\s+)?in\s+(?:the\s+)?$/i;
const OF_BODY_BEFORE = /\b(?:government|administration|regime|forces|supporters|allies|representatives|party|camp|movement|opponents) of (?:the\s+)?(?:late\s+|former\s+|President\s+)?$/i;
/** The subjects are the co-leaders of one delegation: "a delegation led by A and B". */
const CO_LEADERS_BEFORE = /\b(?:led|headed|co-led|co-chaired)\s+by\s+(?:[\w.’'-]+\s+){0,4}$/i;
/** A list of a group's members begins here: "which included", "including", "made up of". */
/** "The opposition team of A, B and C flew in": a team named by its members, each of whom travels in their own right */
const TEAM_OF_BEFORE = /\b(?:team|delegation)\s+of\s+$/i;
const MEMBER_LIST_BEFORE = /\b(?:includ(?:ed|es|ing)|comprising|comprised|composed of|made up of)\s+(?:[\w.’'-]+\s+){0,6}$/i;
/** "brother of its leader", "the son of former President", "widow of": the person named next is a relative, not a participant. */
const KIN_OF_BEFORE = /\b(?:brother|sister|son|daughter|wife|husband|father|mother|nephew|niece|cousin|widow|widower|brother-in-law|son-in-law|half-brother)\s+of\s+(?:(?:the|its|his|her|their|late|former|group['’]s|[\p{Lu}][\p{L}-]*['’]s)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:[\p{Lu}][\p{L}.-]*\s+){0,2}$/u;
const MEDIATED_BY = /^[^.;]{0,100}?\b(?:mediated|brokered|facilitated|(?<chair>chaired|co-chaired|convened|moderated|hosted))\s+by\s+/i;
/** A date right after a speech verb ("said on Tuesday that ...") dates the saying. */
/** Before a trigger: a reported clause whose subject is troops, a force or a process ("said troops would be in"). */
const REPORTED_BODY_SUBJECT =
  /\b(?:said|says|announced|added|warned|stated|promised|vowed|told\s+(?:\w+\s+){0,2}?)\s+(?:that\s+)?(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[a-z][\w-]*\s+){0,2}(?:troops|forces|soldiers|police|policemen|army|military|rebels|fighters|guerrillas|units|reinforcements|monitors|observers|peacekeepers)\s+$/;
const SPEECH_DATE_BEFORE = /\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|added|stated|confirmed|reported|wrote)\s*$/i;
/** "met the Ukrainian delegation headed by X": the person named at `at` in `text` heads the delegation just named. */
const headsDelegationAt = (text: string, at: number): boolean => /\bdelegation,?\s+(?:headed|led)\s+by\s+(?:[^,;"“”]{0,60}?\s)?$/i.test(text.slice(Math.max(0, at - 110), at));
/** "X, the senior adviser to President Y": Y names whom the subject serves, inside an apposition */
const ADVISER_TO_BEFORE = /,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:adviser|advisor|aide|counsel(?:l)?or|assistant)\s+to\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u;
/**
 * "In a phone call on Thursday, ...", "During a video conference, ...": a remote meeting fronted before its subjects
 * (maybe after the lead's dateline: "WASHINGTON (AP) — In a phone call ...").
 */
const FRONTED_CALL = /(?:^|\s[—–-])\s*(?:In|During|Over)\s+(?:a|an|their|the)\s+$/;
/**
 * "A discussed the dam talks with his Sudanese counterpart B in a phone call": the one called is named after "with",
 * before the remote meeting's noun, and is no subject of it.
 */
const CALLED_WITH_BEFORE = /\bwith\s+(?:(?:his|her|their|the)\s+)?(?:[\w.’'-]+\s+){0,4}$/i;
const CALL_NOUN_AFTER = /^[^,;:"“”]{0,30}?\b(?:in|during|over|via|by)\s+(?:a|an|the|their|his|her)\s+$/i;
/** "arrived in Bangui as the envoy of President X", "on behalf of President X": the sender, who stays at home, is not met. */
const SENDER_BEFORE = /\b(?:[Ee]nvoy|[Ee]missary|[Rr]epresentative|[Mm]essenger)\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$|\bon\s+behalf\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u;
/** "accompanied by Foreign Minister A, Defense Minister B and intelligence chief C": each name of the list travels along. */
const COMPANION_LIST_BEFORE =
  /(?:[Aa]long with|[Tt]ogether with|accompanied by|joined by|flanked by)\s+[^,;]{0,60}(?:,\s*(?:(?:[\p{Lu}][\p{L}.'’-]*|and|his|her|their|the|of|foreign|defen[cs]e|intelligence|interior|finance|security|deputy|chief|minister|adviser|advisor|envoy|head|spokesman|negotiator|general)\s+)*){1,5}$/u;
// ("A, who travelled with Foreign Minister B, met C": B came along, whatever the clause's own verb)
// ("accompanied by the Minister of Foreign Affairs, B": the title, then the name in apposition)
const COMPANION_BEFORE = /(?:along with|together with|accompanied by|joined by|flanked by|alongside|\bwho\s+(?:had\s+)?(?:travell?ed|flew|came)\s+(?:in\s+)?with)\s+(?:[^,;]{0,60}|(?:the|his|her|their)\s+[^,;]{3,80},\s*)?$/i;
/**
 * "X flew in from Lima on Sunday with his foreign minister, Y", "arrived in Oslo with Foreign Minister Y and aide Z": a
 * journey's verb (not a meeting's) whose own clause goes on with "with" and a title takes Y along; no comma and nothing of a
 * meeting ("for talks with", "to meet with", ", signed with") may stand between the verb and "with".
 */
const JOURNEY_VERB = /^(?:arrived|arrives|arriving|landed|lands|flew|flown|drove|touch(?:ed|es|ing) down|travell?ed|travels|went|came|crossed)\b/i;
const TRAVELLED_WITH = /^(?<lead>[^,;:"“”]{0,100}?)\bwith\s+(?<mid>[^;:"“”]{0,90})$/i;
const NO_TRAVEL_LEAD = /\b(?:talks?|meet|meets|met|meeting|discuss\w*|consult\w*|negotiat\w*|for|dinner|lunch|luncheon|breakfast|contacts?|agreements?|deal|accord|and|but|while|who|which|where|whom|message|letter|proposals?|plan|invitation|hopes?|aim|goal|view|mandate|order|instructions?|intention)\b/i;
const NO_TRAVEL_MID = /\b(?:met|meet|meets|meetings?|held|holds|talks|discuss\w*|consult\w*|negotiat(?!ors?\b)\w*|dinner|lunch|luncheon|breakfast|to|into|who|whom|which|where|when|before|after|then|said|says|told|was|were|is|are|had|has|have|whose|went|go|goes|going|arrived|flew|signed|spent|stayed|joined|received|hosted|called)\b/i;
function travelledWith(text: string, t: { start: number; end: number }, r: number): boolean {
  if (!JOURNEY_VERB.test(text.slice(t.start, t.end))) return false;
  const w = TRAVELLED_WITH.exec(text.slice(t.end, r));
  return !!w && !NO_TRAVEL_LEAD.test(w.groups!.lead) && !NO_TRAVEL_MID.test(w.groups!.mid);
}

/** "X's next stop will be Cairo", "next stop, a spokesperson said, is Cairo": the copula naming a stop (with its end). */
const STOP_COPULA = /^(?:\s*,[^,;]{1,80},)?\s+(?:(?:will|would|is|was)\s+(?:(?:then|also|now)\s+)?be|is)\s+/i;
const STOP_COPULA_END = new RegExp(`${STOP_COPULA.source}$`, 'i');
/** "via a refuelling stop in Guam": a place the plane touched on the way, where nobody was met. */
const TRANSIT_STOP_BEFORE = /\b(?:refuell?ing|technical|fuel)\s+stop(?:over)?\s+(?:in|at)\s+$/i;
/** "discussed the war in Sudan", "briefed him on the situation in Gaza": a place a topic names is no meeting's place. */
const TOPIC_IN_BEFORE = /\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:war|conflict|crisis|fighting|violence|situation|hostilities|escalation|tensions)\s+in\s+(?:the\s+)?$/i;
/**
 * What opens a sentence before the place it sets: "In", "At", "During a stop in", "On a two-day visit to", "On the
 * sidelines of the UN General Assembly in", "At the BRICS summit in".
 */
const FRONTED_PLACE_BEFORE = /^\s*(?:(?:During|On|While on|After)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:stop|stopover|visit|trip|tour|leg)\s+(?:in|to|at)|(?:On|At)\s+the\s+(?:margins|sidelines)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w.’'-]+\s+){0,6}?(?:in|at)|(?:At|During)\s+(?:a|an|the)\s+(?:[\w.’'-]+\s+){0,5}?(?:summit|conference|forum|meeting|session|ceremony)\s+in|In|At)\s+$/;
/**
 * Times that fix no day ("in February", "last month", "in 2023", "two weeks ago"): a clause holding one is dated,
 * though not to a day, so it takes no day from the sentences around it ("Pedersen last visited the Syrian capital
 * in February" after a lead dated Tuesday is not Tuesday's visit). Not "since 2021": a span, often a background
 * clause ("the diplomat who has mediated the process since 2021").
 */
const VAGUE_TIME = new RegExp(
  [
    `\\b(?:in|during)\\s+(?:early\\s+|late\\s+|mid-?\\s*)?${MONTH_NAME}\\b(?!\\s+\\d{1,2}\\b)`,
    `\\b(?:in|during)\\s+(?:early\\s+|late\\s+|mid-?\\s*)?(?:19|20)\\d{2}\\b`,
    `\\b(?:last|past|previous)\\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter)\\b`,
    `\\bearlier\\s+(?:this|that)\\s+(?:week|month|year)\\b`,
    `\\b(?:\\d+|a|one|two|three|four|five|six|several|a few)\\s+(?:days?|weeks?|months?|years?)\\s+(?:ago|earlier|before)\\b`,
    // "The visit came days after X held talks in Kyiv": an uncounted span before another event, not the scene's day
    `\\b(?<!\\b(?:\\d+|a|one|two|three|four|five|six|several|a few)\\s)(?:days|weeks|months)\\s+(?:after|before)\\b`,
  ].join('|'),
  'gi',
);
function vagueTimesOf(text: string): Array<{ start: number }> {
  return [...text.matchAll(VAGUE_TIME)].map((m) => ({ start: m.index }));
}

/** "travel to Cairo on Friday and to Doha on Saturday": the date written after a stop, before the next one. */
function stopDate(p: PlaceMention, stops: PlaceMention[], dates: Array<{ start: number; date: string | null }>): string | null {
  if (stops.length < 2) return null;
  const next = stops.find((q) => q.start > p.start);
  return dates.find((d) => d.date && d.start >= p.end && (!next || d.start < next.start))?.date ?? null;
}

/** A timeline entry's heading date and its dash or colon ("March 1, 2021 -", "3 March:"), at the start of a sentence. */
const TIMELINE_HEAD = String.raw`^\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*[-–—:]`;
/** After a timeline entry's heading date, capitalised names only and then "in" a capitalised place ("Merkel in Washington"). */
const TIMELINE_IN_RE = new RegExp(String.raw`(?<=${TIMELINE_HEAD}\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})in(?=\s+\p{Lu})`, 'gu');
/** The heading alone, tested first: TIMELINE_IN_RE's lookbehind is tried at every position of every sentence. */
const TIMELINE_HEAD_RE = new RegExp(String.raw`${TIMELINE_HEAD}\s`, 'u');
/**
 * "Bush welcomed Prime Minister Olmert of Israel and President Abbas to the Annapolis Conference": a host receiving
 * named guests at a place (case-sensitive, unlike the patterns above: "welcomed the decision to ..." is no welcome).
 */
const WELCOMED_TO_RE = /\bwelcomed(?= (?:[A-Z][\w’'.-]*,? |(?:of|the|and|for) ){1,14}to (?:the )?[A-Z])/g;
function triggersOf(text: string): Trigger[] {
  const out: Trigger[] = [];
  const add = (re: RegExp, mode: VisitMode) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (out.some((t) => t.start < m!.index + m![0].length && m!.index < t.end)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, mode, noun: /\b(?:visit|trip|tour|stop)\b/i.test(m[0]) && !/^visit(?:ed|ing|s)$/i.test(m[0].split(' ')[0] ?? '') });
    }
  };
  add(VIRTUAL_RE, 'virtual');
  add(PLANNED_RE, 'planned');
  add(IN_PERSON_RE, 'in_person');
  add(WELCOMED_TO_RE, 'in_person');
  // "March 1, 2021 - Khalilzad in Kabul, where he meets Ghani": a timeline entry without a verb
  if (TIMELINE_HEAD_RE.test(text)) add(TIMELINE_IN_RE, 'in_person');
  out.sort((a, b) => a.start - b.start);
  // "called on the group to lay down its arms": an appeal, not a courtesy call
  const appeal = (t: Trigger) => /^called on$/i.test(text.slice(t.start, t.end)) && /^\s+(?:[\w'’-]+\s+){1,6}?to\s+[a-z]+/.test(text.slice(t.end, t.end + 80));
  // "left for Kabul" is a trip; "before the delegation left for the border" names no place (the pattern's lookahead for
  // a capital letter is case-blind under its i flag, so the case is checked here)
  // ("who has led the government delegation in Mexico City since May": a stay; "led the delegation in talks with X" names
  // no place, so such a trigger stands only before a capitalised name)
  // ("have led their delegations at the talks since the round resumed in Geneva": the talks' place, written in the since-clause)
  const noPlaceAfter = (t: Trigger) =>
    (/^(?:left|departed)\s+for$/i.test(text.slice(t.start, t.end)) && !/^\s+\p{Lu}/u.test(text.slice(t.end, t.end + 3))) ||
    (/(?:delegations?|team)$/i.test(text.slice(t.start, t.end)) && /^(?:(?:has|have|had)\s+)?(?:led|headed)\b/i.test(text.slice(t.start, t.end)) && !/^\s+(?:in|at)\s+\p{Lu}/u.test(text.slice(t.end, t.end + 8)) && !LED_SINCE_IN.test(text.slice(t.end)));
  // ("A and B signed a declaration with C at the White House": a signing with its place is told by the pattern for
  // "signed ... in/at"; "signed with C" stands for a signing whose place the scene tells)
  // ("consulted the parties in Nouakchott", "Lusaka, where he had consulted X": a synonym of "met" only with a place after it or
  // a where-clause before it; "consulted his lawyers" is no meeting anywhere)
  const consultedNowhere = (t: Trigger) =>
    /^(?:consulted|conferred)\b/i.test(text.slice(t.start, t.end)) && !/^[^.;]{0,80}?\s(?:in|at)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(t.end)) && !/,\s*where\s+(?:he|she|they)\s+(?:(?:had|has|have)\s+)?(?:also\s+|first\s+)?$/i.test(text.slice(0, t.start));
  const signedWithPlace = (t: Trigger) => /^signed\b/i.test(text.slice(t.start, t.end)) && /^\s+with\s[^.;]{0,80}?\s(?:in|at)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(t.end));
  for (let i = out.length - 1; i >= 0; i--) if (appeal(out[i]) || noPlaceAfter(out[i]) || signedWithPlace(out[i]) || consultedNowhere(out[i])) out.splice(i, 1);
  // "travel to Amman for talks with X", "arrived ... to hold talks with X": the purpose of the
  // previous trigger, not a visit of its own (its people become that trigger's counterparts)
  return out.filter((t, i) => i === 0 || t.mode !== 'in_person' || !/\b(?:for|to hold|to)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(out[i - 1].end, t.start - 20), t.start)) || !/^(?:talks|meetings?|discussions|consultations|negotiations|held)/i.test(text.slice(t.start, t.end).replace(/^(?:held|holds|holding)\s+(?:\w+\s+)?/i, '')));
}

/** A visit being built: its evidence is written last, from the sentences it was found in. */
interface Draft extends Omit<Visit, 'evidence'> {
  sents: number[];
  placeless: boolean;
  /** the trigger's clause has no date expression at all (not even "last week") */
  undatedClause: boolean;
  /** "who attended the meeting": a meeting the article has placed already; "presided over the ceremony": a signing */
  attend?: 'meeting' | 'ceremony';
  /** "who attended the Gali meeting": a named meeting the gazetteer cannot place (no scene places it) */
  elsewhere?: boolean;
  /** ", where he met X" right after a stay told in the same sentence: the same time and place as that stay */
  whereOf?: boolean;
  /** "flew in from Abuja, where he had met X": a past stay in the place left, not where an arrival of its sentence ends */
  leftPlace?: boolean;
  /** a placeless meeting told by "met" / "held talks with": those met are face to face with the subject */
  metVerb?: boolean;
  /** "A arrived with B" (B of another state): B's visit is A's, dated as A's is in the end */
  alongOf?: string;
  /** a signatory of "was signed in X by A and B": the signing's place and day, not those of the talks before it */
  signing?: boolean;
  /** "held talks with Turkish President X in Prague": X's stay is known only from being met there */
  metThere?: boolean;
  /** "X, who has led the delegation in Doha since May": a head's stay through the talks, not dated by the lead's day nor
   *  by another stay of the same trip */
  ledRound?: boolean;
}

/**
 * "X, who had visited Doha and Riyadh last month, attended the signing ceremony": a stay dated only vaguely is another
 * time than an undated meeting written in the same sentence, which the scene places instead.
 */
function anotherTime(located: Draft, placeless: Draft): boolean {
  if (placeless.whereOf && located.sents[0] === placeless.sents[0]) return false;
  return !located.date && !located.undatedClause && placeless.undatedClause && located.sents[0] === placeless.sents[0];
}

/** Spans of the non-restrictive which-clauses after `from` (", which expired on Saturday,"), through their comma or the end. */
function whichClauseSpans(text: string, from: number): Array<[number, number]> {
  return text.includes('which') ? [...text.slice(from).matchAll(/,\s*which\s[^,;]*(?:,|$)/g)].map((r) => [from + (r.index ?? 0), from + (r.index ?? 0) + r[0].length]) : [];
}

/** The verbs of a face-to-face meeting ("met X", "held talks with X"), as a trigger's whole text. */
const MET_VERB = /^(?:met|meets|meeting with|held (?:\w+ )?talks|talks with|sat down with)$/i;
/** The end of a stay's clause opening a where-clause about it: "... in May 2024, where he (had) met" */
const WHERE_AFTER_STAY = /,\s*where\s+(?:he|she|they|[A-Z][\w’'-]+)\s+(?:(?:had|has|have)\s+)?(?:also\s+|first\s+)?$/;
/** "from Cairo, where he had met X": the trigger right after it happened in the place just named */
const WHERE_FROM = /^\s*,\s*where\s+(?:he|she|they|the\s+[\w-]+|[A-Z][\w’'-]+)\s+(?:(?:had|has|have)\s+)?(?:also\s+|earlier\s+|previously\s+|first\s+|already\s+)?$/;
/** A comma, then an organisation's or state's title with no name, right before the trigger: the clause's own subject. */
const TITLE_SUBJECT_AFTER_COMMA = /,\s+((?:the\s+)?(?:UN|U\.N\.|EU|AU|US|U\.S\.|[\p{Lu}][\p{Ll}]+(?:an|ian|ese|i|ish))\s+(?:special\s+|peace\s+)?(?:envoy|mediator|representative))\s+$/u;
/** "shuttling between the two delegations": between sides of talks, not between places */
/** ", and the Secretary " right before a trigger: a coordinate clause whose subject is a bare capitalised title */
const CLAUSE_TITLE_SUBJECT = /(?:,\s*(?:and|but|while|whereas)|;)\s+(the\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,2}(?:Secretary(?:-General)?|Envoy|Special\s+Envoy|Minister|President|Mediator))\s+(?:(?:also|then|later|had|has|was|have)\s+)?$/u;
const SHUTTLE_SIDES = /^\s+(?:the\s+)?(?:two\s+|three\s+|rival\s+|warring\s+|opposing\s+|negotiating\s+)*(?:delegations|sides|parties|teams|negotiators|camps|rooms)\b/i;
const WHERE_RECEIVED = /^[^,;]{0,60},\s*where\s+(?:he|she|they|the\s+\w+)\s+(?:was|were)\s+(?:also\s+)?$/i;
const CLAUSE_SEP = /;|,\s*(?:but|while|whereas|although|though|and)\b|\s(?:but|and then|before|after)\s/i;

/**
 * The date mentions that belong to trigger `ti`: those after it up to the next trigger
 * (or up to a clause break that precedes the next trigger's clause), and, for the first
 * trigger, those fronted before it ("On Thursday, X met Y").
 */
function datesOfTrigger<D extends { start: number }>(text: string, trigs: Trigger[], ti: number, dates: D[]): D[] {
  const owner = (d: D): number => {
    // "a day after meeting X in Benghazi": the relative day goes with the participle right after it
    const de = (d as { end?: number }).end;
    if (de !== undefined && /^a day after$/i.test(text.slice(d.start, de))) {
      const nx = trigs.findIndex((t) => t.start >= de && t.start - de <= 2);
      if (nx >= 0) return nx;
    }
    // index of the trigger owning date d
    let k = -1;
    for (let i = 0; i < trigs.length; i++) if (trigs[i].start <= d.start) k = i;
    // "Talks will begin on April 23, and the heads ... will meet on April 26", "X returns home tonight, and Foreign
    // Minister Y will proceed to Z": a date in an earlier coordinate clause with another subject is not the trigger's
    if (k < 0) return de !== undefined && /^[^;]*?,\s*and\s+(?:the\s+(?:[\w-]+\s+){0,6}?|(?=[A-Z])(?:[\w.’'-]+\s+){1,6}?)$/.test(text.slice(de, trigs[0]?.start ?? de)) ? -1 : 0;
    const nxt = trigs[k + 1];
    if (nxt && CLAUSE_SEP.test(text.slice(trigs[k].end, d.start))) return k + 1;
    // "travelling to Kigali, where he was received by X the next day": the relative clause dates the trip to that place
    if (k > 0 && WHERE_RECEIVED.test(text.slice(trigs[k - 1].end, trigs[k].start))) return k - 1;
    return k;
  };
  return dates.filter((d) => owner(d) === ti);
}

export function extractVisits(doc: Doc): Visit[] {
  const drafts: Draft[] = [];
  const { actors } = doc;
  let lastSpeaker: { name: string; sent: number } | null = null;
  const groups = namedGroups(doc);

  for (const sent of doc.sentences) {
    if (sent.kind !== 'body') continue;
    const text = sent.text;
    // "Correction: An earlier version of this report said that X had visited Ramallah": the claim withdrawn
    if (WITHDRAWN_CLAIM.test(text)) continue;
    // "He never went to Niamey", "has not visited Kabul": a negated trigger reports no visit
    const trigs = triggersOf(text).filter((t) => !inQuote(doc, sent.start + t.start) && !NEGATED_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) && !DENIED_BEFORE.test(text.slice(0, t.start)));
    // "X, the RSF's deputy commander and brother of its leader Y, met ...": a relative named to describe someone takes no part
    // (a transcript's speaker label names who speaks, not who travels: "X, Official Spokesperson: The Minister will travel ...")
    const bodyStart = sent.start + (paragraphLabel(doc, sent.index)?.[0].length ?? 0);
    // ("Boehler, the Trump administration's envoy, held talks": a name qualifying an administration is nobody present)
    const people = actors.bySentence[sent.index].filter((m) => m.kind === 'person' && m.start >= bodyStart && !inQuote(doc, m.start) && !KIN_OF_BEFORE.test(doc.raw.slice(Math.max(sent.start, m.start - 60), m.start)) && !NAME_AS_MODIFIER_AFTER.test(doc.raw.slice(m.end, m.end + 20)));
    const speakerBefore: { name: string; sent: number } | null = lastSpeaker;
    // the sentence's subject: its first person, or whom its subject pronoun stands for ("He then flew to ...")
    const subjectPronoun = actors.subjectPronouns[sent.index];
    const subject: string | null | undefined = subjectPronoun !== null ? resolvePronoun(actors, sent.index, subjectPronoun, speakerBefore) : (actors.subjectTitles?.[sent.index] ?? people[0]?.name);
    if (subject) lastSpeaker = { name: subject, sent: sent.index };
    if (text.includes('where')) drafts.push(...whereAgreed(doc, sent.index, people));
    if (/\b(?:held|took\s+place|happened)\s+(?:in|at)\b|\btogether\s|\bbetween\s/.test(text)) drafts.push(...heldBetween(doc, sent.index, people));
    if (SIGNED_BY.test(text)) drafts.push(...signedBy(doc, sent.index, people));
    if (!trigs.length) continue;
    // "And the last time the foreign ministers met face to face?", "Is Minister Dermer coming to Doha?": a question reports no visit
    if (/\?["”’)]*\s*$/.test(text)) continue;
    const vagueTimes = vagueTimesOf(text);
    const dealSpans = earlierDealSpans(text);
    const places = placesOf(doc, sent.index).filter(
      (p) =>
        !p.inTitle &&
        !p.metonym &&
        !inQuote(doc, sent.start + p.start) &&
        !TRANSIT_STOP_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) &&
        !TOPIC_IN_BEFORE.test(text.slice(Math.max(0, p.start - 50), p.start)) &&
        !dealSpans.some(([a, b]) => p.start >= a && p.end <= b) &&
        !people.some((m) => m.start - sent.start < p.end && sent.start + p.start < m.end),
    );
    const rel = (m: Mention) => m.start - sent.start;

    // group triggers into clauses: each trigger gets a subject
    let prevEnvoy: { envoy: string; companions: string[]; group?: NamedGroup } | null = null;
    // whom an earlier subject pronoun of this sentence stood for ("he" -> X)
    const pronounEnvoys = new Map<string, string>();
    for (let ti = 0; ti < trigs.length; ti++) {
      const t = trigs[ti];
      const nextT = trigs[ti + 1];
      // ---- subject ----
      // "the government of Nicolas Maduro signed ...": the government acts, not its head
      const before = people.filter((m) => rel(m) < t.start && (!m.possessive || (t.noun && t.start - (m.end - sent.start) < 30)) && !OF_BODY_BEFORE.test(text.slice(Math.max(0, rel(m) - 40), rel(m))));
      const companionsSet = new Set<string>();
      const coordinated: string[] = [];
      // subjects joined by "and" (not an apposition's comma, nor "A as President and B as Prime Minister")
      const joinedByAnd = new Set<string>();
      // coordinated subjects that head different delegations: counterparts, not companions
      let separateSides = false;
      // "The delegation, which included A and B, met ...": coordinated subjects listed as one group's members
      let groupMembers = false;
      // "a delegation led by A and B flew to Cairo": each co-leader travels in their own right
      let coLeaders = false;
      let envoy: string | null = null;
      const gapText = (a: number, b: number) => text.slice(a, b);
      const subjPron = /\b(?:he|she)\s+(?:(?:\w+)\s+){0,3}$/i.exec(text.slice(Math.max(0, t.start - 40), t.start));
      const subjPoss = t.noun ? (/\b(?:his|her)\s+(?:\w+\s+)?$/i.exec(text.slice(Math.max(0, t.start - 25), t.start)) ?? /^(?:his|her)\b/i.exec(text.slice(t.start, t.end))) : null;
      // "The two ministers met in ...": the last two officials named before
      // ("The special envoys of Türkiye and Armenia met ...": named in the next sentence when nobody was named before)
      // "the heads of the two delegations will meet again": the two heads the article named
      const headsPair = HEADS_SUBJECT.test(text.slice(Math.max(0, t.start - 80), t.start)) ? delegationHeadPair(doc, sent.index) : null;
      const pluralSubj = !!headsPair || PLURAL_SUBJECT.test(text.slice(Math.max(0, t.start - 80), t.start));
      let pairMode = false;
      // "The foreign ministers of Armenia and Azerbaijan": only officials of those states
      const pairStates = pluralSubj ? statesOfPlural(text.slice(Math.max(0, t.start - 80), t.start)) : null;
      const pairRank = pluralSubj ? rankOfPlural(text.slice(Math.max(0, t.start - 80), t.start)) : null;
      const pairBefore = headsPair ?? (pluralSubj ? (lastTwoOfficials(doc, sent.index, pairStates, pairRank) ?? firstTwoOfficials(actors, sent.index + 1, pairStates)) : null);
      // ("The Nigerian president, designated mediator by ECOWAS, had returned to ...": an apposition may follow the title)
      const subjTitle =
        /\b(?:the|a)\s+((?:[\w.’'-]+\s+){0,4}?(?:envoy|representative|minister|ambassador|mediator|general|army chief|commander|president|premier|prime minister|chancellor|negotiator|diplomat|secretary(?![- ][Gg]eneral)))\b(?:,[^,.;]{1,60},)?[^,.;]{0,40}$/i.exec(text.slice(Math.max(0, t.start - 90), t.start)) ??
        // "the NSA was in Beijing", "EAM was in Beijing": an office by its initials right before the verb
        /(?:^|\b[Tt]he\s+|[.:]\s+)(NSA|EAM)\s+(?:(?:was|is|had|has|also)\s+){0,2}$/.exec(text.slice(Math.max(0, t.start - 30), t.start)) ??
        // "His Majesty spoke with X": a monarch by his style, the one the article named
        /\b(?:His|Her)\s+((?:Royal\s+)?(?:Majesty|Highness))\s+(?:(?:had|has|also)\s+){0,2}$/.exec(text.slice(Math.max(0, t.start - 40), t.start));
      // the nearest non-companion person before the trigger
      let nearest: Mention | null = null;
      const calledBefore: string[] = [];
      for (let k = before.length - 1; k >= 0; k--) {
        const m = before[k];
        const pre = text.slice(Math.max(0, rel(m) - 70), rel(m));
        if (COMPANION_BEFORE.test(pre) || COMPANION_LIST_BEFORE.test(text.slice(Math.max(0, rel(m) - 220), rel(m)))) {
          companionsSet.add(m.name);
          continue;
        }
        // "..., who was appointed by Prime Minister X in January, arrived": the agent of a passive is not the subject
        if (AGENT_BEFORE.test(pre)) break;
        // "A discussed the crisis with B in a phone call": B is the one called
        if (t.mode === 'virtual' && CALLED_WITH_BEFORE.test(pre) && CALL_NOUN_AFTER.test(gapText(m.end - sent.start, t.start))) {
          calledBefore.push(m.name);
          continue;
        }
        // "X, the senior adviser to President Y on Africa, spoke ...": the principal named in an apposition is not the subject
        if (ADVISER_TO_BEFORE.test(pre)) continue;
        nearest = m;
        break;
      }
      // "X, who met Y in Jerusalem on Saturday, is also expected in Doha": Y is inside X's relative clause
      if (nearest) {
        for (let k = before.indexOf(nearest) - 1; k >= 0; k--) {
          const m = before[k];
          // ("X, who was in New Delhi on Thursday, where he met Y, arrived in Islamabad": a where-clause inside it too)
          // ("X, whom President Y named envoy last month, arrived": the whom-clause's own subject is not the verb's)
          if (/^\s*,\s*(?:who|whose|whom)\b[^,;]*(?:,\s*(?:where|when)\b[^,;]*)?,\s*(?:[\w’'-]+\s+){0,4}$/i.test(gapText(m.end - sent.start, t.start)) && !COMPANION_BEFORE.test(text.slice(Math.max(0, rel(m) - 70), rel(m)))) {
            nearest = m;
            break;
          }
        }
      }
      const nearestGap = nearest ? gapText(nearest.end - sent.start, t.start) : '';
      const pronounCloser =
        (subjPron && (!nearest || nearest.end - sent.start < t.start - subjPron[0].length)) ||
        (subjPoss && (!nearest || nearest.end - sent.start < t.start - subjPoss[0].length));
      const sharedSubject: boolean =
        ti > 0 &&
        !!prevEnvoy &&
        (/\band\s+(?:then\s+|also\s+|later\s+)?$/i.test(text.slice(trigs[ti - 1].end, t.start)) ||
          // "..., before heading to Algiers": a participle takes the main clause's subject
          /,\s*(?:before|after|then|and then|later)\s+$/i.test(text.slice(Math.max(trigs[ti - 1].end, t.start - 20), t.start)) ||
          // "..., after having met in Riyadh with X": a perfect participle shares the subject too
          /,?\s*(?:before|after|since|upon)\s+having\s+(?:also\s+|first\s+|already\s+)?$/i.test(text.slice(Math.max(trigs[ti - 1].end, t.start - 30), t.start)) ||
          // "..., a day after arriving in the capital", "..., shortly before flying to Rome": a participle shares the subject
          (/ing$/i.test(text.slice(t.start, t.end).split(' ')[0]) &&
            (/,\s*(?:(?:a|one|two|three|several|just|shortly|hours?|days?|weeks?|day|week)\s+){0,3}(?:before|after|while|since)\s+$/i.test(text.slice(Math.max(trigs[ti - 1].end, t.start - 40), t.start)) ||
              // "... for talks with X before travelling to Kigali": a journey participle after "before" has no subject of its own
              (/^(?:travell?ing|flying|heading|going|moving|continuing)$/i.test(text.slice(t.start, t.end).split(' ')[0]) && /\bbefore\s+$/i.test(text.slice(Math.max(trigs[ti - 1].end, t.start - 10), t.start))))));
      if (FIRST_PERSON_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start)) && (labelSpeaker(doc, sent.index) ?? bylineAuthor(doc))) {
        // "On Monday I flew to Cairo" in a piece signed by a known envoy: the author travels
        // ("DE MISTURA: Yes. I was in Algiers on Thursday": under a transcript label, the speaker)
        envoy = labelSpeaker(doc, sent.index) ?? bylineAuthor(doc);
      } else if (sharedSubject && prevEnvoy) {
        envoy = prevEnvoy.envoy;
      } else if (nearest && CLAUSE_TITLE_SUBJECT.test(nearestGap) && (resolveTitle(actors, CLAUSE_TITLE_SUBJECT.exec(nearestGap)![1], sent.index) ?? bareOfficeHolder(actors, CLAUSE_TITLE_SUBJECT.exec(nearestGap)![1]))) {
        // "He met X as well, and the Secretary spoke with him by phone": a new clause's subject named by its title alone,
        // after the person the first clause met
        const phrase = CLAUSE_TITLE_SUBJECT.exec(nearestGap)![1];
        envoy = resolveTitle(actors, phrase, sent.index) ?? bareOfficeHolder(actors, phrase);
      } else if (nearest && TITLE_SUBJECT_AFTER_COMMA.test(nearestGap)) {
        // "Grundberg in Muscat on detainees, EU envoy shuttles between A and B": a new clause's subject named by its title
        envoy = resolveTitle(actors, TITLE_SUBJECT_AFTER_COMMA.exec(nearestGap)![1], sent.index);
      } else if (nearest && !pronounCloser && !/\b(?:said|says|told|according|added|stated)\b/i.test(nearestGap) && nearestGap.length < 160) {
        envoy = nearest.name;
        // coordinated subjects: "X and Y visited", "X, Y and Z met"
        // ("Participants included A, B and C, who arrived in Berlin on Saturday": a relative clause tells of the last
        // name alone, unless it says "who both" / "who all")
        // ("A, the army chief, and B, the commander of the Tigray forces, who both arrived ...": an apposition may come first)
        // ("A and B, who have been in Townsville since ...": a plural verb tells of both)
        const relClause = /^\s*,\s*who\s+(?<all>(?:both|all|each|together|have|are|were)\b)?/i.exec(nearestGap) ?? /^\s*,\s*(?:the|a|an)\s+[^,;"“”]{1,80},\s*who\s+(?<all>(?:both|all|each|together|have|are|were)\b)?/i.exec(nearestGap);
        // ("A and B, who also attended Thursday's session, met C": a relative clause closed before the verb leaves the
        // verb's subject the whole coordination)
        const relClosed = !!relClause && /^[^;"“”]*?\bwho\b[^,;"“”]*,\s*(?:also\s+|then\s+|later\s+)?$/i.test(nearestGap);
        // (the plural verb may open the trigger itself: ", who have been in X")
        const pluralWho = !!relClause && /\bwho\s+$/i.test(nearestGap) && /^(?:have|are|were)\b/i.test(text.slice(t.start));
        const idx = relClause && !relClause.groups?.all && !pluralWho && !relClosed ? 0 : before.indexOf(nearest);
        let cur = nearest;
        for (let k = idx - 1; k >= 0; k--) {
          const m = before[k];
          const g = gapText(m.end - sent.start, rel(cur));
          // ("The government delegation, led by A, and the delegation of the opposition, led by B, arrived": two
          // delegations, each named by its head)
          const twoDelegations = LED_BY_COMMA_BEFORE.test(text.slice(Math.max(0, rel(m) - 90), rel(m))) && /^\s*,\s*and\s+the\s+(?:[\w'’-]+\s+){0,5}?(?:delegation|team|side)\b[^;:"“”,]{0,60},\s*(?:led|headed)\s+by\s+(?:[\w.'’-]+\s+){0,6}$/i.test(g);
          separateSides ||= twoDelegations;
          // ("President A of Croatia and President B of Serbia met": a state may qualify the first name)
          // ("A arrived in X with chief negotiator B, and C landed in Y": B, the object of "with", is no subject of C's verb)
          const objectOf = OBJECT_BEFORE.test(text.slice(Math.max(0, rel(m) - 60), rel(m)));
          if (twoDelegations || (!objectOf && /^(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})?\s*(?:,\s*)?(?:and|&|,)\s+[^;:"“”]{0,90}$/u.test(g) && !/\b(?:said|told|with|met|to|from|by)\b/i.test(g.replace(/^(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})?\s*,?\s*(?:and|&)\s+/u, '')))) {
            companionsSet.add(envoy);
            coordinated.push(envoy);
            if (/\b(?:and|&)\s/.test(g) && !/\sas\s/.test(g)) joinedByAnd.add(envoy).add(m.name);
            envoy = m.name;
            cur = m;
          } else break;
        }
        const beforeSubject = text.slice(Math.max(0, rel(cur) - 70), rel(cur));
        groupMembers = coordinated.length > 0 && MEMBER_LIST_BEFORE.test(beforeSubject);
        coLeaders = coordinated.length > 0 && (CO_LEADERS_BEFORE.test(beforeSubject) || TEAM_OF_BEFORE.test(beforeSubject) || !!relClause?.groups?.all);
      } else if (subjPron || subjPoss) {
        // "On Friday he was in A, where he met X, and he returned to B": the pronoun of a clause joined by "and" goes on
        // with the subject an earlier same pronoun of the sentence stood for, not the last person named
        const pron = subjPron?.[0].split(/\s/)[0].toLowerCase();
        const before = subjPron ? text.slice(0, t.start - subjPron[0].length) : '';
        // ("EAM was in Beijing on July 14, where he met X": the where-clause's pronoun is the stay's subject)
        const carried: string | undefined = pron && /,\s*and\s+(?:then\s+)?$/i.test(before) ? pronounEnvoys.get(pron) : pron && ti > 0 && prevEnvoy && /,\s*where\s+$/i.test(before.slice(trigs[ti - 1].end)) ? prevEnvoy.envoy : undefined;
        envoy = carried ?? resolvePronoun(actors, sent.index, sent.start + t.start - (subjPron?.[0].length ?? subjPoss?.[0].length ?? 0), speakerBefore);
        if (pron && envoy && !pronounEnvoys.has(pron)) pronounEnvoys.set(pron, envoy);
      } else if (pluralSubj && pairBefore) {
        envoy = pairBefore[0];
        pairMode = true;
      } else if (GROUP_SUBJECT.test(text.slice(Math.max(0, t.start - 60), t.start)) && groupLeader(doc, sent.index)) {
        // "the panel met X in Addis Ababa": the group named before as "led by Y" travels with Y
        envoy = groupLeader(doc, sent.index);
      } else if (subjTitle) {
        // "The Prime Minister will travel to Japan for a summit with Prime Minister X": whom the trip is to meet is not its
        // subject, so the title then stands for someone named before
        // ("the Secretary spoke with him by phone" in a State Department text that never names him: the holder of the day)
        const holder = resolveTitle(actors, subjTitle[1], sent.index) ?? bareOfficeHolder(actors, `the ${subjTitle[1]}`);
        const metAfter = holder !== null && sent.index > 0 && people.some((m) => m.name === holder) && !before.some((m) => m.name === holder);
        envoy = metAfter ? resolveTitle(actors, subjTitle[1], sent.index - 1, true) : holder;
      } else if (ti === 0 && actors.subjectTitles?.[sent.index]) {
        // "The Italian-Swedish diplomat, appointed in 2021, toured ...": the sentence's subject named by its title
        envoy = actors.subjectTitles[sent.index] ?? null;
      } else if (prevEnvoy && ti > 0 && /^\s*(?:,\s*)?(?:and|,)\s+(?:\w+\s+){0,2}$/i.test(text.slice(trigs[ti - 1].end, t.start).slice(-30))) {
        envoy = prevEnvoy.envoy;
      } else if (prevEnvoy && ti > 0) {
        envoy = prevEnvoy.envoy;
      }
      if (!envoy && subjPoss && /^\s*(?:During|On|In|While on|After|Before)\b/i.test(text)) {
        // "During his visit to Cairo on Tuesday, Blinken met ...": the main clause's subject
        const comma = text.indexOf(',', t.end);
        const main = comma > 0 ? people.find((m) => rel(m) > comma && !m.possessive) : undefined;
        if (main) envoy = main.name;
      }
      if (!envoy && t.mode === 'virtual' && FRONTED_CALL.test(text.slice(0, t.start))) {
        // "In a phone call on Thursday, A and B discussed ...": the main clause's subjects, each in their own right
        const comma = text.indexOf(',', t.end);
        const main = comma > 0 ? people.filter((m) => rel(m) > comma && !m.possessive) : [];
        if (main.length && /^\s*(?:[\p{Lu}][\w.’'-]*\s+){0,5}$/u.test(text.slice(comma + 1, rel(main[0])))) {
          envoy = main[0].name;
          const second = main[1];
          if (second && /^\s*(?:and|&)\s+(?:[\p{Lu}][\w.’'-]*\s+){0,5}$/u.test(text.slice(main[0].end - sent.start, rel(second)))) coordinated.push(second.name);
        }
      }
      // "The backchannel brought Saudi ambassador X to Sanaa on April 9", "the shuttle took X to Cairo": the person brought
      // travels (nobody else, or no person at all: "brought the file to Geneva")
      if (/^(?:brought|took)$/i.test(text.slice(t.start, t.end))) {
        const obj = people.find((m) => rel(m) >= t.end && rel(m) - t.end < 60 && !m.possessive && /^\s+to\s+\p{Lu}/u.test(text.slice(m.end - sent.start, m.end - sent.start + 6)));
        envoy = obj ? obj.name : null;
      }
      // "The visit by UN envoy X to Laayoune": the person after "by" travels
      if (/^(?:visit|trip|tour) by$/i.test(text.slice(t.start, t.end))) {
        const by = people.find((m) => rel(m) >= t.end && rel(m) - t.end < 60 && !m.possessive);
        envoy = by ? by.name : null;
      }
      // "The co-chairs – A, B and C – were received ...", "On Tuesday they met ...": each member of a named group travels,
      // with the others as companions
      const group: NamedGroup | undefined = (groups.length ? (groupSubject(doc, groups, sent.index, t.start, people, prevGroupOf(prevEnvoy)) ?? (sharedSubject ? (prevGroupOf(prevEnvoy) ?? undefined) : undefined)) : undefined) ?? countedGroupSubject(doc, sent.index, t, people) ?? undefined;
      if (group) {
        envoy = group.members[0];
        // (the group's order, not that of coordinated subjects read backwards)
        for (const c of coordinated) companionsSet.delete(c);
        for (const o of group.members) companionsSet.add(o);
        coordinated.length = 0;
        coLeaders = false;
        // (a counted plural's members replace the last two officials a plural subject would have taken)
        pairMode = false;
      }
      // "General X said troops would be in San Vicente within 48 hours": a reported clause whose own subject is a body of
      // men or a process, not the speaker, tells of nobody's trip
      if (REPORTED_BODY_SUBJECT.test(text.slice(Math.max(0, t.start - 80), t.start))) continue;
      // ("the militia's negotiator A and the movement's spokesman B, who have been in X since ...": of a coordinated
      // subject whose last member makes no visit, the others still do)
      if (envoy && coordinated.length && !eligible(actors.persons.get(envoy)?.kinds)) {
        const next = coordinated.find((c) => c !== envoy && eligible(actors.persons.get(c)?.kinds));
        if (next) {
          companionsSet.delete(next);
          envoy = next;
        }
      }
      if (!envoy) continue;
      companionsSet.delete(envoy);
      // in a remote meeting every coordinated subject takes part in their own right
      // "X and Y met in Wellington": a meeting without an object is between the coordinated subjects
      // ("A, who led the government delegation, and B signed the memorandum at ...": the signatories, each in their own right)
      const reciprocal =
        /^(?:met|meets|held (?:\w+ )?talks|held (?:an? )?(?:[\w-]+ )?(?:dinner|lunch|luncheon|breakfast)|holds (?:\w+ )?talks|holding (?:\w+ )?talks|held (?:their|his|her|its) \w+ (?:talks|meetings?|round)|(?:began|opened|started|concluded|wrapped up)\s+(?:[\w-]+\s+){0,4}?(?:talks|negotiations|consultations|discussions)|(?:concluded|wrapped up)\s+(?:[\w-]+\s+){0,4}?(?:meeting|round|session)|(?:(?:are|were) (?:also |now )?(?:expected|due|set|scheduled) to|will|would) meet|signed\s.*)$/i.test(text.slice(t.start, t.end)) &&
        /^(?:\s+(?:in|at|on|of|for|to|via|during|again|late|early|last|this|twice|separately|privately|briefly|here|there)\b|\s*[,.;])/i.test(text.slice(t.end));
      const coParticipants = pairMode && pairBefore
        ? [pairBefore[1]]
        : t.mode === 'virtual' || reciprocal
          ? coordinated.filter((c) => {
              const ci = actors.persons.get(c);
              return c !== envoy && !!ci && eligible(ci.kinds);
            })
          : // leaders of different states named together ("A's PM X and B's president Y signed ...") are
            // counterparts visiting in their own right, not travelling companions (unless listed as a group's members)
            coordinated.filter((c) => {
              if (groupMembers) return false;
              const ci = actors.persons.get(c);
              const ei = actors.persons.get(envoy);
              // ("A and B have led their delegations at the talks": each heads a delegation of their own)
              if (separateSides || /\b(?:led|headed)\s+their\s+(?:[\w'’-]+\s+){0,3}?delegations$/i.test(text.slice(t.start, t.end))) return c !== envoy && !!ci && eligible(ci.kinds);
              // ("Prime Minister A and Speaker B arrived in Doha", "Presidents A and B attended the signing": principals
              // of their own, whatever their states, come in their own right, and so do two ministers, each with a
              // portfolio of their own, "Foreign Minister A and Water Minister B arrived"; co-leaders of one delegation
              // travel together, and so does a minister named with his head of state)
              if (c !== envoy && !coLeaders && joinedByAnd.has(c) && joinedByAnd.has(envoy) && ((isPrincipal(ci) && isPrincipal(ei)) || (isMinister(ci) && isMinister(ei)))) return true;
              return c !== envoy && !!ci?.country && !!ei?.country && ci.country !== ei.country && eligible(ci.kinds);
            });
      for (const c of coParticipants) companionsSet.delete(c);
      // co-leaders travel together: each makes the visit, with the others as companions
      const coLeaderNames = group
        ? group.members.filter((c) => c !== envoy)
        : coLeaders
        ? coordinated.filter((c) => c !== envoy && !coParticipants.includes(c) && eligible(actors.persons.get(c)?.kinds))
        : [];
      const info = actors.persons.get(envoy);
      if (!info) continue;
      if (!info.known && !eligible(info.kinds)) continue;
      if (info.known && !eligible(info.kinds) && !info.kinds.size) continue;
      prevEnvoy = { envoy, companions: [...companionsSet], group };
      // ("The Minister had travelled to Tbilisi with X. He went on to Y": the first trigger's subject, not the first name
      // of the sentence, is whom the next sentence's pronoun stands for)
      if (ti === 0 && subjectPronoun === null && !people.some((m) => rel(m) < t.start && m.name === envoy) && subjTitle && lastSpeaker?.sent === sent.index) lastSpeaker = { name: envoy, sent: sent.index };

      // ---- object clause: counterparts and places ----
      const clauseEnd = (() => {
        const rest = text.slice(t.end);
        const m = CLAUSE_BREAK.exec(rest);
        let e = m ? t.end + m.index : text.length;
        if (nextT && nextT.start < e && nextT.mode !== t.mode) e = nextT.start;
        // "met X in Cairo on Tuesday and travelled to Jeddah on Wednesday": the next stop is the next trigger's
        if (nextT && nextT.start < e && MOVE_RE.test(text.slice(nextT.start, nextT.end))) e = nextT.start;
        // ("travelled to A on January 3 and met X, then continued on January 4 to B": B is the later journey's, even with a
        // meeting's trigger between them)
        for (let j = ti + 2; j < trigs.length && trigs[j].start < e; j++) {
          const u = trigs[j];
          if (u.mode === t.mode && MOVE_RE.test(text.slice(u.start, u.end))) {
            e = u.start;
            break;
          }
        }
        return e;
      })();
      const counterparts: string[] = calledBefore.filter((c) => c !== envoy);
      // officials of another state who travelled with the subject ("arrived with"): each makes the same visit
      const withOthers: string[] = [];
      for (const m of people) {
        const r0 = rel(m);
        if (r0 >= clauseEnd && m.name !== envoy && (!nextT || r0 < nextT.start) && COMPANION_BEFORE.test(text.slice(Math.max(0, r0 - 70), r0))) companionsSet.add(m.name);
      }
      for (const m of people) {
        const r = rel(m);
        if (r < t.end || r >= clauseEnd) continue;
        if (m.name === envoy || m.possessive) continue;
        // the source of the report ("..., Kremlin aide Yuri Ushakov said") is not someone met
        if (/^\s*(?:\([^)]*\)\s*)?(?:said|says|told|added|stated|reported|tweeted|wrote|confirmed|announced)\b/.test(text.slice(m.end - sent.start, m.end - sent.start + 40))) continue;
        const pre = text.slice(Math.max(0, r - 70), r);
        if (SENDER_BEFORE.test(pre)) continue;
        // ("arrived on Saturday with B, and C landed in Y on Sunday": C, right before the next trigger, is its subject)
        // (one taken along only: a person met stays met)
        if (nextT && nextT.start > r && /,\s*and\s/.test(text.slice(t.end, r)) && /^\s+(?:(?:also|then|later|had|has)\s+)?$/.test(text.slice(m.end - sent.start, nextT.start)) && (COMPANION_BEFORE.test(pre) || travelledWith(text, t, r))) continue;
        if (COMPANION_BEFORE.test(pre)) companionsSet.add(m.name);
        else if (travelledWith(text, t, r)) {
          companionsSet.add(m.name);
          // ("June 30 - Guterres arrives with EU foreign policy chief Mogherini": an official of another state along makes the
          // visit too, when the arrival's day is told)
          const ci = actors.persons.get(m.name);
          if (ci?.country && info.country && ci.country !== info.country && eligible(ci.kinds) && !withOthers.includes(m.name)) withOthers.push(m.name);
        } else if (!counterparts.includes(m.name)) counterparts.push(m.name);
      }
      // places attached to the trigger: after it, inside its clause (lists continue)
      let tPlaces: PlaceMention[] = [];
      // "talks with Russia in Istanbul": a state after "with" is the other party, not a place
      // ("X's next stop will be Cairo, and then Jeddah": the stop named by a copula, maybe after an attribution:
      // "X's next stop, a spokesperson said on Thursday, will be Cairo")
      const stopIs = t.noun && /\bstop$/i.test(text.slice(t.start, t.end));
      const stopReach = stopIs && STOP_COPULA.test(text.slice(t.end)) ? (text.indexOf(';', t.end) >= 0 ? text.indexOf(';', t.end) : text.length) : 0;
      const after = places.filter((p) => p.start >= t.end && !AIRPORT_NAME_AFTER.test(text.slice(p.end, p.end + 60)) && p.start < Math.max(clauseEnd, t.end + 1, stopReach) + 1 && (t.mode === 'virtual' || !ORIGIN_OR_TRANSIT_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start))) && (p.city || !/\bwith\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 9), p.start))) && !(SOURCE_IN_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) && /^\s*(?:said|say|says|told|added|reported|confirmed)\b/i.test(text.slice(p.end, p.end + 20))));
      // ("spoke by telephone with President X in Kabul": in a remote meeting, where the one called is, not the caller)
      if (t.mode === 'virtual') {
        for (let i = after.length - 1; i >= 0; i--) {
          const p = after[i];
          if (people.some((m) => rel(m) >= t.end && /^,?\s+(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(m.end - sent.start, p.start)))) after.splice(i, 1);
        }
      }
      const locAfter = after.filter((p) => p.locative || p.start - t.end <= 2 || (stopIs && STOP_COPULA_END.test(text.slice(t.end, p.start))));
      if (locAfter.length) {
        const first = locAfter[0];
        tPlaces = [first];
        let prev = first;
        for (const p of after) {
          if (p.start <= prev.start) continue;
          const g = text.slice(prev.end, p.start);
          // ("visiting Rabat, the Tindouf camps, Algiers and Nouakchott": a place's common noun may close a listed stop)
          if (/^\s*(?:(?:refugee\s+)?(?:camps?|region|province|governorate|district|area|border\s+area)\s*)?(?:,|,?\s*and|,?\s*&)?\s*(?:then\s+)?(?:the\s+)?(?:capital\s+)?$/i.test(g) || (/^,\s*$/.test(g) && !p.city)) {
            tPlaces.push(p);
            prev = p;
          } else if (p.locative && p.start - t.end < 140 && t.mode !== 'virtual') {
            // a later locative in the same clause ("met X at headquarters in the garrison city of Rawalpindi")
            if (!tPlaces.some((q) => q.city && p.cc === q.cc && !p.city)) tPlaces.push(p);
            prev = p;
          }
        }
      } else if (t.noun || /\bvisit/i.test(text.slice(t.start, t.end))) {
        // "visited Kabul" without a preposition is covered by start-proximity; nothing else here
      }
      // "... at the White House, in a ceremony hosted by X": the guests' place is named before the trigger
      if (!tPlaces.length && /^hosted$/i.test(text.slice(t.start, t.end)) && /^\s+by\b/.test(text.slice(t.end))) {
        const earlier = places.filter((p) => p.locative && p.start < t.start);
        if (earlier.length) tPlaces = [earlier[earlier.length - 1]];
      }
      // a fronted locative ("In Kabul, the State Department said ...", "During a stop in Amman on Monday, X met ...")
      let fronted: PlaceMention | undefined;
      if (!tPlaces.length) {
        fronted = places.find((p) => p.locative && p.start < t.start && FRONTED_PLACE_BEFORE.test(text.slice(0, p.start)));
        if (fronted) tPlaces = [fronted];
      }
      // "flew in from Moscow, where he had met X on Friday": the relative clause is a past stay in the place left
      let whereFrom: PlaceMention | undefined;
      if (!tPlaces.length && t.mode === 'in_person') {
        whereFrom = places.find((p) => p.city && p.end <= t.start && /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 10), p.start)) && WHERE_FROM.test(text.slice(p.end, t.start)));
        if (whereFrom) tPlaces = [whereFrom];
      }
      let whenPlace: PlaceMention | undefined;
      // "the work that began here in Moscow on October 9, when X received Y", "the meeting in Riyadh on February 18, where
      // X held talks with Y": a when- or where-clause is set where the phrase it hangs on is
      if (!tPlaces.length && t.mode === 'in_person') {
        // (its subject a person, named or "he"/"she": "in Doha, where the two sides have repeatedly met" tells no one's visit)
        // (the place a journey's next stop: "visited A, where he met X, and B on 2 July, where he met Y")
        const whenAt = places.filter((p) => p.city && (p.locative || NEXT_STOP_AFTER_WHERE.test(text.slice(0, p.start))) && p.end <= t.start && WHEN_AFTER_PLACE.test(text.slice(p.end, t.start)) && (people.some((m) => rel(m) > p.end && rel(m) < t.start) || /\b(?:he|she)\s/i.test(text.slice(p.end, t.start)))).pop();
        if (whenAt) {
          tPlaces = [whenAt];
          whenPlace = whenAt;
        }
      }
      // "held talks in Rome on Saturday, with X shuttling between the two delegations": the mediator is where the talks are
      let shuttleAt: PlaceMention | undefined;
      if (!tPlaces.length && /^shuttl/i.test(text.slice(t.start, t.end)) && SHUTTLE_SIDES.test(text.slice(t.end, t.end + 60))) {
        shuttleAt = places.filter((p) => p.city && p.locative && p.end <= t.start).pop();
        if (shuttleAt) tPlaces = [shuttleAt];
      }
      // drop a country that merely qualifies a city ("in Doha, Qatar")
      tPlaces = tPlaces.filter((p) => p.city || !tPlaces.some((q) => q.city && q.cc === p.cc));
      // ("will brief the Council by videoconference from Amman on January 14": a future remote meeting's day lies ahead)
      const future = t.mode === 'planned' || (t.mode === 'virtual' && /\b(?:will|shall|is to|are to|(?:is|are) (?:due|scheduled|expected|set) to|plans? to)\s+(?:[\w-]+\s+){0,8}$/i.test(text.slice(Math.max(0, t.start - 90), t.start)));
      const dates = datesOf(doc, sent.index, future);
      // "said on Tuesday that X would travel": the day of the saying, not of the trip
      // ("told reporters on Thursday after the round of talks in X": the saying is at the talks)
      // ("X, who met Y in Kyiv on Thursday, is expected to travel to Abu Dhabi": the relative clause's day is another event's)
      // ("is expected to travel to Doha next week to extend the ceasefire, which expired on Saturday": a which-clause's day
      // is its antecedent's, not the trip's)
      const relSpans = [...(t.mode === 'planned' ? whoClauseSpans(text.slice(0, t.start)) : []), ...whichClauseSpans(text, t.end)];
      const own = datesOfTrigger(text, trigs, ti, dates).filter((d) => !dealSpans.some(([a, b]) => d.start >= a && d.end <= b) && ((d.start > t.start && d.end <= t.end) || !SPEECH_DATE_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start))) && (!whereFrom || d.start > whereFrom.end) && !relSpans.some(([a, b]) => d.start >= a && d.end <= b));
      // the fronted phrase's day goes with its place ("During a stop in Amman on Monday, X met ...")
      // "March 22, 2022: X meets Y in Naypyitaw" (a timeline entry): the date heading the line dates its events
      const entryDate = undatedHere(own) ? dates.find((d) => d.date && d.end <= t.start && /^\W*$/.test(text.slice(0, d.start)) && /^\s*[:–—-]\s/.test(text.slice(d.end)))?.date : null;
      const date = own.find((d) => d.date)?.date ?? (fronted && dates.find((d) => d.date && d.start > fronted.end && d.end <= t.start)?.date) ?? (shuttleAt && dates.find((d) => d.date && d.start >= shuttleAt.end && d.end <= t.start)?.date) ?? entryDate ?? (whenPlace && dates.find((d) => d.date && d.end <= whenPlace.start && /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(d.end, whenPlace.start)))?.date) ?? null;
      const vagueOwn = datesOfTrigger(text, trigs, ti, vagueTimes).filter((d) => !SPEECH_DATE_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)));
      const undatedClause = own.length === 0 && vagueOwn.length === 0;
      // "X and Y met in Paris in talks mediated by US envoy Z": the mediator is there too
      if (t.mode !== 'planned') {
        const med = MEDIATED_BY.exec(text.slice(t.end, Math.min(text.length, t.end + 160)));
        if (med) {
          const at = t.end + med.index + med[0].length;
          const mm = people.find((m) => rel(m) >= at && rel(m) - at < 60 && m.name !== envoy && !m.possessive);
          if (mm && !coParticipants.includes(mm.name)) {
            const mi = actors.persons.get(mm.name);
            // a chair or host is met (often at home); a mediator travels to the talks
            if (med.groups?.chair) {
              if (!counterparts.includes(mm.name)) counterparts.push(mm.name);
            } else if (mi && eligible(mi.kinds)) coParticipants.push(mm.name);
          }
        }
      }
      for (const c of coParticipants) if (!counterparts.includes(c)) counterparts.push(c);
      const companions = [...companionsSet].filter((c) => c !== envoy && !counterparts.includes(c));
      // "The Ankara process began in July, when Turkish FM X hosted A and B": a host at home, in the city of their state
      // that the sentence names, receives foreign guests there
      if (!tPlaces.length && /^(?:hosted|hosts|hosting)$/i.test(text.slice(t.start, t.end)) && info.country) {
        const home = places.filter((p) => p.city && p.cc === info.country && !p.inTitle);
        const guests = counterparts.filter((c) => {
          const ci = actors.persons.get(c);
          return ci && ci.country && ci.country !== info.country;
        });
        if (home.length === 1 && guests.length) tPlaces = [home[0]];
      }
      // "The joint council is due to meet in Mopti next week, and X is expected to attend.": an announced attendance with
      // nothing after it is at the meeting the sentence has just placed
      if (!tPlaces.length && t.mode === 'planned' && /\b(?:attend|join)$/i.test(text.slice(t.start, t.end)) && /^\s*[.;]/.test(text.slice(t.end))) {
        const meetingAt = places.filter((p) => p.city && p.end <= t.start && MEETING_PLACE_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)));
        if (meetingAt.length) tPlaces = [meetingAt[meetingAt.length - 1]];
      }
      if (!tPlaces.length) {
        if (t.mode === 'planned') continue; // an announced trip is one entry per announced stop: no stop, no entry
        // a host without a place is at home ("where he was received by X": the guest, met where the sentence placed him)
        if (/^(?:hosted|hosts|hosting|received|receives)$/i.test(text.slice(t.start, t.end)) && !/\b(?:was|were|is|are|been)\s+$/i.test(text.slice(Math.max(0, t.start - 6), t.start))) continue;
        // ("who flew in for the closing session": came to the meeting the article is about; "the Gali meeting" is another one)
        const attendsMeeting =
          (/^(?:attended|attending|took part in|taking part in|participated in|presided over|joined|joins?)$/i.test(text.slice(t.start, t.end)) && /^\s+the\s+(?:[a-z][\w-]*['’]?\s+)?(?:meeting|talks|summit|signing|ceremony|conference|negotiations|session|consultations)\b/.test(text.slice(t.end))) ||
          (/^(?:(?:flew|flown) (?:back )?in|arrived)$/i.test(text.slice(t.start, t.end)) && /^\s+for\s+the\s+(?:[\w-]+\s+)?(?:session|meeting|talks|round|summit|signing|ceremony|conference|negotiations)\b/i.test(text.slice(t.end))) ||
          // ("X, who flew in from New York on Thursday morning, met Y": came to where the article's events are, named
          // only the place left)
          (/^(?:flew|flown) (?:back )?in$/i.test(text.slice(t.start, t.end)) && /^\s+from\s+\p{Lu}/u.test(text.slice(t.end)));
        // ("attended the last session in 2019", "attended the session of the ASEAN Regional Forum last year", "attended the
        // session virtually from Vientiane": another meeting, or not in person, is not the one the article placed)
        const attend = !attendsMeeting || ANOTHER_ATTENDANCE.test(text.slice(t.end).split(/[.;]/)[0]) ? undefined : /^\s+(?:for\s+)?the\s+(?:[\w-]+\s+)?(?:signing|ceremony)\b/i.test(text.slice(t.end)) ? 'ceremony' : 'meeting';
        // "who attended the Gali meeting" (a place the gazetteer does not know): a meeting elsewhere, not the scene's
        const elsewhere = /^(?:attended|attending|took part in|taking part in|participated in|joined|joins?)$/i.test(text.slice(t.start, t.end)) && /^\s+the\s+[A-Z][\w-]*\s+(?:meeting|talks|summit|conference|session|round|ceremony)\b/.test(text.slice(t.end));
        // "had been to Bamako and Ouagadougou in May 2024, where he met A and B": a meeting at the stay just told
        const whereOf = ti > 0 && trigs[ti - 1].mode === t.mode && WHERE_AFTER_STAY.test(text.slice(trigs[ti - 1].end, t.start));
        drafts.push({ envoy, city: null, country: null, date, mode: t.mode, counterparts, companions, sents: [sent.index], placeless: true, undatedClause, attend, elsewhere, whereOf, metVerb: MET_VERB.test(text.slice(t.start, t.end)) || undefined });
        for (const other of date ? withOthers : []) drafts.push({ envoy: other, city: null, country: null, date, mode: t.mode, counterparts, companions: [envoy], sents: [sent.index], placeless: true, undatedClause, attend, alongOf: envoy });
        for (const other of coParticipants) drafts.push({ envoy: other, city: null, country: null, date, mode: t.mode, counterparts: [envoy, ...counterparts.filter((c) => c !== other)], companions: [], sents: [sent.index], placeless: true, undatedClause });
        for (const other of coLeaderNames) drafts.push({ envoy: other, city: null, country: null, date, mode: t.mode, counterparts, companions: [envoy, ...coLeaderNames.filter((c) => c !== other), ...companions.filter((c) => c !== other && !coLeaderNames.includes(c))], sents: [sent.index], placeless: true, undatedClause });
        // "A met the Ukrainian delegation headed by X at the hotel" (the scene placed before): the foreign head came too
        if (t.mode === 'in_person' && info.country && /^(?:met|meets)$/i.test(text.slice(t.start, t.end))) {
          for (const c of counterparts) {
            const ci = actors.persons.get(c);
            const cm = people.find((m) => m.name === c);
            if (!cm || !ci?.country || ci.country === info.country || coParticipants.includes(c) || !eligible(ci.kinds)) continue;
            if (!headsDelegationAt(text, rel(cm))) continue;
            drafts.push({ envoy: c, city: null, country: null, date, mode: t.mode, counterparts: [envoy, ...coLeaderNames], companions: [], sents: [sent.index], placeless: true, undatedClause });
          }
        }
        continue;
      }
      // host swap: an official "visiting" (or due to meet a guest in) their own country is the host; a planned trip at
      // home without a foreign guest stays the traveller's own
      // ("have led their delegations at the talks since the round resumed in Geneva on 2 March": a head's stay through
      // the talks, not dated by the day they began)
      const ledSince = /^(?:has|have|had)\s+(?:led|headed)\s/i.test(text.slice(t.start, t.end)) && LED_SINCE_IN.test(text.slice(t.end));
      for (const p of tPlaces) {
        let who: string = envoy;
        let cps = counterparts;
        // "X is expected to return to Sanaa": going back is a trip only for someone known to act for another state
        // than the place's (an envoy back to the talks); anyone else may well be going home
        // (and only the place it names: "is scheduled to return to Kuala Lumpur tonight, and Y will proceed to Z" is Y's Z)
        if (t.mode === 'planned' && RETURN_PLAN.test(text.slice(t.start, t.end)) && (!info.country || placeWithinStateOn(p.cc, info.country, doc.publishedAt) || tPlaces.some((q) => q.start >= t.end && q.start < p.start))) continue;
        // "X is expected to fly back to <a city of X's own state>": going home, not a planned visit
        if (t.mode === 'planned' && info.country && info.country === p.cc && p.start > t.end && p.start - t.end < 40 && /\b(?:back|home|return(?:ing)?)\b/i.test(text.slice(t.start, p.start))) continue;
        // "flew to Belfast, returned to Dublin the same day": a later stop in the traveller's own state, reached by going back
        if (info.country && info.country === p.cc && RETURN_BEFORE_PLACE.test(text.slice(Math.max(0, p.start - 25), p.start))) continue;
        // (as is one based in the city: "UN envoy X received A in Geneva", where X has his office)
        if ((t.mode === 'in_person' || t.mode === 'planned') && info.country && (info.country === p.cc || (!!p.city && basedAt(envoy, p.city, date ?? doc.publishedAt)))) {
          const guest = counterparts.find((c) => {
            const ci = actors.persons.get(c);
            return ci && ci.country && ci.country !== p.cc;
          });
          if (guest) {
            who = guest;
            cps = [envoy, ...counterparts.filter((c) => c !== guest)];
            // "X hosted A and his Ethiopian counterpart, B": each foreign guest came
            // "Rubio met A and B in Washington": so did each foreign official he met at home (1.19.211)
            const hostVerb = /\b(?:host(?:ed|s|ing)?|receive[sd]?|receiving|welcomed)$/i.test(text.slice(t.start, t.end));
            if (hostVerb || (t.mode === 'in_person' && /^(?:met|meets)$/i.test(text.slice(t.start, t.end)))) {
              for (const g of counterparts) {
                const gi = actors.persons.get(g);
                if (g === guest || !gi?.country || gi.country === p.cc) continue;
                if (!hostVerb && !eligible(gi.kinds)) continue;
                drafts.push({ envoy: g, city: p.city, country: p.cc, date: stopDate(p, tPlaces, own) ?? date, mode: t.mode, counterparts: [envoy, ...counterparts.filter((c) => c !== g)], companions, sents: [sent.index], placeless: false, undatedClause });
              }
            }
            // "South African President X flew to Sun City and held meetings with A": a journey inside the host's own state
            // (not to the state's capital, the seat of the host's office) is the host's trip as well as the guest's stay
            if (t.mode === 'in_person' && p.city && JOURNEY_RE.test(text.slice(t.start, t.end)) && CAPITAL_BY_CC.get(p.cc)?.name !== p.city && !basedAt(envoy, p.city, date ?? doc.publishedAt))
              drafts.push({ envoy, city: p.city, country: p.cc, date: stopDate(p, tPlaces, own) ?? date, mode: t.mode, counterparts: [...counterparts], companions, sents: [sent.index], placeless: false, undatedClause });
          } else if (t.mode === 'in_person' && !((HOME_TRIP_RE.test(text.slice(t.start, t.end)) || AIRPORT_RE.test(text.slice(t.start, p.start))) && p.city)) continue;
          // "raised it with Foreign Minister Fidan when he visited Ankara": a state's minister or head does not visit the
          // capital of their own state (the seat of their office), whoever the pronoun was read as
          else if (t.mode === 'in_person' && /^visit(?:ed|s|ing)$/i.test(text.slice(t.start, t.end)) && p.city && CAPITAL_BY_CC.get(p.cc)?.name === p.city && info.kinds.size > 0 && [...info.kinds].every((k) => GOVERNMENT_KINDS.has(k))) continue;
        }
        drafts.push({ envoy: who, city: p.city, country: p.cc, date: ledSince ? null : stopDate(p, tPlaces, own) ?? date, mode: t.mode, counterparts: cps, companions, sents: [sent.index], placeless: false, undatedClause, leftPlace: whereFrom ? true : undefined, ledRound: /^(?:has|have|had)\s+(?:led|headed)\s/i.test(text.slice(t.start, t.end)) || undefined });
        if (who === envoy) {
          for (const other of withOthers) if (actors.persons.get(other)?.country !== p.cc && (stopDate(p, tPlaces, own) ?? date)) drafts.push({ envoy: other, city: p.city, country: p.cc, date: stopDate(p, tPlaces, own) ?? date, mode: t.mode, counterparts: cps, companions: [envoy], sents: [sent.index], placeless: false, undatedClause, alongOf: envoy });
          // "A met his Azerbaijani counterpart B in New York": an official of a third state met abroad came there too
          if (t.mode === 'in_person' && p.city && info.country && info.country !== p.cc && MET_VERB.test(text.slice(t.start, t.end))) {
            for (const c of cps) {
              const ci = actors.persons.get(c);
              // ("Saleh had met Mishri in Cairo": a leader of the traveller's own state, met abroad, came there too: rival
              // sides of one state meet on neutral ground)
              const compatriotLeader = !!ci && ci.country === info.country && isPrincipal(ci);
              if (!ci?.country || ci.country === p.cc || (ci.country === info.country && !compatriotLeader) || coParticipants.includes(c) || !eligible(ci.kinds)) continue;
              // ("met the Ukrainian delegation headed by X": the head of a foreign delegation met there came too)
              const cAt = rel(people.find((m) => m.name === c) ?? people[0]);
              // ("held talks with Turkish President X in Prague": so did a head of state or government or a minister, unless
              // based there, and only at their own place, the next one told, else the last: "met A in Pristina and B in Belgrade")
              const theirPlace = tPlaces.find((q) => q.start > cAt) ?? tPlaces.filter((q) => q.start < cAt).pop();
              const government = [...(ci.kinds ?? [])].some((k) => GOVERNMENT_KINDS.has(k)) && theirPlace === p && !basedAt(c, p.city, date ?? doc.publishedAt);
              const named = /\bcounterpart\b/i.test(text.slice(Math.max(0, cAt - 40), cAt)) || headsDelegationAt(text, cAt);
              if (!government && !named && !(compatriotLeader && theirPlace === p && !basedAt(c, p.city, date ?? doc.publishedAt))) continue;
              drafts.push({ envoy: c, city: p.city, country: p.cc, date: stopDate(p, tPlaces, own) ?? date, mode: t.mode, counterparts: [envoy], companions: [], sents: [sent.index], placeless: false, undatedClause, metThere: !named });
            }
          }
          // "EU envoys A and B hosted C and D for talks in Ohrid": hosts abroad, so every guest foreign to the place came too;
          // "A joined the foreign ministers C, D and E at the Palais des Nations in Geneva": so did everyone joined there
          if (t.mode === 'in_person' && p.city && info.country && info.country !== p.cc && /^(?:hosted|hosts|hosting|joined)$/i.test(text.slice(t.start, t.end))) {
            for (const c of cps) {
              const ci = actors.persons.get(c);
              if (!ci?.country || ci.country === p.cc || coParticipants.includes(c) || coLeaderNames.includes(c) || !eligible(ci.kinds)) continue;
              const cm = people.find((m) => m.name === c);
              if (!cm || rel(cm) < t.end) continue;
              drafts.push({ envoy: c, city: p.city, country: p.cc, date: stopDate(p, tPlaces, own) ?? date, mode: t.mode, counterparts: [envoy, ...coLeaderNames, ...cps.filter((x) => x !== c)], companions: [], sents: [sent.index], placeless: false, undatedClause });
            }
          }
          for (const other of coParticipants) {
            // "A and B sign the agreement in Istanbul": a co-subject of the place's own state is at home
            if (t.mode === 'in_person' && actors.persons.get(other)?.country === p.cc) continue;
            drafts.push({ envoy: other, city: p.city, country: p.cc, date: ledSince ? null : date, mode: t.mode, counterparts: [envoy, ...counterparts.filter((c) => c !== other)], companions: [], sents: [sent.index], placeless: false, undatedClause });
          }
          for (const other of coLeaderNames) {
            drafts.push({ envoy: other, city: p.city, country: p.cc, date: ledSince ? null : date, mode: t.mode, counterparts, companions: [envoy, ...coLeaderNames.filter((c) => c !== other), ...companions.filter((c) => c !== other && !coLeaderNames.includes(c))], sents: [sent.index], placeless: false, undatedClause });
          }
        }
      }
    }
  }

  drafts.push(...delegationHeads(doc, drafts));
  drafts.push(...meetingAttendees(doc), ...bareAttendees(doc, drafts));

  drafts.push(...signingWitnesses(doc, drafts));
  drafts.push(...echoedTravellers(doc, drafts));
  drafts.push(...invitedTo(doc), ...hostedPair(doc));
  // ---- a local official "met" a visiting envoy: that is the envoy's visit ----
  // (a stay's day, or that of the same stay told by the same sentence: "was in A on September 10, where he met B")
  const dayOfStay = (v: Draft): string | null => v.date ?? drafts.find((w) => w.envoy === v.envoy && w.mode === v.mode && w.city === v.city && w.country === v.country && w.sents[0] === v.sents[0] && !!w.date)?.date ?? null;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (!d.placeless || d.mode !== 'in_person') continue;
    const host = actors.persons.get(d.envoy);
    if (!host?.country) continue;
    const visit = drafts.find(
      // (on another day it is another meeting: "A, who flew in on Saturday, held talks with B" after or before "B was in
      // A's capital on September 10")
      (v) => !v.placeless && v.mode === 'in_person' && v.country === host.country && d.counterparts.includes(v.envoy) && Math.abs(v.sents[0] - d.sents[0]) <= 6 && !(d.date && dayOfStay(v) && Math.abs(dayGap(dayOfStay(v)!, d.date)) > 3),
    );
    if (!visit) continue;
    if (!visit.counterparts.includes(d.envoy)) visit.counterparts.push(d.envoy);
    for (const x of d.sents) if (!visit.sents.includes(x)) visit.sents.push(x);
    drafts.splice(i, 1);
  }

  // (a signing told first, the arrivals for it told a few paragraphs later: "A and B signed in the Kremlin on Friday the
  // agreement ... A arrived in Moscow on Thursday evening", "B flew in on Thursday": one stay, from the arrival, up to a
  // week and a half before the signing)
  const signedIn = new Map<number, boolean>();
  const arrivalIn = new Map<number, boolean>();
  const signedThenArrived = (v: Draft, d: Draft) => {
    if (!v.date || !d.date || v.date >= d.date) return false;
    const ks = Math.min(...d.sents);
    const kv = Math.min(...v.sents);
    if (kv <= ks || kv - ks > 8 || dayGap(v.date, d.date) > 10) return false;
    if (!signedIn.has(ks)) signedIn.set(ks, /\b(?:signed|initial(?:l)?ed)\b/i.test(doc.sentences[ks].text));
    // ("Brandt arrived in Vienna on June 2 for a donor conference and flew home on June 3", or "... He left on June 3.":
    // an earlier trip, left again, is not the signing's stay)
    if (!arrivalIn.has(kv)) {
      const t = doc.sentences[kv].text;
      const arr = ARRIVAL_WORD.exec(t);
      arrivalIn.set(kv, !!arr && !LEFT_AGAIN.test(t.slice(arr.index)) && !(kv + 1 < doc.sentences.length && /^\s*(?:He|She)\b/.test(doc.sentences[kv + 1].text) && LEFT_AGAIN.test(doc.sentences[kv + 1].text)));
    }
    return signedIn.get(ks)! && arrivalIn.get(kv)!;
  };
  // ---- merge: placeless meetings join a nearby visit of the same envoy ----
  const located = drafts.filter((d) => !d.placeless);
  // ("X, who attended the signing on Sunday, said ... X was in Honiara on August 2, where he met Y": a stay weeks
  // before or after a dated meeting is another one, its day maybe told by the same sentence's other clause)
  const weeksApart = (v: Draft, d: Draft): boolean => {
    const day = v.date ?? located.find((w) => w.envoy === v.envoy && w.mode === v.mode && w.city === v.city && w.country === v.country && w.sents[0] === v.sents[0] && !!w.date)?.date;
    return !!day && !!d.date && Math.abs(dayGap(day, d.date)) > 14;
  };
  const result: Draft[] = [];
  for (const d of drafts) {
    if (!d.placeless) continue;
    const near = located
      .filter((v) => v.envoy === d.envoy && (v.mode === d.mode || (d.mode === 'in_person' && v.mode === 'in_person')) && Math.abs(v.sents[0] - d.sents[0]) <= 3 && !anotherTime(v, d) && !weeksApart(v, d) && !laterStay(v, d) && !(v.leftPlace && v.sents[0] === d.sents[0]))
      // (between a stay told before and a trip told after, as near: "arrived in A on Monday. On Tuesday he met X. He left
      // for B on Wednesday": the meeting belongs to the stay that had begun by its day, not to the trip that starts later)
      .sort((a, b) => Math.abs(a.sents[0] - d.sents[0]) - Math.abs(b.sents[0] - d.sents[0]) || Number(startsLater(a, d)) - Number(startsLater(b, d)) || b.sents[0] - a.sents[0])[0];
    // "GENEVA (AP) _ ... met A at the U.S. mission. Holbrooke had met B in Belgrade on Monday": a visit told after the
    // meeting does not place it when the scene set before it is another city
    const sceneBefore = near && near.sents[0] > d.sents[0] ? sceneOf(doc, d.sents[0]) : null;
    if (near && !(sceneBefore?.city && sceneBefore.city !== near.city)) {
      // "I met X on Sunday. I also met Y here in Doha this morning": a meeting a day or two before the stay told in the
      // next sentence opens that stay (dated by its first day)
      if (d.date && near.date && d.mode === 'in_person' && near.mode === 'in_person' && near.sents[0] - Math.max(...d.sents) === 1 && d.date < near.date && dayGap(d.date, near.date) <= 2) near.date = d.date;
      else if (d.mode === 'in_person' && near.mode === 'in_person' && signedThenArrived(d, near)) near.date = d.date;
      mergeInto(near, d);
      // ("arrived in Geneva on Wednesday and met Foreign Minister X at the Soviet Mission": a minister of a third state met
      // within a stay abroad told in the same sentence came there too, as when the place follows "met" (a head of state
      // or government met at a venue may be its host); not
      // when the sentence tells two stays: "who was in A on Monday, arrived in B on Tuesday and met X"; only the one met
      // first, the verb's object (not the head of a committee met with others); on the meeting's own day, when
      // it has one: the arrival's may be days before, "who arrived on March 26 and met X almost daily")
      if (d.metVerb && d.mode === 'in_person' && d.date && near.city && near.sents[0] === d.sents[0] && located.filter((v) => v.envoy === d.envoy && v.mode === 'in_person' && v.sents[0] === d.sents[0]).length === 1) {
        const own = actors.persons.get(d.envoy)?.country;
        for (const c of d.counterparts.slice(0, 1)) {
          const ci = actors.persons.get(c);
          if (!own || !ci?.country || ci.country === near.country || ci.country === own || !ci.kinds.has('minister')) continue;
          if (basedAt(c, near.city, d.date ?? near.date ?? doc.publishedAt)) continue;
          result.push({ envoy: c, city: near.city, country: near.country, date: d.date, mode: 'in_person', counterparts: [d.envoy], companions: [], sents: [...d.sents], placeless: false, undatedClause: d.undatedClause, metThere: true });
        }
      }
      continue;
    }
    result.push(d);
  }
  // ---- merge duplicates (same envoy, place, mode; dates compatible) ----
  const merged: Draft[] = [];
  for (const d of [...located, ...result].sort((a, b) => a.sents[0] - b.sents[0])) {
    // "arrived in Colombo on Monday ..., met X at Temple Trees on Tuesday": one sentence's days in one city are one
    // stay, dated by its first day
    const oneStay = (v: Draft) => v.mode === 'in_person' && !!v.city && v.sents[0] === d.sents[0];
    const same = merged.find(
      (v) => v.envoy === d.envoy && v.mode === d.mode && v.city === d.city && v.country === d.country && (!v.date || !d.date || v.date === d.date || oneStay(v) || (d.mode === 'in_person' && signedThenArrived(d, v))),
    );
    if (same) {
      if ((oneStay(same) || signedThenArrived(d, same)) && same.date && d.date && d.date < same.date) same.date = d.date;
      mergeInto(same, d);
    }
    else merged.push({ ...d, counterparts: [...d.counterparts], companions: [...d.companions], sents: [...d.sents] });
  }
  // ---- a stay known only from being met gives way to one the article tells of that person in the same city ----
  for (let i = merged.length - 1; i >= 0; i--) {
    const d = merged[i];
    if (d.metThere && d.city && toldInPerson(merged, d.envoy, d.city, d)) merged.splice(i, 1);
  }
  // ---- "EU envoy shuttles between Pristina and Belgrade" over "... is due to travel to Belgrade on Friday": a headline's
  // undated stop that the body announces later is the planned trip, not a second visit (a headline: a line without a
  // full stop, kept as a body sentence when it is the title) ----
  for (let i = merged.length - 1; i >= 0; i--) {
    const d = merged[i];
    if (d.date || d.mode !== 'in_person' || d.sents.some((k) => doc.sentences[k].kind !== 'headline' && /[.!?"”’)]\s*$/.test(doc.sentences[k].text))) continue;
    const plan = merged.find((v) => v.mode === 'planned' && v.envoy === d.envoy && v.city === d.city && v.country === d.country && Math.min(...v.sents) > Math.max(...d.sents));
    // (its counterparts stay out: a headline's clauses name the people of other stories too)
    if (plan) merged.splice(i, 1);
  }
  // ---- "arrived in Bamako on Wednesday for a two-day visit ... X is due to chair the session in Bamako on Thursday": an act
  // announced in the city the envoy reached a day or two before is part of that stay, not another trip ----
  for (let i = merged.length - 1; i >= 0; i--) {
    const d = merged[i];
    if (d.mode !== 'planned' || !d.city || !d.date) continue;
    const stay = merged.find((v) => v.mode === 'in_person' && v.envoy === d.envoy && v.city === d.city && !!v.date && Math.min(...v.sents) < Math.min(...d.sents) && dayGap(v.date, d.date!) >= 0 && dayGap(v.date, d.date!) <= 2);
    if (stay) merged.splice(i, 1);
  }
  // ---- "X, who flew into Harare on Sunday, witnessed the signing" (on Monday): the days after an arrival in the same
  // city, before any stay elsewhere, are one stay, dated by the arrival (an arrival told in the next sentences or so:
  // one told far from a dated meeting is background to it) ----
  for (let i = merged.length - 1; i >= 0; i--) {
    const d = merged[i];
    if (d.mode !== 'in_person' || !d.city || !d.date) continue;
    const movedBetween = (from: string) => merged.some((w) => w.envoy === d.envoy && w.mode === 'in_person' && w.city !== d.city && !!w.date && w.date > from && w.date <= d.date!);
    const stay = merged.find(
      (v) => v !== d && v.mode === 'in_person' && v.envoy === d.envoy && v.city === d.city && !!v.date && ((dayGap(v.date, d.date!) >= 1 && dayGap(v.date, d.date!) <= 3 && ARRIVAL_WORD.test(doc.sentences[Math.min(...v.sents)].text) && Math.abs(Math.min(...v.sents) - Math.min(...d.sents)) <= 2) || signedThenArrived(v, d)) && !movedBetween(v.date),
    );
    if (!stay) continue;
    mergeInto(stay, d);
    merged.splice(i, 1);
  }
  // ---- same trip, same day: an undated stop in the same country right after a dated one ----
  for (const d of merged) {
    if (d.date || !d.undatedClause || d.placeless || d.mode !== 'in_person' || d.ledRound) continue;
    const src = merged.find(
      (v) => v !== d && v.date && !v.placeless && v.mode === 'in_person' && v.envoy === d.envoy && v.country === d.country && Math.min(...v.sents) < Math.min(...d.sents) && Math.min(...d.sents) - Math.min(...v.sents) <= 3,
    );
    // "Barrack met Abdi in Damascus on Wednesday. Abdi travelled to the capital at the head of ...": the meeting's day
    const met = src ? undefined : merged.find(
      (v) => v !== d && v.date && !v.placeless && v.mode === 'in_person' && v.city && v.city === d.city && v.counterparts.includes(d.envoy) && Math.min(...v.sents) <= Math.min(...d.sents) && Math.min(...d.sents) - Math.min(...v.sents) <= 2,
    );
    if (src) d.date = src.date;
    else if (met) d.date = met.date;
  }
  // ---- "A will host a meeting in Geneva on March 17. B and C are expected to travel to Geneva for the meeting": the
  // meeting's day, from the visit of the same mode to the same city just before ("A flew to Kingston on Monday for the
  // meeting. B also attended the meeting in Kingston.") ----
  for (const d of merged) {
    const k = Math.min(...d.sents);
    if (d.date || !d.city || !(d.mode === 'planned' || (d.mode === 'in_person' && d.undatedClause))) continue;
    if (!/\b(?:for|attended|joined) the (?:meeting|talks|summit|round|conference|session)\b/i.test(doc.sentences[k].text)) continue;
    const src = merged.find((v) => v !== d && v.date && v.mode === d.mode && v.city === d.city && v.sents.includes(k - 1));
    if (src) d.date = src.date;
  }
  // ---- "The initiative was launched in Nairobi on Thursday. X joined the opening ceremony by video link from Juba":
  // a remote part in the event of the last dated sentence of the two before, on its day ----
  for (const d of merged) {
    const k = Math.min(...d.sents);
    if (d.date || d.mode !== 'virtual' || !d.undatedClause) continue;
    if (!/\b(?:joined|attended|addressed) the (?:opening |closing )?(?:ceremony|meeting|talks|summit|session|conference)\b/i.test(doc.sentences[k].text)) continue;
    for (let j = k - 1; j >= 0 && j >= k - 2 && !d.date && doc.sentences[j].kind === 'body'; j--) d.date = eventDayOf(doc, j);
  }
  // ---- the lead sets the scene: "Officials met on Tuesday in the Saudi capital ..." then who met whom (the second
  // body sentence too: an undated standfirst, "The meeting at Dolmabahçe Palace lasted ...", can stand above the lead) ----
  for (const lead of doc.sentences.filter((x) => x.kind === 'body').slice(0, 2)) {
    const leadDate = eventDayOf(doc, lead.index);
    const leadPlaces = placesOf(doc, lead.index).filter((p) => !p.metonym && !p.inTitle);
    for (const d of merged) {
      if (d.date || !d.undatedClause || d.placeless || d.mode !== 'in_person' || !leadDate || d.ledRound) continue;
      const first = Math.min(...d.sents);
      if (first <= lead.index || first - lead.index > 2) continue;
      if (leadPlaces.some((p) => (p.city ? p.city === d.city : p.cc === d.country && !d.city))) d.date = leadDate;
    }
  }

  // ---- "flew in for the meeting", "met on Tuesday": a placeless meeting happens where the scene was set ----
  const atHome = new Set<Draft>();
  const placedByScene: Draft[] = [];
  const metWithinStay: Draft[] = [];
  for (const d of merged) {
    if (!d.placeless || d.mode !== 'in_person' || d.elsewhere) continue;
    // (a meeting told without a scene, and the arrival told later where one is set: "She met A there ... She arrived
    // this morning" after "... would fly to Zurich")
    let scene = [...d.sents].sort((a, b) => a - b).reduce<ReturnType<typeof sceneOf>>((found, k) => found ?? sceneOf(doc, k), null);
    // ("A and B also attended.": an attendance naming no event is of the article's own, the lead's, not of the sentence
    // before, which may tell another: "The separate talks in Doha produced a framework. A and B also attended.")
    if (d.attend && d.sents.length === 1 && ELLIPTIC_ATTENDED.test(doc.sentences[d.sents[0]].text)) scene = leadMeetingScene(doc, 'ceremony') ?? scene;
    // (a visit told after the meeting, in another city than the scene set before it, is another stay: see the merge above)
    const laterElsewhere = (w: Draft) => !!scene?.city && Math.min(...w.sents) > Math.min(...d.sents) && w.city !== scene.city;
    const stay = merged.find((w) => w !== d && !w.placeless && w.envoy === d.envoy && w.mode === 'in_person' && !anotherTime(w, d) && !(w.date && d.date && Math.abs(dayGap(w.date, d.date)) > 14) && !laterElsewhere(w) && !laterStay(w, d) && !(w.leftPlace && w.sents.some((k) => d.sents.includes(k))));
    if (stay) {
      if (d.date && stay.mode === 'in_person' && signedThenArrived(d, stay)) stay.date = d.date;
      // ("Annan flew in on Monday ... He met A and B separately this morning": a meeting within a stay told already,
      // in a sentence that names no other place: "is expected to travel to Moscow for a meeting with X" is elsewhere)
      if (stay.city && d.counterparts.length && d.sents.every((k) => !locativePlaces(doc, k).length)) metWithinStay.push({ ...d, city: stay.city, country: stay.country, date: d.date ?? stay.date, placeless: false });
      continue;
    }
    if (!scene && d.attend) scene = leadMeetingScene(doc, d.attend);
    if (!scene && d.attend) {
      // "X, who attended the meeting, ...": the meeting the article placed first
      // (a signing places only those at the ceremony: "who attended the talks as an observer" may have come for days before)
      const main = merged.filter((w) => !w.placeless && w.mode === 'in_person' && w.city && (!w.signing || d.attend === 'ceremony')).sort((a, b) => Math.min(...a.sents) - Math.min(...b.sents))[0];
      if (main) scene = { city: main.city, cc: main.country!, date: main.date, sent: Math.min(...main.sents) };
    }
    if (!scene) continue;
    // ("Powell flew in from Washington" to talks in Key West: a journey inside one's own state, to a city other than its
    // capital, is a trip)
    const domesticTrip = !!scene.city && CAPITAL_BY_CC.get(scene.cc)?.name !== scene.city && d.sents.some((k) => ARRIVAL_WORD.test(doc.sentences[k].text));
    if (actors.persons.get(d.envoy)?.country === scene.cc && !domesticTrip) {
      atHome.add(d); // a host at home ("X, who hosted the delegations"): no visit
      continue;
    }
    d.city = scene.city;
    d.country = scene.cc;
    d.placeless = false;
    if (!d.date && d.undatedClause) d.date = scene.date;
    if (!d.sents.includes(scene.sent)) d.sents.unshift(scene.sent);
    placedByScene.push(d);
  }
  // (after every placeless meeting is placed, so that a stay told of the person met there wins)
  for (const d of [...placedByScene, ...metWithinStay]) merged.push(...thirdStateGovernmentsMet(doc, d, merged));
  companionsAfter(doc, merged);
  // one who travelled with another ("arrived with") keeps the day that other's visit to the same place was given
  for (const v of merged) {
    if (!v.alongOf || v.date) continue;
    const lead = merged.find((w) => w.envoy === v.alongOf && w.city === v.city && w.country === v.country && w.mode === v.mode && w.date);
    if (lead) v.date = lead.date;
  }
  // a placeless duplicate of a located visit, and a country-level visit covered by a city visit, go
  const final = merged.filter((v) => {
    if (atHome.has(v)) return false;
    // "Pedersen met the co-chairs in Geneva": an envoy in the city where their office is, is at home
    if (v.mode !== 'virtual' && v.city && basedAt(v.envoy, v.city, v.date ?? doc.publishedAt)) return false;
    if (v.placeless) {
      if (v.mode === 'in_person') return false;
      return !merged.some((w) => w !== v && !w.placeless && w.envoy === v.envoy && w.mode === v.mode && (!v.date || w.date === v.date));
    }
    if (!v.city) return !merged.some((w) => w !== v && w.city && w.envoy === v.envoy && w.country === v.country && w.mode === v.mode);
    return true;
  });
  return final.map((v) => ({
    envoy: v.envoy,
    city: v.city,
    country: v.country,
    date: v.date,
    mode: v.mode,
    counterparts: v.counterparts.filter((c) => c !== v.envoy),
    companions: v.companions.filter((c) => c !== v.envoy && !v.counterparts.includes(c)),
    evidence: [...new Set(v.sents)]
      .sort((a, b) => a - b)
      .map((i) => doc.sentences[i].text)
      .join(' '),
  }));
}

/**
 * "He was accompanied by ...", "The Personal Envoy was accompanied by ...", "Manzoni was also accompanied by ...",
 * "The delegation included ..." (the travelling party of the visit told just before)
 */
/** ", as did the Slovenian foreign minister, X", ", as is the AU chairman, X": what follows repeats the clause's journey
 *  (done or announced: "X is expected in Paris this morning, as is Y") for other subjects. */
const AS_DID = /,\s+as\s+(?:did|does|do|is|are|was|were|will|would|has|have|had)\s+/g;
/**
 * ", and Turkish Foreign Minister " right before a name: a new coordinate clause, its title included (capitalised words
 * only: ", and met junta chief X the following day" has its own verb).
 */
const AND_TITLE_BEFORE = /,\s+and\s+(?:(?:the|[\p{Lu}][\p{L}.'’-]*)\s+){0,4}$/u;
/** " this morning." after that name, closing the sentence: an arrival whose verb is gapped, on another day. */
const GAPPED_TAIL = /^\s+([^,;.]{3,30}?)\s*[.;]?\s*$/;

/**
 * Travellers who share a journey told just before them in the same sentence, with its verb left out: "A and B flew in
 * this afternoon, as did C" (C makes the same trip, same day) and "A arrived on Friday evening, and B this morning" (B
 * makes it on the day named). Each gets a copy of the nearest visit told before them (a placeless one takes the scene
 * later, like the original).
 */
function echoedTravellers(doc: Doc, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const s of doc.sentences) {
    if (s.kind !== 'body') continue;
    const told = drafts.filter((d) => d.sents[0] === s.index && d.mode !== 'virtual');
    if (!told.length) continue;
    const people = doc.actors.bySentence[s.index].filter((m) => m.kind === 'person' && !m.possessive && !inQuote(doc, m.start));
    const rel = (m: Mention) => m.start - s.start;
    // the visit told nearest before `at`: the one whose traveller was named last before it
    const toldBefore = (at: number): Draft | undefined => {
      const named = people.filter((m) => rel(m) < at && told.some((d) => d.envoy === m.name)).pop();
      return named && told.find((d) => d.envoy === named.name);
    };
    const copy = (d: Draft, envoy: string, date: string | null) => {
      const info = doc.actors.persons.get(envoy);
      if (!info || !eligible(info.kinds) || drafts.some((x) => x.envoy === envoy && x.sents.includes(s.index)) || out.some((x) => x.envoy === envoy && x.sents.includes(s.index))) return;
      // (one who did as the traveller did is no one the traveller met: "A attended the signing, as did B")
      d.counterparts = d.counterparts.filter((c) => c !== envoy);
      out.push({ ...d, envoy, date, counterparts: [...d.counterparts], companions: [], sents: [s.index], undatedClause: !date });
    };
    for (const m of s.text.matchAll(AS_DID)) {
      const from = (m.index ?? 0) + m[0].length;
      const to = s.text.slice(from).search(/[;.]/);
      const d = toldBefore(m.index ?? 0);
      if (!d) continue;
      for (const p of people) if (rel(p) >= from && (to < 0 || rel(p) < from + to)) copy(d, p.name, d.date);
    }
    const last = people[people.length - 1];
    const gap = last && AND_TITLE_BEFORE.test(s.text.slice(Math.max(0, rel(last) - 50), rel(last))) ? GAPPED_TAIL.exec(s.text.slice(last.end - s.start)) : null;
    const day = gap ? datesOf(doc, s.index, false).find((x) => x.start >= last.end - s.start && x.text.trim().length >= gap[1].trim().length - 1) : undefined;
    const d = day?.date ? toldBefore(rel(last)) : undefined;
    if (d && day?.date !== d.date) copy(d, last.name, day!.date);
  }
  return out;
}

/** "has invited A and B to " right before a city: the invitees (named, or "the two leaders") are to come there. */
const INVITED_BEFORE = /\b(?:has|have|had)\s+(?:also\s+)?invited\s+(?<who>[^;.:"“”]{3,120}?)\s+to\s+(?:the\s+)?$/i;
const INVITED_PAIR = /^(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|ministers|foreign ministers|sides' leaders)$/i;

/**
 * An invitation to a city ("Michel has invited the two leaders to Brussels for a meeting on May 14"): each invitee
 * foreign to it plans to come, on the day given right after the place; "the two leaders" are the last two officials
 * named before.
 */
function invitedTo(doc: Doc): Draft[] {
  const out: Draft[] = [];
  for (const s of doc.sentences) {
    if (s.kind !== 'body' || !/\binvited\b/i.test(s.text)) continue;
    for (const p of placesOf(doc, s.index)) {
      if (!p.city || p.inTitle || p.metonym || inQuote(doc, s.start + p.start)) continue;
      const m = INVITED_BEFORE.exec(s.text.slice(Math.max(0, p.start - 160), p.start));
      if (!m?.groups) continue;
      const whoEnd = p.start - (m[0].length - m[0].indexOf(m.groups.who) - m.groups.who.length);
      const whoStart = whoEnd - m.groups.who.length;
      const named = doc.actors.bySentence[s.index].filter((x) => x.kind === 'person' && !x.possessive && x.start - s.start >= whoStart && x.end - s.start <= whoEnd).map((x) => x.name);
      const invitees = named.length ? named : INVITED_PAIR.test(m.groups.who.trim()) ? (lastTwoOfficials(doc, s.index) ?? []) : [];
      const day = datesOf(doc, s.index, true).find((d) => d.start >= p.end && d.start - p.end <= 40)?.date ?? null;
      for (const who of new Set(invitees)) {
        const info = doc.actors.persons.get(who);
        if (!info || !eligible(info.kinds) || info.country === p.cc) continue;
        out.push({ envoy: who, city: p.city, country: p.cc, date: day, mode: 'planned', counterparts: [], companions: [], sents: [s.index], placeless: false, undatedClause: !day });
      }
    }
  }
  return out;
}

/** Right before a city: the pair received there ("after hosting the two leaders in", "received both presidents at"). */
const HOSTED_PAIR_BEFORE = /\b(?<!\b(?:will|would|to|shall)\s+(?:be\s+)?)(?:hosting|hosted|received|receiving|welcomed|welcoming)\s+(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|prime ministers|foreign ministers|ministers)\s+(?:in|at)\s+(?:the\s+)?$/i;

/**
 * "Presidents A and B agreed on Monday ..., the mediators said after hosting the two leaders in Vienna": the pair
 * hosted in a city, the first two officials the sentence names (else the last two named before), each came there on
 * the sentence's day, face to face with the other.
 */
function hostedPair(doc: Doc): Draft[] {
  const out: Draft[] = [];
  for (const s of doc.sentences) {
    if (s.kind !== 'body' || !/\b(?:hosting|hosted|received|receiving|welcomed|welcoming)\s+(?:the|both)\s/i.test(s.text)) continue;
    for (const p of placesOf(doc, s.index)) {
      if (!p.city || p.inTitle || p.metonym || inQuote(doc, s.start + p.start)) continue;
      const m = HOSTED_PAIR_BEFORE.exec(s.text.slice(Math.max(0, p.start - 80), p.start));
      if (!m) continue;
      const at = p.start - m[0].length;
      const named = doc.actors.bySentence[s.index].filter((x) => x.kind === 'person' && !x.possessive && x.start - s.start < at && eligible(doc.actors.persons.get(x.name)?.kinds)).map((x) => x.name);
      const pair = named.length >= 2 ? [named[0], named[1]] : lastTwoOfficials(doc, s.index);
      if (!pair || pair[0] === pair[1]) continue;
      const day = eventDayOf(doc, s.index);
      for (const who of pair) {
        const info = doc.actors.persons.get(who);
        if (!info || info.country === p.cc || basedAt(who, p.city, day ?? doc.publishedAt)) continue;
        out.push({ envoy: who, city: p.city, country: p.cc, date: day, mode: 'in_person', counterparts: pair.filter((x) => x !== who), companions: [], sents: [s.index], placeless: false, undatedClause: !day });
      }
    }
  }
  return out;
}

const ACCOMPANIED_SENTENCE =
  /^(?:(?:He|She|I|The\s+(?:[\w-]+\s+){0,4}?(?:envoy|minister|representative|mediator|secretary|president)|([\p{Lu}][\p{L}'’-]+))\s+(?:was|is)\s+(?:also\s+)?accompanied\s+by|The\s+(?:[\w-]+\s+){0,3}?delegation\s+(?:also\s+)?(?:included|comprised|was made up of))\b/iu;

/**
 * A sentence of its own naming who travelled with the envoy ("The Personal Envoy was accompanied by the Swiss
 * Ambassador to Mozambique, X.") right after the sentence of one in-person visit: the people it names are companions.
 */
function companionsAfter(doc: Doc, drafts: Draft[]): void {
  for (const s of doc.sentences) {
    // (the body sentence before it: a photo caption's "Photo 2 of 6" line between them counts for nothing)
    let prev = s.index - 1;
    while (prev >= 0 && doc.sentences[prev].kind === 'headline' && s.index - prev <= 2) prev--;
    const m = s.kind === 'body' && prev >= 0 && doc.sentences[prev].kind === 'body' ? ACCOMPANIED_SENTENCE.exec(s.text) : null;
    if (!m) continue;
    let before = drafts.filter((d) => d.mode === 'in_person' && !d.placeless && d.sents.includes(prev));
    // ("A and B arrived in Doha on Tuesday ... The talks focus on X. A was accompanied by C": a surname as subject names
    // its traveller's visit told up to two body sentences before, beside another's)
    if (m[1]) {
      for (let k = prev; k >= 0 && k >= prev - 2 && doc.sentences[k].kind === 'body'; k--) {
        const named = drafts.filter((d) => d.mode === 'in_person' && !d.placeless && d.sents.includes(k) && d.envoy.split(' ').includes(m[1]));
        if (named.length) {
          before = named;
          break;
        }
      }
    }
    // (one traveller's visit, possibly told twice in that sentence: "visited Mogadishu, his first trip to Somalia ...")
    if (!before.length || new Set(before.map((d) => d.envoy)).size !== 1) continue;
    // a surname as subject must be the envoy's
    if (m[1] && !before[0].envoy.split(' ').includes(m[1])) continue;
    for (const v of before)
      for (const p of doc.actors.bySentence[s.index]) {
        if (p.kind !== 'person' || p.possessive || p.name === v.envoy || v.companions.includes(p.name) || v.counterparts.includes(p.name)) continue;
        v.companions.push(p.name);
        if (!v.sents.includes(s.index)) v.sents.push(s.index);
      }
  }
}

/** Located, non-metonymic, non-title places of a body sentence, outside quotations. */
function locativePlaces(doc: Doc, k: number): PlaceMention[] {
  const s = doc.sentences[k];
  if (!s || s.kind !== 'body') return [];
  return placesOf(doc, k).filter((p) => p.locative && !p.inTitle && !p.metonym && !inQuote(doc, s.start + p.start));
}

/**
 * The city of the article's dateline ("JEDDAH", "Kabul") for sentence `k` when it is the lead: "November 7, 2023
 * (JEDDAH) – The talks were adjourned on Tuesday" places the lead's talks (not a video conference, which happened
 * nowhere in particular).
 */
function datelinePlace(doc: Doc, k: number): PlaceMention | null {
  if (!doc.dateline) return null;
  let lead = LEAD_DATELINE.get(doc);
  if (lead === undefined) {
    // once per article: sceneOf asks for it for many sentences
    const s = doc.sentences.find((x) => x.kind === 'body');
    const virtual = !s || triggersOf(s.text).some((t) => t.mode === 'virtual');
    const name = doc.dateline.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    // ("DAR ES SALAAM", "Dar es Salaam": the particles of a city's name stay in lower case)
    const particles = name.replace(/ (Es|El|Al|As|De|La|Du|Ad) /g, (m) => m.toLowerCase());
    const place = virtual ? null : ([doc.dateline, name, particles].map((n) => findPlaces(n).find((p) => p.city && p.start === 0 && p.end === n.length)).find(Boolean) ?? findPlaces(name).find((p) => p.city) ?? null);
    lead = place && s ? { sent: s.index, place } : null;
    LEAD_DATELINE.set(doc, lead);
  }
  return lead && lead.sent === k ? lead.place : null;
}
const LEAD_DATELINE = new WeakMap<Doc, { sent: number; place: PlaceMention } | null>();

/** "I" as the subject right before a trigger ("On Monday I flew to", "I sat down in"). */
/** "I flew to", "I was in", and a remote meeting held in the first person ("I held a video call with ..."). */
const FIRST_PERSON_BEFORE = /(?:^|[^\p{L}])I\s+(?:(?:then|also|later|first|had|have|was)\s+)?(?:(?:held|had|joined|chaired)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?)?$/u;
/** A byline line ("By Tom Perriello", "BY TOM PERRIELLO, OPINION CONTRIBUTOR - 08/24/24"): the name before a comma or dash. */
const POST_AUTHOR_RE = /^[ \t]*([\p{Lu}][\p{L}.'’ -]{2,60}?)\s+[•·]\s+(?:\d(?:st|nd|rd|th)|Following|Author|Verified)\b/mu;
const BYLINE_RE = /^[ \t]*by\s+([\p{L}.'’ -]+?)\s*(?:,|\s[-–|]|$)/imu;
/** No dated mention among a trigger's own dates. */
function undatedHere(own: Array<{ date: string | null }>): boolean {
  return !own.some((d) => d.date);
}

/** A word before a person's name that makes them someone met ("met A", "talks with A", "hosted A"). */
const MET_BEFORE = /\b(?:met|meets|meeting|talks|with|received|receives|hosted|hosts|joined)\b/i;
/**
 * "GENEVA - X met the Bosnian, Croatian and Yugoslav foreign ministers at the U.S. mission": the heads of state or
 * government and ministers of third states met in the scene's city came there too, unless based there or told there.
 */
function thirdStateGovernmentsMet(doc: Doc, d: Draft, merged: Draft[]): Draft[] {
  const actors = doc.actors;
  const own = actors.persons.get(d.envoy)?.country;
  if (d.mode !== 'in_person' || !d.city || !own) return [];
  // (named in full as one met: "President X" by surname alone refers back to someone the article may place elsewhere,
  // and "guests including A, who arrived on Monday, and B" are fellow guests, not met)
  const namedInFull = (c: string) =>
    d.sents.some((k) => actors.bySentence[k].some((m) => m.name === c && m.via === 'name' && MET_BEFORE.test(doc.raw.slice(doc.sentences[k].start, m.start))));
  return d.counterparts
    .filter((c) => {
      const ci = actors.persons.get(c);
      if (!ci?.country || ci.country === d.country || ci.country === own || ![...ci.kinds].some((k) => GOVERNMENT_KINDS.has(k)) || !namedInFull(c)) return false;
      return !basedAt(c, d.city!, d.date) && !toldInPerson(merged, c, d.city!);
    })
    .map((c) => ({ envoy: c, city: d.city, country: d.country, date: d.date, mode: 'in_person' as const, counterparts: [d.envoy], companions: [], sents: [...d.sents], placeless: false, undatedClause: d.undatedClause }));
}

/** Whether the visits hold an in-person stay of `envoy` in `city` (accents and case aside), other than `except`. */
function toldInPerson(visits: readonly Draft[], envoy: string, city: string, except?: Draft): boolean {
  return visits.some((v) => v !== except && v.envoy === envoy && v.mode === 'in_person' && !!v.city && foldKey(v.city) === foldKey(city));
}

/** Whether a located visit starts after the day of a dated placeless meeting. */
const startsLater = (v: Draft, meeting: Draft): boolean => !!v.date && !!meeting.date && v.date > meeting.date;
/**
 * "June 30 - Guterres arrives with X. ... July 6 - Guterres returns to Crans-Montana": a stay told after a dated meeting
 * and beginning days after it is another stay (the meeting keeps its own day and the scene's place).
 */
const laterStay = (v: Draft, meeting: Draft): boolean => v.sents[0] > meeting.sents[0] && !!v.date && !!meeting.date && dayGap(meeting.date, v.date) > 2;
/** Days from ISO date a to ISO date b. */
function dayGap(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
}

/** Under a transcript's speaker label ("USG DICARLO: Yes. I met ..."), the person who speaks the paragraph, or null. */
function labelSpeaker(doc: Doc, k: number): string | null {
  const block = doc.sentences[k].block;
  let first = k;
  while (first > 0 && doc.sentences[first - 1].block === block) first--;
  const text = doc.sentences[first].text;
  const label = TRANSCRIPT_LABEL.exec(text) ?? HANSARD_LABEL.exec(text) ?? NAME_OFFICE_LABEL.exec(text);
  if (label) return transcriptSpeaker(doc, label[1]);
  // "Oleg Serebrian: Not this year. ... Next week I will travel to Brussels": an interview's answer labelled by a full
  // name, when its first name belongs to the person the surname resolves to (as for the answer's statement)
  const named = NAME_LABEL.exec(text);
  if (!named) {
    // "Brahimi: ... I will go to Kabul": an interview's answer labelled by the surname of someone the article names
    const sl = paragraphLabel(doc, first);
    return sl && sl[2] !== undefined && sl[1] === sl[2] ? transcriptSpeaker(doc, sl[1]) : null;
  }
  const who = transcriptSpeaker(doc, named[1]);
  return who && foldKey(who).includes(foldKey(named[2])) ? who : null;
}

/** The known person an article is signed by, whom its first person stands for (an envoy's op-ed), or null. */
function bylineAuthor(doc: Doc): string | null {
  let author = BYLINE_AUTHOR.get(doc);
  if (author === undefined) {
    const m = BYLINE_RE.exec(doc.raw);
    author = (m && PERSON_BY_NAME.get(foldKey(m[1]))?.name) ?? null;
    // a social post's header, "Hanna Serwaa Tetteh • 2nd" (the author's name, a bullet, the network degree or "Following")
    if (!author) {
      const h = POST_AUTHOR_RE.exec(doc.raw.slice(0, 600));
      const kb = h ? PERSON_BY_NAME.get(foldKey(h[1])) : undefined;
      author = kb?.name ?? null;
      // (the header is page furniture: the author joins the article's people so that the first person can travel)
      if (kb && !doc.actors.persons.has(kb.name)) {
        const toks = kb.name.split(/\s+/);
        doc.actors.persons.set(kb.name, { name: kb.name, country: kb.country ?? null, kinds: roleActive(kb, doc.publishedAt), titleWords: new Set(), known: true, lastToken: foldKey(toks[toks.length - 1]), tokens: toks.map(foldKey) });
      }
    }
    BYLINE_AUTHOR.set(doc, author);
  }
  return author;
}
const BYLINE_AUTHOR = new WeakMap<Doc, string | null>();

/** "flew back in on Sunday", "arrived on Wednesday morning": someone came to where the story is told */
/** After "has led the delegation": "at the talks since the final round resumed in Geneva" (the talks' place in the since-clause). */
const LED_SINCE_IN = /^\s+(?:in|at)\s+the\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations)\s+since\s+[^.;]{0,60}?\b(?:in|at)\s+\p{Lu}/u;
const PLACELESS_ARRIVAL = /\b(?:arrived|arrives|landed|(?:flew|flown|drove)\s+(?:back\s+)?in|came\s+back|touched\s+down)\b(?!\s+(?:in|at|to|from)\s)/i;
const SCHEDULED_SCENE = /\b(?:is|are)\s+(?:(?:now|also|tentatively)\s+)?(?:scheduled|due|set|expected|planned|slated)\s+(?:for|to\s+(?:take place|be held|open|start|begin|resume|convene))\b|\bwill\s+(?:be\s+held|take\s+place|convene|resume)\b/i;
/**
 * The place a meeting without one happens in: the one city named as a location in the sentence
 * before it (or two before), else in the article's lead, when that sentence names exactly one.
 */
function sceneOf(doc: Doc, sent: number): { city: string | null; cc: string; date: string | null; sent: number } | null {
  const lead = doc.sentences.find((x) => x.kind === 'body')?.index ?? -1;
  // ("arrived in Vienna ... He was joined by X. The others came and went. A flew back in on Sunday": for an arrival,
  // further back, the sentence before a run of body sentences that name no place as a location still sets the scene;
  // a meeting that far from its place may be another one, "met the President at the Academy")
  const further: number[] = [];
  for (let k = sent - 3; k >= Math.max(0, sent - 4) && PLACELESS_ARRIVAL.test(doc.sentences[sent].text); k--) {
    const between = doc.sentences.slice(k + 1, sent);
    if (!between.every((x) => x.kind === 'body' && !locativePlaces(doc, x.index).length)) break;
    further.push(k);
  }
  // "KEY WEST, Fla. (AP) - Powell opened talks on Tuesday": the lead's own placeless events happen at its dateline
  const dateline = sent === lead ? datelinePlace(doc, lead) : null;
  if (dateline) return { city: dateline.city, cc: dateline.cc, date: eventDayOf(doc, lead), sent: lead };
  for (const k of [sent - 1, sent - 2, ...further, lead]) {
    if (k < 0 || k >= sent || (k === lead && sent - k > 3 && !further.includes(k))) continue; // the lead sets the scene of the first paragraphs only
    const s = doc.sentences[k];
    // "The next round is scheduled for June 25 in Geneva": an announced event sets no scene for what happened
    if (SCHEDULED_SCENE.test(s.text)) continue;
    // "on his return to Caracas", "back home in Kabul": where someone went home, not where the scene is;
    // "arrived from Caracas": the place left, not the scene
    const ps = locativePlaces(doc, k).filter((p) => p.city && !RETURN_BEFORE_PLACE.test(s.text.slice(Math.max(0, p.start - 25), p.start)) && !ORIGIN_BEFORE_PLACE.test(s.text.slice(Math.max(0, p.start - 12), p.start)));
    const cities = new Set(ps.map((p) => p.city));
    const dl = !cities.size ? datelinePlace(doc, k) : null;
    if (dl) {
      return { city: dl.city, cc: dl.cc, date: eventDayOf(doc, k), sent: k };
    }
    if (cities.size > 1) {
      // "NAIROBI, Nov. 12 -- ... signed a declaration in Kenya's capital Nairobi on ... agreed in Pretoria on Nov. 2": of
      // the lead's cities, the dateline's sets the scene
      const dlc = datelinePlace(doc, k);
      if (dlc?.city && cities.has(dlc.city)) return { city: dlc.city, cc: dlc.cc, date: eventDayOf(doc, k), sent: k };
    }
    if (cities.size !== 1) continue;
    const p = ps[0];
    return { city: p.city, cc: p.cc, date: eventDayOf(doc, k), sent: k };
  }
  return null;
}

/** "A and B also attended.", "X attended too, along with Y": an attendance that names no event. */
const ELLIPTIC_ATTENDED = /\battended(?:\s+(?:too|as\s+well))?\s*(?:[.;]|,\s+(?:along|together)\s+with\b)/;
/**
 * "Thailand opened consultations in Bangkok on Thursday. ... X attended the session": the meeting someone attends, told
 * without a place far from the lead, is the lead's own when the lead tells a meeting in one city (its day the lead's);
 * for a ceremony, a lead telling a signing or a ceremony will do.
 */
function leadMeetingScene(doc: Doc, attend: 'meeting' | 'ceremony'): { city: string | null; cc: string; date: string | null; sent: number } | null {
  const lead = doc.sentences.find((x) => x.kind === 'body');
  if (!lead || !(attend === 'ceremony' ? /\b(?:talks|meeting|summit|session|consultations|conference|negotiations|round|ceremony|sign(?:ed|ing))\b/i : /\b(?:talks|meeting|summit|session|consultations|conference|negotiations|round)\b/i).test(lead.text)) return null;
  // (a lead telling a signing places only those at the ceremony: "who attended the talks" may have been there for days)
  if (attend !== 'ceremony' && /\bsign(?:ed|ing|s)?\b/i.test(lead.text)) return null;
  const cities = new Map(locativePlaces(doc, lead.index).filter((p) => p.city).map((p) => [p.city, p] as const));
  const p = cities.size === 1 ? [...cities.values()][0] : null;
  const at = p ? { city: p.city, cc: p.cc } : datelinePlace(doc, lead.index);
  return at?.city ? { city: at.city, cc: at.cc, date: eventDayOf(doc, lead.index), sent: lead.index } : null;
}

/** The day a sentence gives its events: its first date, unless that dates a saying ("his office said on Tuesday"). */
function eventDayOf(doc: Doc, sent: number): string | null {
  const text = doc.sentences[sent].text;
  const days = datesOf(doc, sent, false).filter((d) => d.date && !SPEECH_DATE_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)));
  // ("X, who had left Geneva on Tuesday night, flew back on Thursday for the final session": the who-clause's day is
  // its antecedent's earlier doing; the main clause's day is the scene's)
  const rels = days.length > 1 ? whoClauseSpans(text) : [];
  return (days.find((d) => !rels.some(([a, b]) => d.start >= a && d.end <= b)) ?? days[0])?.date ?? null;
}


/** Those that, followed by "including X", name participants of talks. */
const PARTICIPANTS = String.raw`(?:envoys|delegations|representatives|ministers|delegates|advisers|advisors|officials|diplomats|negotiators|mediators)`;
const HEAD_HINT = new RegExp(String.raw`\b(?:led by|headed by|represented by|attended by|flanked by|(?:was|were) (?:jointly )?(?:co-)?hosted by|${PARTICIPANTS}\b[^.;]{0,80}\bincluding|attended\b[^.;]{0,80}?,? (?:among them|including)|chaired by|co-chaired by|delegation by|team by|head of|who (?:leads|led|heads|headed)|(?:led|leads|headed|heads) (?:the|a|an|his|her|its|their|[A-Z][\w-]+['’]s) (?:[\w.'’-]+ ){0,3}(?:delegation|negotiating team|team|negotiators|panel|side))\b`, 'i');
const TALKS_NOUN = /\b(?:talks|negotiations|round|discussions|consultations|meeting|summit|conference|agreement|deal|accord|met|meets)\b/i;
/** "The Georgian delegation was led by ...", "the opposition is represented by ...", "and the Russian delegation by ...", "and Somaliland's by ...", "and the opposition's by ..." */
const LED_BY_BEFORE =
  /(?:\b(?:[Dd]elegation|[Tt]eam|[Pp]anel|[Ss]ide|[Nn]egotiators|[Aa]lliance|[Oo]pposition|[Gg]overnment)\s+(?:(?:is|was|were|are|has been|had been|will be)\s+)?(?:(?:again|also|once again|still|now)\s+)?(?:(?:led|headed|represented)\s+)?|\b[A-Z][\w'’-]+\s+(?:is|was|were|are|has been|had been|will be)\s+(?:(?:again|also)\s+)?represented\s+|(?:\band\s+(?:the\s+)?[A-Za-z][\w-]+|\b[A-Z][\w-]+)['’]s\s+(?:(?:is|was|were|are|has been|had been|will be)\s+)?(?:(?:again|also|once again|still|now)\s+)?(?:(?:led|headed|represented)\s+)?)by\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w.'’-]+,?\s+){0,6}$/;
/** "a broad-based transitional government headed by": a government the talks set up, headed by someone. */
const FORMED_GOVERNMENT_BEFORE = /\b(?:transitional|interim|new|unity|coalition|caretaker|broad-based)\s+(?:[\w-]+\s+)?government\s+(?:to\s+be\s+)?(?:led|headed)\s+by\s+(?:the\s+)?(?:[\w.'’-]+,?\s+){0,6}$/i;
const LED_BY_COMMA_BEFORE = /\b(?:[Dd]elegation|[Tt]eam),\s+(?:led|headed)\s+by\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,6}$/;
/** "brings together envoys from some 25 countries, including US Special Representative X": a participant named */
const PARTICIPANT_BEFORE = new RegExp(String.raw`\b${PARTICIPANTS}\b[^.;]{0,80}?\bincluding\s+(?:[\w.'’-]+,?\s+){0,6}$`);
/** "The signing ceremony ... was attended by X": a participant named */
/** "read the joint statement ..., flanked by the chief negotiator of the guerrilla, X": beside the head at the talks. */
const FLANKED_BY_BEFORE = /\bflanked\s+by\s+(?:the\s+)?(?:[\w.'’-]+,?\s+){0,8}$/i;
const ATTENDED_BY_BEFORE = /\b(?:was|were)\s+(?:also\s+)?attended\s+by\s+(?:the\s+)?(?:[\w.'’-]+,?\s+){0,6}$/i;
/** "was attended by A, B and C", "... attended, among them A, B and C": every name of the list attended (read on a
 *  longer stretch before the name than the other hints) */
const ATTENDED_LIST_BEFORE = /\b(?:was|were)\s+(?:also\s+)?attended\s+by\s+(?:the\s+)?(?:[^.;:"“”()]{0,220}?(?:,|\band)\s+)?(?:[\w.'’-]+,?\s+){0,6}$/i;
/** "The first joint summit of the two blocs was co-chaired by": the meeting itself the subject (no relative clause) */
const HOSTED_HERE = /\b(?:meeting|talks|summit|session|round|conference)\b[^.;:,]{0,80}?\b(?:was|were)\s+(?:jointly\s+)?(?:hosted|co-hosted|chaired|co-chaired)\s+by\b/i;
/** "The meeting was hosted by A, B and C", "was co-chaired by A and B": each host or chair of the list sat in the
 *  meeting (one of the place's own state is at home); an initial's full stop is no sentence's end ("U.S. Secretary of
 *  State A, Russian Foreign Minister B") */
const HOSTED_LIST_BEFORE = /\b(?:meeting|talks|summit|session|round|conference|negotiations|consultations)\b(?:[^.;:"“”()]|(?<=\b[A-Z])\.){0,120}?\b(?:was|were)\s+(?:jointly\s+)?(?:hosted|co-hosted|chaired|co-chaired)\s+by\s+(?:the\s+)?(?:(?:[^.;:"“”()]|(?<=\b[A-Z])\.){0,220}?(?:,|\band)\s+)?(?:[\w.'’-]+,?\s+){0,6}$/i;
/** "Delegations attended, among them A, B and C": the gathering is the one the sentence itself places or dates */
const ATTENDED_AMONG_BEFORE = /\battended\b(?:[^.;:"“”()]{0,80}?,)?\s+(?:among\s+them|including)\s+(?:the\s+)?(?:[^.;:"“”()]{0,220}?(?:,|\band)\s+)?(?:[\w.'’-]+,?\s+){0,6}$/i;
/** "chaired by US envoy X": a chair from another state came to the talks (one from the host state is at home) */
const CHAIRED_BY_BEFORE = /\b(?:chaired|co-chaired)\s+by\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,6}$/i;
const HEAD_OF_BEFORE = /\bhead of (?:the\s+)?(?:[\w.'’-]+\s+){0,3}(?:delegation|negotiating team|team|panel)\b[^.;]{0,60}$/i;
/** "... led by X would attend", "... headed by X will travel": the head's part is announced, not yet made */
const PLANNED_AFTER_HEAD = /^[^.;:"“”]{0,40}?\b(?:will|would|shall|(?:is|are)\s+(?:expected|due|set|scheduled|slated)\s+to)\s+(?:also\s+)?(?:attend|travel|go|come|take part|participate|join|arrive|be there)\b/i;
/** "adviser to Prime Minister X", "spokesman of President X": the principal named to describe someone else */
const PRINCIPAL_BEFORE = /\b(?:adviser|advisor|aide|assistant|spokes(?:man|woman|person))\s+(?:to|of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}$/u;
/** ", who leads the government delegation", ", who was appointed in December, led the government delegation", ", head of the U.S. delegation" */
const LEADS_AFTER =
  /^\s*(?:(?:,\s*who\s+|(?:,[^,;]{0,90},\s*)?)(?:leads|led|heads|headed)\s+|,\s*(?:[^,;]{0,60}?\s+and\s+)?(?:the\s+)?(?:head|leader|chief)\s+of\s+)(?:the\s+)?(?:[\w.'’-]+\s+){0,3}(?:delegation|negotiating team|team|negotiators|panel|side)\b/i;

/**
 * Heads of delegations at talks held in a named city on a named day: each is there in person.
 * The talks' sentence gives the place and day ("talks resumed in Nairobi on Monday"); the heads are
 * named in it or in the next three sentences.
 */
function delegationHeads(doc: Doc, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const { actors } = doc;
  // sentences that name a delegation's head at all (most articles have none: nothing else to do)
  // nearHead[k]: a sentence in [k - 1, k + 3] names a head (prefix counts keep this linear)
  const n = doc.sentences.length;
  const heads0 = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) heads0[k + 1] = heads0[k] + (doc.sentences[k].kind === 'body' && HEAD_HINT.test(doc.sentences[k].text) ? 1 : 0);
  if (!heads0[n]) return out;
  const nearHead = (k: number) => heads0[Math.min(n, k + 4)] - heads0[Math.max(0, k - 1)] > 0;
  let prevVenue: { city: string | null; cc: string; date: string | null; sent: number } | null = null;
  for (const sent of doc.sentences) {
    if (sent.kind !== 'body' || !TALKS_NOUN.test(sent.text)) continue;
    if (!nearHead(sent.index)) continue;
    let date = datesOf(doc, sent.index, false).find((d) => d.date)?.date ?? null;
    const ownDate = !!date;
    // ("X, who arrived from Abu Dhabi on Sunday, led a delegation to the talks": the place left is not the talks')
    const ps = locativePlaces(doc, sent.index).filter((x) => !ORIGIN_OR_TRANSIT_BEFORE.test(sent.text.slice(Math.max(0, x.start - 12), x.start)));
    // "The two-day round ... ended on January 25": the talks the previous sentences placed, on this sentence's day
    // ("The summit was co-chaired by A and B at the convention centre": so are those a meeting's hosts sat in, on the
    // day of the scene)
    const hostedHere = !date && HOSTED_HERE.test(sent.text);
    const scene = date || hostedHere ? sceneOf(doc, sent.index) : null;
    if (hostedHere) date = scene?.date ?? null;
    const p: { city: string | null; cc: string } | null =
      ps.find((x) => x.city) ?? ps[0] ?? carriedVenue(prevVenue, date, sent.index) ?? (scene?.city ? scene : null) ?? datelinePlace(doc, sent.index);
    if (!p) continue;
    const ownScene = ownDate || ps.length > 0;
    if (!date && prevVenue && prevVenue.cc === p.cc && sent.index - prevVenue.sent <= 1) date = prevVenue.date;
    prevVenue = { city: p.city, cc: p.cc, date, sent: sent.index };
    if (!date || !p.city) continue;
    const heads: Array<{ name: string; sent: number; ownDay?: boolean; host?: boolean }> = [];
    for (let k = sent.index; k < doc.sentences.length && k <= sent.index + 3; k++) {
      const s = doc.sentences[k];
      if (s.kind !== 'body') continue;
      for (const m of actors.bySentence[k]) {
        // "headed by President X's special envoy, Y": X only qualifies the head
        if (m.kind !== 'person' || m.possessive || inQuote(doc, m.start) || heads.some((h) => h.name === m.name)) continue;
        const before = doc.raw.slice(Math.max(s.start, m.start - 90), m.start);
        const after = doc.raw.slice(m.end, Math.min(s.end, m.end + 160));
        const foreignChair = CHAIRED_BY_BEFORE.test(before) && !!actors.persons.get(m.name)?.country;
        // ("attended, among them A, B and C" only in the sentence that itself places or dates the gathering: a few
        // sentences after talks told elsewhere it may be another one)
        const listed = doc.raw.slice(Math.max(s.start, m.start - 280), m.start);
        const host = HOSTED_LIST_BEFORE.test(listed);
        const participant = PARTICIPANT_BEFORE.test(before) || ATTENDED_BY_BEFORE.test(before) || FLANKED_BY_BEFORE.test(before) || ATTENDED_LIST_BEFORE.test(listed) || host || (k === sent.index && ownScene && ATTENDED_AMONG_BEFORE.test(listed));
        // "The Pakistani delegation, led by X, held talks in Istanbul": a head in apposition, where the sentence places the talks
        const ledInApposition = LED_BY_COMMA_BEFORE.test(before) && locativePlaces(doc, k).some((x) => x.city === p.city);
        // ("The Ukrainian delegation, headed by X, included A and B" after the talks' sentence: a sentence placing nothing,
        // dated by its own day if it has one: "The delegation, headed by X, arrived on Thursday")
        const ledAfterTalks = !ledInApposition && k !== sent.index && LED_BY_COMMA_BEFORE.test(before) && !locativePlaces(doc, k).length;
        // "Mr. Muttaqi said that a delegation led by X would attend": an announced head is not at talks already held
        if (PLANNED_AFTER_HEAD.test(after)) continue;
        // "A, national security adviser to Prime Minister X, who led the government delegation": X only qualifies A
        if (PRINCIPAL_BEFORE.test(before)) continue;
        // "a transitional government headed by X is to be installed": the head of a government formed, not of a delegation
        if (FORMED_GOVERNMENT_BEFORE.test(before)) continue;
        if (LED_BY_BEFORE.test(before) || ledInApposition || ledAfterTalks || HEAD_OF_BEFORE.test(before) || LEADS_AFTER.test(after) || foreignChair || participant) heads.push({ name: m.name, sent: k, ownDay: ledAfterTalks, host });
      }
    }
    for (const h of heads) {
      // "X, who headed the Russian delegation in Geneva, said ..." after talks in Sukhumi: the head's own sentence places
      // him at other talks
      if (h.sent !== sent.index && locativePlaces(doc, h.sent).some((x) => x.city && x.city !== p.city)) continue;
      // "The Pakistani delegation, led by X, held two days of talks in Istanbul on Thursday and Friday": the head's own
      // sentence, placing the talks in the same city, dates them
      let hDate = date;
      if (h.ownDay || (h.sent !== sent.index && locativePlaces(doc, h.sent).some((x) => x.city === p.city))) hDate = datesOf(doc, h.sent, false).find((d) => d.date)?.date ?? date;
      // (an undated stay in the same city told only later, "said the delegation had come to Oslo in good faith", does not
      // hide the day of the talks the head led)
      if ([...drafts, ...out].some((d) => d.envoy === h.name && d.mode === 'in_person' && !d.placeless && ((d.city === p.city && (!!d.date || Math.min(...d.sents) <= sent.index)) || d.date === hDate))) continue;
      const info = actors.persons.get(h.name);
      if (info?.country && info.country === p.cc) continue; // the host side is at home
      out.push({
        envoy: h.name,
        city: p.city,
        country: p.cc,
        date: hDate,
        mode: 'in_person',
        // (co-hosts sit on one side of the table: not one another's counterparts)
        counterparts: heads.filter((x) => x.name !== h.name && !(h.host && x.host)).map((x) => x.name),
        companions: [],
        sents: [...new Set([sent.index, h.sent])],
        placeless: false,
        undatedClause: false,
      });
    }
  }
  return out;
}

/** The venue of the talks placed in the two sentences before, for a dated talks sentence that names no place. */
function carriedVenue(prev: { city: string | null; cc: string; sent: number } | null, date: string | null, sent: number): { city: string; cc: string } | null {
  return date && prev?.city && sent - prev.sent <= 2 ? { city: prev.city, cc: prev.cc } : null;
}

/** "The two ministers", "the special envoys of A and B": a plural subject standing for two officials named elsewhere. */
const PLURAL_SUBJECT =
  /\b(?:the|both)\s+(?:two\s+)?(?:special\s+|chief\s+|top\s+)?(?:ministers|envoys|leaders|foreign ministers|defen[cs]e ministers|officials|diplomats|negotiators|delegation heads|presidents|prime ministers|premiers|heads of state|(?<=\b(?:two|both)\s+)(?:men|women))(?:\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]+\s+(?:of\s+(?:the\s+)?)?){1,4}and\s+(?:the\s+)?[\p{Lu}][\p{L}-]+)?\s+(?:[\p{L}]+\s+){0,2}$/iu;
/** "the two presidents", "both prime ministers": a rank that names whom the pair are (any official for "ministers", "leaders"). */
const PLURAL_RANK: Array<[RegExp, string]> = [
  [/\b(?:presidents|heads of state)\b/i, 'head_of_state'],
  [/\b(?:prime ministers|premiers)\b/i, 'head_of_government'],
];
/** The kind a plural subject's rank names, or null. */
function rankOfPlural(before: string): string | null {
  const m = PLURAL_SUBJECT.exec(before);
  return m ? (PLURAL_RANK.find(([re]) => re.test(m[0]))?.[1] ?? null) : null;
}

const HEADS_SUBJECT = /\bthe\s+heads\s+of\s+(?:the\s+)?(?:two\s+|both\s+|three\s+)?(?:delegations|negotiating\s+teams|teams)\s+(?:[\p{L}]+\s+)?$/iu;
const HEAD_SENTENCE = /\b(?:led|headed|leads|heads)\s+(?:(?:his|her|its|their|the)\s+)?(?:[\w'’-]+\s+){0,2}(?:delegation|side|team)\b|\b(?:delegation|side|team)\s+(?:was\s+|is\s+)?(?:led|headed)\s+by\b/i;
/** The two delegation heads named in the sentences before `sent` ("A led his country's delegation, while the other side was headed by B"). */
function delegationHeadPair(doc: Doc, sent: number): [string, string] | null {
  const names: string[] = [];
  for (let k = sent - 1; k >= 0 && k >= sent - 8 && names.length < 2; k--) {
    if (doc.sentences[k].kind !== 'body' || !HEAD_SENTENCE.test(doc.sentences[k].text)) continue;
    for (const m of doc.actors.bySentence[k]) {
      const p = doc.actors.persons.get(m.name);
      if (m.kind !== 'person' || m.possessive || !p || !eligible(p.kinds) || names.includes(m.name)) continue;
      if (names.length < 2) names.push(m.name);
    }
    if (names.length < 2) names.length = 0;
  }
  return names.length === 2 ? [names[0], names[1]] : null;
}
/** The first two distinct eligible officials named in sentence `sent`. */
/** The two states of "the ministers of A and B" (a name or a multi-word name each), when both are states. */
function statesOfPlural(before: string): string[] | null {
  const m = /\bof\s+(?:the\s+)?((?:[\p{Lu}][\p{L}-]+\s+(?:of\s+(?:the\s+)?)?){0,3}[\p{Lu}][\p{L}-]+)\s+and\s+(?:the\s+)?((?:[\p{Lu}][\p{L}-]+\s+(?:of\s+(?:the\s+)?)?){0,3}[\p{Lu}][\p{L}-]+)\s+(?:[\p{L}]+\s+)?$/u.exec(before);
  if (!m) return null;
  const a = countryOf(m[1]);
  const b = countryOf(m[2]);
  return a && b ? [a, b] : null;
}
const fitsStates = (p: { country: string | null }, states: string[] | null) => !states || !p.country || states.includes(p.country);

function firstTwoOfficials(actors: Doc['actors'], sent: number, states: string[] | null = null): [string, string] | null {
  const names: string[] = [];
  for (const m of actors.bySentence[sent] ?? []) {
    const p = m.kind === 'person' ? actors.persons.get(m.name) : undefined;
    if (p && eligible(p.kinds) && fitsStates(p, states) && !names.includes(m.name)) names.push(m.name);
  }
  return names.length >= 2 ? [names[0], names[1]] : null;
}

/** "the panel", "the AU delegation", "the mediation team" as the subject of a visit. */
const GROUP_SUBJECT = /\bthe\s+(?:[\w'’-]+\s+){0,2}(?:panel|delegation|team|mission)\s+(?:(?:also|then|later|again)\s+)?$/i;
const LED_BY = /\b(?:panel|delegation|team|mission)\b[^.;]{0,80}?\b(?:led|headed)\s+by\s+/i;

/** The person named as leading a group ("a panel led by X") in one of the five sentences before `sent`. */
function groupLeader(doc: Doc, sent: number): string | null {
  for (let k = sent - 1; k >= 0 && k >= sent - 5; k--) {
    const s = doc.sentences[k];
    if (s.kind !== 'body') continue;
    const m = LED_BY.exec(s.text);
    if (!m) continue;
    const at = s.start + m.index + m[0].length;
    const leader = doc.actors.bySentence[k].find((x) => x.kind === 'person' && x.start >= at && x.start - at < 60);
    if (leader) return leader.name;
  }
  return null;
}

/** Between two coordinated names, maybe with the second's title: " and ", " and Azerbaijani President ". */
const COORDINATED_GAP = /^\s*,?\s+and\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;

/**
 * The last two distinct eligible officials named in the two sentences before `sent`. A rank ("the two presidents":
 * heads of state only) names the pair wherever the article introduced them: the nearest two of that rank joined by
 * "and" in the twelve sentences before ("Armenian President A and Azerbaijani President B arrived in Key West ... Putin
 * spoke by telephone with A ... Both presidents are to meet President Bush": A and B, not Putin and A).
 */
function lastTwoOfficials(doc: Doc, sent: number, states: string[] | null = null, rank: string | null = null): [string, string] | null {
  const { actors } = doc;
  const fits = (name: string) => {
    const p = actors.persons.get(name);
    return !!p && eligible(p.kinds) && fitsStates(p, states) && (!rank || p.kinds.has(rank));
  };
  for (let k = sent - 1; rank && k >= 0 && k >= sent - 12; k--) {
    const ms = actors.bySentence[k].filter((m) => m.kind === 'person' && fits(m.name));
    for (let i = 1; i < ms.length; i++) {
      const gap = doc.raw.slice(ms[i - 1].end, ms[i].start);
      if (ms[i].name !== ms[i - 1].name && COORDINATED_GAP.test(gap)) return [ms[i - 1].name, ms[i].name];
    }
  }
  const names: string[] = [];
  for (let k = sent - 1; k >= 0 && k >= sent - 2 && names.length < 2; k--) {
    const ms = actors.bySentence[k].filter((m) => m.kind === 'person');
    for (let i = ms.length - 1; i >= 0 && names.length < 2; i--) if (fits(ms[i].name) && !names.includes(ms[i].name)) names.push(ms[i].name);
  }
  return names.length === 2 ? [names[1], names[0]] : null;
}

function mergeInto(target: Draft, d: Draft): void {
  if (!target.date && d.date) target.date = d.date;
  target.undatedClause = target.undatedClause && d.undatedClause;
  if (d.signing) target.signing = true;
  // (a placeless meeting joined to it tells no stay of its own there)
  target.metThere = target.metThere && (d.metThere || d.placeless);
  for (const c of d.counterparts) if (!target.counterparts.includes(c)) target.counterparts.push(c);
  for (const c of d.companions) if (!target.companions.includes(c)) target.companions.push(c);
  for (const s of d.sents) if (!target.sents.includes(s)) target.sents.push(s);
}

const prevGroupOf = (p: { group?: NamedGroup } | null): NamedGroup | null => p?.group ?? null;

/** A group of envoys the article lists by name: "The co-chairs – A of Russia, B of France and C of the US –". */
interface NamedGroup {
  sent: number;
  /** sentence-relative span of the whole definition (noun and list) */
  start: number;
  end: number;
  noun: string;
  members: string[];
}
const GROUP_DEF = new RegExp(
  String.raw`\b[Tt]he\s+(?:(?:two|three|four|five|six)\s+)?(?:[\w-]+\s+){0,3}?(${GROUP_NOUN})\b(?:\s*\([A-Z]{2,}\))?(?:\s+(?:of|on|for)\s+(?:the\s+)?[^–—(:;.]{0,80}?)?(?:\s*([–—(:]|(?<=\s)-(?=\s))\s*|\s+(?:is|are|was|were)\s+(?:made up of|composed of|comprised of|formed by)\s+|\s+(?:comprises|consists of|comprising)\s+)`,
  'giu',
);
const GROUPS = new WeakMap<Doc, NamedGroup[]>();
/** A cheap test for a group noun before the full definition pattern. */
const GROUP_WORD = /co-?chair|mediators|facilitators|guarantors|elders|envoys|eminent|heads of|group|panel|trio|troika/i;
/** The article's named groups of at least two eligible members (most articles have none). */
function namedGroups(doc: Doc): NamedGroup[] {
  let out = GROUPS.get(doc);
  if (out) return out;
  out = [];
  for (const sent of doc.sentences) {
    if (sent.kind !== 'body' || !GROUP_WORD.test(sent.text) || !/[–—(:]|\s-\s|\b(?:made up|composed|comprised|formed by|comprises|consists|comprising)\b/.test(sent.text)) continue;
    const text = sent.text;
    GROUP_DEF.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = GROUP_DEF.exec(text))) {
      const listStart = m.index + m[0].length;
      let listEnd = text.length;
      if (m[2] && m[2] !== ':') {
        const close = /[–—)]|\s-\s/.exec(text.slice(listStart));
        if (!close) continue;
        listEnd = listStart + close.index;
      }
      const members: string[] = [];
      for (const p of doc.actors.bySentence[sent.index]) {
        const r = p.start - sent.start;
        if (p.kind !== 'person' || p.possessive || r < listStart || r >= listEnd || members.includes(p.name)) continue;
        if (COMPANION_BEFORE.test(text.slice(Math.max(0, r - 70), r))) continue;
        const info = doc.actors.persons.get(p.name);
        if (info && eligible(info.kinds)) members.push(p.name);
      }
      if (members.length >= 2) out.push({ sent: sent.index, start: m.index, end: Math.min(text.length, listEnd + 1), noun: m[1].toLowerCase(), members });
      GROUP_DEF.lastIndex = Math.max(GROUP_DEF.lastIndex, listEnd);
    }
  }
  GROUPS.set(doc, out);
  return out;
}
const GROUP_TAIL = String.raw`(?:\s*,\s*(?:accompanied|joined|flanked)\s+by\s+[^;]{0,120}?,)?\s+(?:(?:[a-z][\w-]*\s+){1,8}?and\s+)?(?:(?:also|then|later|again|jointly|together|first|subsequently|have|has|had|were|are|was|is|will|would|on\s+[A-Z]\w+)\s+){0,3}$`;
/** "the co-chairs", "the three former heads of government", "they" standing as the subject right before a trigger. */
const GROUP_REF = new RegExp(
  String.raw`(?:\b[Tt]he\s+(?:(?:two|three|four|five|six)\s+)?(?:[\w-]+\s+){0,3}?(${GROUP_NOUN})\b(?:\s*\([A-Z]{2,}\))?(?:\s+(?:of|on|for)\s+(?:the\s+)?[^,;.–—:]{0,60}?)?|\b([Tt]hey))` + GROUP_TAIL,
  'u',
);
const GROUP_LIST_END = /^\s*(?:[–—)]|-(?=\s))?\s*,?\s*(?:(?:also|then|later|again|jointly|together|first|subsequently|have|has|had|were|are|was|is|will|would)\s+){0,3}$/;
const GROUP_NAMED_BEFORE = new RegExp(String.raw`\b(?:[Tt]he\s+(?:[\w-]+\s+){0,3}?${GROUP_NOUN}\b|[Tt]hey\b)`, 'u');

/**
 * The named group that is the subject of the trigger at `at` in sentence `k`: its list right before the trigger, or a
 * reference to it ("The co-chairs will travel to Baku", "On Tuesday they met ...") with no one else named in between.
 */
function groupSubject(doc: Doc, groups: NamedGroup[], k: number, at: number, people: Mention[], prevGroup: NamedGroup | null): NamedGroup | null {
  const s = doc.sentences[k];
  const text = s.text;
  const own = groups.filter((g) => g.sent === k && g.end <= at);
  const listed = own.find((g) => GROUP_LIST_END.test(text.slice(g.end, at)));
  if (listed) return listed;
  const from = Math.max(0, at - 220);
  const m = GROUP_REF.exec(text.slice(from, at));
  if (!m) return null;
  const refEnd = from + m.index + m[0].length;
  const refStart = from + m.index;
  // nobody else named between the reference and the trigger (but those travelling with the group)
  if (people.some((p) => {
    const r = p.start - s.start;
    return r >= refStart && r < at && !COMPANION_BEFORE.test(text.slice(Math.max(0, r - 70), r)) && !groups.some((g) => g.members.includes(p.name));
  })) return null;
  void refEnd;
  const noun = m[1]?.toLowerCase();
  const before = groups.filter((g) => (g.sent < k || (g.sent === k && g.end <= refStart)) && k - g.sent <= 5).sort((a, b) => b.sent - a.sent || b.start - a.start)[0];
  if (!noun) {
    // "they": the group this sentence's earlier clause was about, or one named right before (this sentence or the last)
    if (prevGroup) return prevGroup;
    if (!before) return null;
    const prev = doc.sentences.slice(0, k).reverse().find((x) => x.kind === 'body');
    const named = GROUP_NAMED_BEFORE.test(text.slice(0, refStart)) || (prev && prev.index >= before.sent && new RegExp(String.raw`\b[Tt]he\s+(?:[\w-]+\s+){0,3}?${GROUP_NOUN}\b`, 'u').test(prev.text));
    return named ? before : null;
  }
  if (before) return before;
  // "The co-chairs visited X on Tuesday. The co-chairs – A, B and C – then ...": the list in the next sentence
  const next = groups.find((g) => g.sent > k && g.sent <= k + 1 && g.noun === noun);
  return next ?? null;
}

/** "The four leaders had arrived ...", "the two ministers flew ...", "Both presidents ...": a counted plural of an office as the subject. */
const COUNTED_GROUP_REF = new RegExp(
  String.raw`\b(?:[Tt]he\s+(two|three|four|five)|(Both))\s+(?:(?:[\w-]+\s+){0,2}?)(leaders|presidents|prime ministers|premiers|heads of (?:state|government)|ministers|foreign ministers|envoys|negotiators|delegation heads)\b\s+(?:(?:also|then|later|again|jointly|together|first|last|finally|previously|already|subsequently|have|has|had|were|are|was|is|will|would|on\s+[A-Z]\w+)\s+){0,3}$`,
  'u',
);
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, both: 2 };
/** The kinds of office a counted plural names. */
const countedKinds = (noun: string): string[] =>
  /minister/.test(noun) && !/prime/.test(noun)
    ? ['minister']
    : /envoy|negotiator|delegation/.test(noun)
      ? ['envoy', 'negotiator', 'diplomat', 'minister', 'official']
      : ['head_of_state', 'head_of_government', 'leader'];
/**
 * "When A, B, C and D left Minsk on Thursday, ... The four leaders had arrived in Minsk on Wednesday evening": a
 * counted plural of an office ("the two leaders", "the three ministers", "both presidents") standing as the subject
 * right before a trigger is the group of exactly that many people of that office named together last (earlier in the
 * sentence, or in the three sentences before), each of them travelling; only for a journey or a meeting placed
 * right after its verb.
 */
function countedGroupSubject(doc: Doc, k: number, t: { start: number; end: number }, people: Mention[]): NamedGroup | null {
  const s = doc.sentences[k];
  const text = s.text;
  const at = t.start;
  // a journey, or a meeting placed right after its verb ("the two leaders met in Moscow"), not "agreed", "said"
  const placedHere = placesOf(doc, k).some((p) => !!p.city && p.start >= t.end && (/\b(?:in|at)$/i.test(text.slice(t.start, t.end)) ? /^\s*$/ : /^\s+(?:(?:again|together|privately|separately|briefly|face[- ]to[- ]face)\s+)?(?:in|at)\s+(?:the\s+)?$/i).test(text.slice(t.end, p.start)));
  if (!MOVE_RE.test(text.slice(t.start, t.end)) && !placedHere) return null;
  const from = Math.max(0, at - 160);
  const m = COUNTED_GROUP_REF.exec(text.slice(from, at));
  if (!m) return null;
  const refStart = from + m.index;
  // nobody named between the reference and the trigger
  if (people.some((p) => p.start - s.start >= refStart && p.start - s.start < at)) return null;
  const members = countedMembers(doc, k, refStart, COUNT_WORDS[(m[1] ?? m[2]).toLowerCase()], countedKinds(m[3].toLowerCase()));
  return members ? { sent: k, start: refStart, end: refStart, noun: m[3].toLowerCase(), members } : null;
}

/**
 * The `n` people of one of the offices `kinds` a counted plural at `refStart` of sentence `k` stands for: named together
 * last, earlier in the sentence or in the three sentences before (null when the count does not fit).
 */
function countedMembers(doc: Doc, k: number, refStart: number, n: number, kinds: string[]): string[] | null {
  const s = doc.sentences[k];
  const fits = (name: string) => {
    const info = doc.actors.persons.get(name);
    return !!info && eligible(info.kinds) && [...info.kinds].some((x) => kinds.includes(x));
  };
  const cum: string[] = [];
  for (let j = k; j >= 0 && j >= k - 3; j--) {
    const sj = doc.sentences[j];
    if (sj.kind !== 'body') continue;
    const names: string[] = [];
    for (const p of doc.actors.bySentence[j]) {
      if (p.kind !== 'person' || p.possessive || (j === k && p.start - s.start >= refStart)) continue;
      if (inQuote(doc, p.start) || names.includes(p.name) || !fits(p.name)) continue;
      names.push(p.name);
    }
    if (!names.length) continue;
    // the nearest sentences naming people of that office decide: exactly that many, or no group ("Pashinyan landed
    // on Thursday ... Aliyev arrived on Thursday as well ... The two leaders last met in Abu Dhabi": one each)
    const all = [...new Set([...names, ...cum])];
    if (all.length === n) return all;
    if (all.length < n) {
      cum.unshift(...names.filter((x) => !cum.includes(x)));
      continue;
    }
    if (cum.length) return null;
    // ("Merkel and Hollande fly to Kyiv and meet Poroshenko. The two leaders are in Moscow ...": more are named, but
    // the first that many stand coordinated as the sentence's subject, right at its start)
    const ms = doc.actors.bySentence[j].filter((p) => p.kind === 'person' && !p.possessive && names.includes(p.name));
    const first = ms.slice(0, n);
    const lead = first.length === n && /^\s*(?:[\p{Lu}][\w'’.-]*\s+){0,4}$/u.test(doc.raw.slice(sj.start + (paragraphLabel(doc, j)?.[0].length ?? 0), first[0].start).replace(/^.*?\s[-–—]\s/, ''));
    const coord = (a: Mention, b: Mention) => /^\s*(?:,|,?\s*and)\s*$/.test(doc.raw.slice(a.end, b.start));
    // (the list ends there: "A, B and C signed" is no pair)
    const joined = first.every((p, i) => i === 0 || coord(first[i - 1], p)) && !(ms[n] && coord(first[n - 1], ms[n]));
    return lead && joined && new Set(first.map((p) => p.name)).size === n ? first.map((p) => p.name) : null;
  }
  return null;
}

/** "..., in Doha, where A and his counterpart B agreed to a ceasefire on October 19": the city just named hosts them. */
// ("the Tehran summit of the Astana guarantors, where A, B and C failed to agree": the place names the meeting first)
const WHERE_AGREED = /^(?:\s+(?:summit|talks|meeting|conference|negotiations|round)(?:\s+of\s+(?:the\s+)?[^,;.]{1,50}?)?)?\s*,\s*where\s+([^;.]{0,160}?)\s+(?:(?:jointly|also|finally|formally|eventually)\s+)?(?:agreed|signed|sealed|struck|reached|clinched|initialled|initialed|failed\s+to\s+(?:agree|reach|bridge|settle))\b([^;]{0,120})/;
function whereAgreed(doc: Doc, k: number, people: Mention[]): Draft[] {
  const s = doc.sentences[k];
  const text = s.text;
  const out: Draft[] = [];
  for (const p of placesOf(doc, k)) {
    if (!p.city || p.inTitle || p.metonym || inQuote(doc, s.start + p.start)) continue;
    const m = WHERE_AGREED.exec(text.slice(p.end));
    if (!m) continue;
    const from = p.end + m[0].indexOf(m[1]);
    const subjects = partiesWithin(doc, k, people, from, from + m[1].length, true);
    if (!subjects.length) continue;
    const clauseEnd = p.end + m[0].length;
    const date = datesOf(doc, k, false).find((d) => d.date && d.start >= from && d.start < clauseEnd)?.date ?? null;
    out.push(...partiesMet(doc, k, p, subjects, date));
  }
  return out;
}

/**
 * The people mentioned in sentence k between offsets `from` and `to` who could have travelled, once each: the eligible
 * ones and, with `counterparts`, the counterpart of one named before ("A and his Rwandan counterpart, B": the
 * counterpart of an official holds the same office).
 */
function partiesWithin(doc: Doc, k: number, people: Mention[], from: number, to: number, counterparts: boolean): string[] {
  const s = doc.sentences[k];
  const parties: string[] = [];
  for (const x of people) {
    const r = x.start - s.start;
    if (r < from || r >= to || x.possessive || parties.includes(x.name)) continue;
    const info = doc.actors.persons.get(x.name);
    const counterpart = counterparts && parties.length > 0 && /\bcounterpart\s*,?\s*$/i.test(s.text.slice(Math.max(0, r - 30), r));
    if (!info || (!eligible(info.kinds) && !counterpart)) continue;
    parties.push(x.name);
  }
  return parties;
}

/** Each party foreign to the place came there and met the others (a host is at home). */
function partiesMet(doc: Doc, k: number, p: PlaceMention, parties: string[], date: string | null): Draft[] {
  return parties
    .filter((who) => doc.actors.persons.get(who)?.country !== p.cc)
    .map((who) => ({ envoy: who, city: p.city, country: p.cc, date, mode: 'in_person', counterparts: parties.filter((x) => x !== who), companions: [], sents: [k], placeless: false, undatedClause: !date }));
}

/** "negotiations between A and B on the draft treaty were held in Almaty": the talks' parties (not a placed head of a separate clause). */
const HELD_BETWEEN = /\b(?:talks|negotiations|consultations|meeting)\s+between\s+([^;.]{5,300}?)\s+(?:were|was)\s+held\s+in\s+$/i;
/** "The talks, hosted by Oman, brought together A and B in Rome on Saturday": the parties a meeting brought to its place. */
const BROUGHT_TOGETHER = /\b(?:brought|brings|bringing)\s+together\s+([^;]{5,300}?)\s+(?:in|at)\s+(?:the\s+)?$/i;
/** Before a place: a meeting held there ("a late-night meeting in the Kremlin", "talks at the Élysée"). */
const MEETING_AT_BEFORE = /\b(?:meeting|talks|negotiations|consultations|summit)\s+(?:in|at)\s+(?:the\s+)?$/i;
/** Before "a meeting in PLACE": words that make it one not held (planned, wished, denied, called off, possible). */
const UNHELD_MEETING_BEFORE = /\b(?:will|would|could|may|might|shall|should|to\s+be|plan(?:s|ned|ning)?|prepar(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|ruled\s+out|rule\s+out|no|not|never|cancel(?:l?ed|l?ing|s)?|postpon(?:e|ed|es|ing)|call(?:ed|s)?\s+off|expected|hope[sd]?|hoping|seek(?:s|ing)?|sought|push(?:ed|es|ing)?\s+for|possible|potential|upcoming|next|future|request(?:ed|s)?)\b[^.;]{0,60}?\b(?:meeting|talks|negotiations|consultations|summit)\s+(?:in|at)\s+(?:the\s+)?$/i;
/** After that place: its day and the parties ("... on Thursday between A and B"). */
const BETWEEN_AFTER_PLACE = /^(?:\s+(?:(?:late\s+|early\s+)?on\s+[\w ]{3,30}?|yesterday|today|last\s+\w+))?\s+between\s+([^;]{5,300}?)(?=\s*(?:[.!?]["”’]?\s*$|;|$))/i;
/** "The previous meeting of the two leaders took place in Abu Dhabi": a meeting of a counted plural of an office. */
const COUNTED_MEETING = /\b(?:talks|negotiations|meeting|summit|encounter)\s+(?:of|between)\s+(the\s+(two|three|four|five)\s+(leaders|presidents|prime ministers|heads of (?:state|government)|ministers|foreign ministers))\s+(?:(?:was|were)\s+held|took\s+place|happened)\s+(?:in|at)\s+(?:the\s+)?$/i;
/**
 * "On 10-11 May 2024, negotiations between the Minister of Foreign Affairs of Armenia A and the Minister of Foreign
 * Affairs of Azerbaijan B ... were held in Almaty": each party foreign to the place came, met the other, on the first day.
 */
function heldBetween(doc: Doc, k: number, people: Mention[]): Draft[] {
  const s = doc.sentences[k];
  const text = s.text;
  const out: Draft[] = [];
  for (const p of placesOf(doc, k)) {
    if (!p.city || p.inTitle || p.metonym || inQuote(doc, s.start + p.start)) continue;
    // ("The previous meeting of the two leaders took place in Abu Dhabi on July 10": the two named together before)
    const c = COUNTED_MEETING.exec(text.slice(0, p.start));
    if (c) {
      const members = countedMembers(doc, k, c.index + c[0].indexOf(c[1]), COUNT_WORDS[c[2].toLowerCase()], countedKinds(c[3].toLowerCase()));
      if (members) out.push(...partiesMet(doc, k, p, members, datesOf(doc, k, false).find((d) => d.date && d.start > p.start)?.date ?? datesOf(doc, k, false).find((d) => d.date)?.date ?? null));
      continue;
    }
    const m = HELD_BETWEEN.exec(text.slice(0, p.start)) ?? BROUGHT_TOGETHER.exec(text.slice(0, p.start));
    // ("a late-night meeting in the Kremlin on Thursday between A and B": the parties written after the place)
    // (not one told as planned, wished, denied or called off: "Diplomats are preparing a meeting in Geneva on Thursday
    // between A and B", "ruled out a meeting ...", "There will be no meeting ...")
    const after = !m && MEETING_AT_BEFORE.test(text.slice(0, p.start)) && !UNHELD_MEETING_BEFORE.test(text.slice(0, p.start)) ? BETWEEN_AFTER_PLACE.exec(text.slice(p.end)) : null;
    if (after) {
      const from = p.end + after.index + after[0].indexOf(after[1]);
      const parties = partiesWithin(doc, k, people, from, from + after[1].length, false);
      if (parties.length < 2) continue;
      out.push(...partiesMet(doc, k, p, parties, datesOf(doc, k, false).find((d) => d.date && d.start >= p.end && d.start < from)?.date ?? null));
      break;
    }
    if (!m) continue;
    const from = m.index + m[0].indexOf(m[1]);
    const parties = partiesWithin(doc, k, people, from, from + m[1].length, false);
    if (parties.length < 2) continue;
    out.push(...partiesMet(doc, k, p, parties, datesOf(doc, k, false).find((d) => d.date)?.date ?? null));
    break;
  }
  // "The meeting, hosted by X, brought together A, B and C." after "... met in Aqaba on Saturday": a meeting that names no
  // place of its own brought its parties to the scene set just before
  const bt = !out.length && MEETING_SUBJECT_START.test(text) && !placesOf(doc, k).some((p) => p.city && p.locative) ? BROUGHT_TOGETHER_END.exec(text) : null;
  if (bt) {
    const scene = sceneOf(doc, k);
    // (not a scene told as background or as another event: "Last year's talks in Geneva had failed.", "Separately,
    // leaders gathered in Cairo on Sunday.")
    if (scene?.city && !OTHER_SCENE.test(doc.sentences[scene.sent].text)) {
      const from = bt.index + bt[0].indexOf(bt[1]);
      const parties = partiesWithin(doc, k, people, from, from + bt[1].length, false);
      const at: PlaceMention = { start: 0, end: 0, surface: scene.city, city: scene.city, cc: scene.cc, locative: true, metonym: false, inTitle: false };
      if (parties.length >= 2) out.push(...partiesMet(doc, k, at, parties, datesOf(doc, k, false).find((d) => d.date)?.date ?? scene.date));
    }
  }
  return out;
}
/** A sentence that sets no scene for the meeting after it: a background in the past perfect or of an earlier time, or another event. */
const OTHER_SCENE = /^\s*(?:Separately|Meanwhile|Elsewhere|In a separate development|Earlier|Previously)\b|\b(?:had|had\s+(?:not|never|already|also))\s+(?:been\s+)?[a-z]+(?:ed|en|ld|lt|ne|un|wn|ught)\b|\b(?:last|previous|earlier)\s+(?:year|month|week|round|meeting|talks|summit)|\b(?:in|since)\s+(?:19|20)\d\d\b|\b(?:years?|months?)\s+ago\b/;
/** A sentence whose subject is a meeting: "The meeting, hosted by X, ...", "The two-day summit ...". */
const MEETING_SUBJECT_START = /^(?:The|This|That|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|summit|conference|session|gathering)\b/;
/** "... brought together A, B and C." at the end of the sentence (no place written after the parties). */
const BROUGHT_TOGETHER_END = /\b(?:brought|brings)\s+together\s+([^;]{5,400}?)\s*[.!]?$/i;

/** "The deal was signed in Pretoria by A, ..., and B", "The text was signed for Kinshasa by A ... and for the rebels by B" */
/** (an initialled text is signed by the negotiators who initial it: "The agreement was initialled in Jakarta by A and B") */
const SIGNED_WORD = String.raw`(?:signed|initial(?:l)?ed)`;
const SIGNED_BY = new RegExp(String.raw`\b(?:was|were|has been|have been|had been)\s+(?:formally\s+|jointly\s+|officially\s+)?${SIGNED_WORD}\b`, 'i');
/** the words between "by" (or a coordinating "and") and a signatory's name: a title, no comma */
const SIGNER_BEFORE = /(?:\bby|(?:^|,)\s*and(?:\s+for\s+(?:the\s+)?[^,;]{1,40}?\s+by)?)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,5}$/;
/** Between two signatories of a list: a comma or "and", the state the next one signed for, and a title. */
const SIGNER_LIST_GAP =
  /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:of|for)\s+(?:the\s+)?[\p{Lu}][^,;]{0,50}?,\s*)?(?:(?:[\p{Lu}][\w.'’-]*|the|his|her|its|their|deputy|chief|first|vice|prime|foreign|minister|president|leader|head|chair(?:man|woman|person)?|speaker|commander|general|secretary|ambassador|envoy|representative)\s+){0,5}$/u;
/** Right after "by": "the Heads of State of Angola, " before the first signatory of a list by state. */
const SIGNERS_OF_STATES =
  /^\s+(?:the\s+)?(?:heads?\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?|leaders|presidents|(?:foreign\s+)?ministers)\s+of\s+(?:the\s+)?[\p{Lu}][^,;]{0,60}?,\s*$/iu;
/** After "attended": the meeting is another one (an earlier or later one, one of a named body, another time) or attended remotely. */
const ANOTHER_ATTENDANCE = /^\s+(?:for\s+)?the\s+(?:(?:last|previous|first|earlier|next|former|past|inaugural|final)\s+|\w+\s+(?:meeting|talks|summit|conference|session|consultations)\s+of\s+the\s+[A-Z])|\b(?:virtually|remotely|online|by\s+(?:video|telephone|phone)|via\s+video)\b|\b(?:last|previous)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b|\b(?:in|since)\s+(?:19|20)\d\d\b|\b(?:years?|months?)\s+ago\b/;
/** A departure told after an arrival: the stay it began ended ("flew home on Tuesday", "left on June 3"). */
const LEFT_AGAIN = /\b(?:left|departed|flew\s+(?:home|back|out)|returned\s+home|went\s+(?:home|back)|headed\s+home)\b/i;
const ARRIVAL_WORD = /\b(?:arriv\w*|landed|lands|fl(?:ew|ies|y|own) in(?:to)?|touched down)\b/i;
const SIGNERS_END = /\b(?:in the presence of|witnessed by|after|following|mediated by|brokered by|facilitated by|under the auspices of)\b|;/i;
/**
 * A passive signing: each signatory named after "by" (or after a coordinating "and") came to the city where it was
 * signed (the sentence's own, else the scene set just before), and met the other signatories and the witnesses named
 * after "in the presence of"; a signatory of the place's own state is at home.
 */
function signedBy(doc: Doc, k: number, people: Mention[]): Draft[] {
  const s = doc.sentences[k];
  const text = s.text;
  const m = SIGNED_BY.exec(text);
  if (!m || inQuote(doc, s.start + m.index)) return [];
  const from = m.index + m[0].length;
  const by = text.slice(from).search(/\bby\b/);
  if (by < 0 || by > 80) return [];
  const endRel = text.slice(from).search(SIGNERS_END);
  const to = endRel < 0 ? text.length : from + endRel;
  const signers: string[] = [];
  // ("by A, B and C", "by the Heads of State of Angola, A, of Namibia, B, and of Zimbabwe, C"): a list after "by" goes on
  // from the signatory before, through commas, "and" and the state each one signed for
  const byEnd = from + by + 2;
  let prevEnd = -1;
  for (const x of people) {
    const r = x.start - s.start;
    if (r < from || r >= to || x.possessive || signers.includes(x.name)) continue;
    const listed =
      SIGNER_BEFORE.test(text.slice(Math.max(from, r - 90), r)) ||
      (prevEnd >= 0 && SIGNER_LIST_GAP.test(text.slice(prevEnd, r))) ||
      (prevEnd < 0 && r > byEnd && SIGNERS_OF_STATES.test(text.slice(byEnd, r)));
    if (!listed) continue;
    if (!eligible(doc.actors.persons.get(x.name)?.kinds)) continue;
    signers.push(x.name);
    prevEnd = x.end - s.start;
  }
  if (signers.length < 2) return [];
  const witnesses: string[] = [];
  const pres = /\b(?:in the presence of|witnessed by)\b/i.exec(text.slice(from));
  if (pres) for (const x of people) if (x.start - s.start > from + pres.index && !x.possessive && !signers.includes(x.name) && !witnesses.includes(x.name) && eligible(doc.actors.persons.get(x.name)?.kinds)) witnesses.push(x.name);
  // ("signed for Kinshasa by A": the side signed for, not the place)
  const own = placesOf(doc, k).find((p) => p.city && !p.inTitle && !p.metonym && p.start >= from && p.start < from + by && /\b(?:in|at)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, p.start - 8), p.start)));
  // ("signed by A and B on 14 December at the airport in St Vincent and the Grenadines": the place told after the
  // signatories, maybe a state only, when no clause comes between)
  const after = own ? undefined : placesOf(doc, k).find((p) => !p.inTitle && !p.metonym && p.locative && p.start >= prevEnd && !/[;,]|\b(?:after|before|while|when|where|which|who|and)\b/.test(text.slice(prevEnd, p.start)));
  const scene = after ? null : sceneOf(doc, k);
  const city = own?.city ?? after?.city ?? scene?.city ?? null;
  const cc = own?.cc ?? after?.cc ?? scene?.cc ?? null;
  if (!cc || (!city && !after)) return [];
  const sents = own || after ? [k] : [scene!.sent, k];
  // the day: the sentence's own, else that of the signing told in the three sentences before ("signed an agreement on
  // Wednesday", "attended today the signing ceremony"), not an arrival's
  let date = datesOf(doc, k, false).find((d) => d.date && d.start < to)?.date ?? null;
  // "signed by A and B after talks hosted by China from March 6 to 10": on the talks' last day
  if (!date && /^(?:after|following)\b/i.test(text.slice(to))) date = datesOf(doc, k, false).find((d) => d.last && d.start > to)?.last ?? null;
  for (let j = k - 1; !date && j >= 0 && j >= k - 3; j--) {
    if (doc.sentences[j].kind !== 'body' || !/\bsign(?:ed|ing|s)?\b/i.test(doc.sentences[j].text)) continue;
    date = eventDayOf(doc, j);
    if (date && !sents.includes(j)) sents.unshift(j);
  }
  // "The two sides resumed their talks in Caracas on Monday. The accord was signed by A and B": the day of the talks
  // that set the scene (an arrival's day is not the signing's)
  if (!date && !own && scene?.date && !ARRIVAL_WORD.test(doc.sentences[scene.sent].text)) date = scene.date;
  return signers
    .filter((who) => doc.actors.persons.get(who)?.country !== cc)
    .map((who) => ({ envoy: who, city, country: cc, date, mode: 'in_person' as const, counterparts: [...signers.filter((x) => x !== who), ...witnesses], companions: [], sents, placeless: false, undatedClause: !date, signing: true }));
}

/** "signed ... in the presence of A and B", "witnessed by A": the witnesses of a signing the sentence tells. */
// ("in the presence of which the ministers initialled ...": a relative clause with its own subjects, no witnesses)
const SIGNING_WITNESSED = /\b(?:sign(?:ed|ing)|initial(?:l)?ed)\b[^;]*?\b(?:in the presence of|witnessed by)\s(?!(?:which|whom)\b)/i;
/** Heads of international organisations and the city of their organisation's seat, where they are at home. */
const ORGANISATION_SEATS: Array<[RegExp, string]> = [
  [/^(?:UN|United Nations) (?:Deputy )?Secretary-General$/, 'New York'],
  [/^(?:OAU Secretary-General|(?:AU|African Union) Commission Chair(?:person|man)?)$/i, 'Addis Ababa'],
  [/^(?:NATO Secretary[- ]General|EU High Representative\b.*|President of the European (?:Council|Commission))$/, 'Brussels'],
  [/^Arab League Secretary-General$/, 'Cairo'],
  [/^(?:Secretary[- ]General of the OSCE|OSCE Secretary[- ]General)$/, 'Vienna'],
  [/^IGAD Executive Secretary$/, 'Djibouti'],
  [/^President of the ECOWAS Commission$/, 'Abuja'],
];
/**
 * Whether the person is at home in the city on the day: the seat of the organisation they head, or where the knowledge
 * base says a role of theirs is based (a leader in exile, a UN envoy's office).
 */
function basedAt(name: string, city: string, day: string | null): boolean {
  // (the roles held on the day, else all of them: "the then Secretary-General" in a later retrospective; in an
  // undated text only the undated roles, for a dated one may be long over: an envoy once an ambassador in Kabul)
  const roles = PERSON_BY_NAME.get(foldKey(name))?.roles ?? [];
  if (!day) return roles.some((r) => !r.from && !r.to && basedBy(r, city));
  const held = roles.filter((r) => (!r.from || r.from <= day) && (!r.to || r.to >= day));
  return (held.length ? held : roles).some((r) => basedBy(r, city));
}
/** Whether a role is based in the city: by the knowledge base, or as the head of an organisation seated there. */
function basedBy(r: { title: string; basedIn?: string }, city: string): boolean {
  return r.basedIn === city || ORGANISATION_SEATS.some(([title, seat]) => seat === city && title.test(r.title));
}
const FUTURE_SIGNING = /\b(?:will|would|shall|to|could|may|might|should|must)\s+(?:(?:also|then|formally|officially|jointly)\s+)?(?:be\s+)?(?:sign|signed|initial(?:l)?ed)\b/i;
/**
 * Each witness of a signing, when foreign to the place, came to where it was signed, on its day: the place and day of
 * a signatory's visit told by the same sentence, else the sentence's own place and day, else the scene set before.
 */
function signingWitnesses(doc: Doc, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const s of doc.sentences) {
    if (s.kind !== 'body') continue;
    const m = SIGNING_WITNESSED.exec(s.text);
    if (!m || inQuote(doc, s.start + m.index)) continue;
    // ("will be signed in Doha in the presence of ...": a signing still to come has no witnesses yet)
    if (FUTURE_SIGNING.test(s.text.slice(0, m.index + m[0].length))) continue;
    const from = m.index + m[0].length;
    const presence = from - m[0].match(/(?:in the presence of|witnessed by)\s$/i)![0].length;
    const to = from + (s.text.slice(from).search(/;/) + 1 || s.text.length - from + 1) - 1;
    const people = doc.actors.bySentence[s.index].filter((x) => x.kind === 'person' && !x.possessive && x.start - s.start >= from && x.start - s.start < to);
    const witnesses = [...new Set(people.map((x) => x.name))].filter((n) => eligible(doc.actors.persons.get(n)?.kinds));
    if (!witnesses.length) continue;
    const signatory = drafts.find((d) => d.sents.includes(s.index) && d.mode === 'in_person' && d.city && !witnesses.includes(d.envoy));
    // (the last place before the witnesses: "at the Palais des Nations in Algiers" is in Algiers)
    const placed = signatory ? null : locativePlaces(doc, s.index).filter((p) => p.city && p.start < presence).pop();
    // (a venue alone, "at the Palais des Nations", gives way to the city the article's scene is in: Algiers has one too)
    const sceneFirst = !signatory && (!placed || foldKey(placed.surface) !== foldKey(placed.city ?? '')) ? sceneOf(doc, s.index) : null;
    const own = placed && !(sceneFirst?.city && sceneFirst.city !== placed.city) ? placed : null;
    const scene = signatory || own ? null : sceneFirst;
    const city = signatory?.city ?? own?.city ?? scene?.city ?? null;
    const cc = signatory?.country ?? own?.cc ?? scene?.cc ?? null;
    if (!city || !cc) continue;
    const date = signatory ? signatory.date : datesOf(doc, s.index, false).find((d) => d.date && d.start < presence)?.date ?? (own ? null : scene?.date ?? null);
    const sents = scene && scene.sent !== s.index ? [scene.sent, s.index] : [s.index];
    // (and a signatory at home, named before the witnesses: "Kiir signed the agreement in the presence of A and B")
    const atHome = doc.actors.bySentence[s.index].filter((x) => x.kind === 'person' && !x.possessive && x.start - s.start < presence && doc.actors.persons.get(x.name)?.country === cc && eligible(doc.actors.persons.get(x.name)?.kinds)).map((x) => x.name);
    const signers = [...drafts.filter((d) => d.sents.includes(s.index) && d.city === city && !witnesses.includes(d.envoy)).map((d) => d.envoy), ...atHome];
    for (const w of witnesses) {
      if (doc.actors.persons.get(w)?.country === cc || basedAt(w, city, date ?? doc.publishedAt)) continue;
      out.push({ envoy: w, city, country: cc, date, mode: 'in_person', counterparts: [...new Set(signers)], companions: [], sents, placeless: false, undatedClause: !date, signing: true });
    }
  }
  return out;
}
