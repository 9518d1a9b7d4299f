/**
 * Cleaning: find the article body in a raw web capture and classify every line.
 * Offsets always point into the original text so evidence is quoted verbatim.
 */
import { CITY_BY_SURFACE } from '../knowledge';
import { WIRE_AFTER_DAY, wordCount } from '../util/text';

export type BlockKind = 'body' | 'headline' | 'embed';

export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  /** Author of an embedded tweet (for `embed` blocks), from its sign-off line. */
  embedAuthor?: string;
}

export interface CleanResult {
  blocks: Block[];
  /** City named in a dateline ("KABUL -", "(Islamabad) —"), if any. */
  dateline: string | null;
}

/** A pager between items of a series: "Previous episode: ...", "Previous debate | Next debate". */
const PAGER = /^(?:previous|next|older|newer) (?:episode|article|story|post|release|readout|debate|item)s?\s*(?:[:|–—-]|$)/i;

const FURNITURE = [
  /^(?:editor[- ]in[- ]chief|published|updated|last updated|posted(?: on)?|posted in|by [A-Z][\w.]*(?: [A-Z][\w.]*)*\s*$|share|share this|share on|tweet|email|e-mail|print|follow us|follow|whatsapp|facebook|twitter|linkedin|telegram|copy link|comments?|\d+ comments?|leave a (?:reply|comment)|your email address|required fields|name\s*\*|email\s*\*|website|save my name|post comment|subscribe|sign up|newsletter|advertisement|sponsored|most (?:popular|read|viewed)|trending|recommended|related(?: articles| stories| news| posts)?|you may also like|more from|more stories|read more|read also|also read|see also|watch|listen|copyright|©|all rights reserved|photo:|file photo|image:|home|menu|skip to|search|login|log in|sign in|register|tags?:|topics?:|category|filed under|click here|download|app)\b/i,
  PAGER,
  /^(?:https?:\/\/|www\.)\S+\s*$/i,
  /^[#@]\w+$/,
  /^pic\.twitter\.com\/\S+$/i,
];
/**
 * Page notes that are no part of the report: a bracketed capture or translation note ("[Internet Archive · captured
 * 2004-02-11]", "[Traducido del español / Translated from Spanish]") and a cookie banner. Dropped so that the
 * paragraph after them is the lead, where the dateline is read.
 */
const PAGE_NOTE =
  /^\[[^\]]{0,100}\b(?:captured|retrieved|archived?|archivierte|cached|snapshot|translated|traduit|traducido|consultado|abgerufen|hemeroteca|arquivo)\b[^\]]{0,100}\]\s*$/i;
/**
 * A short line wholly in square brackets, without a sentence's punctuation: the archive's or the desk's note ("[OCR text
 * begins]", "[Embedded tweet]"), not the story ("[Update: the two sides will meet again on Monday.]" is the report's).
 */
const EDITORIAL_NOTE = /^\[[^[\].!?:]{1,80}\]$/;
const COOKIE_BANNER = /\b(?:cookies?|kuki)\b(?=[^]*?(?:\[[^\]]{1,40}\]|\b(?:accept|agree|consent|privacy|continu\w*|poursuiv\w*)\b))/i;
const DATELINE_LINE =
  /^([A-Z][A-Za-z'’ -]{2,30}?),\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s+\d{4})?\s*$/;
/** A lead opened by its city in ordinary case and a full stop or colon: "Dar es Salaam. Heads of state ...". */
const LEAD_CITY_DATELINE = /^([\p{Lu}][\p{L}'’-]+(?: (?:es|el|al|as|de|la)(?= )| [\p{Lu}][\p{L}'’-]+){0,3})[.:]\s+(?=[\p{Lu}"“])/u;
const TWEET_SIGNOFF = /^\s*[—–-]{1,2}\s*(.+?)\s*\(@\w+\)\s*(?:\w+ \d{1,2}, \d{4}|\d{1,2} \w+ \d{4})?\s*$/;
/** The header of an embedded post: "Name @handle · Jul 19, 2025", "@handle · 20 Feb", a handle on its own line. */
const POST_HEADER =
  /(?:^|\s)@\w{2,30}(?:\s*·\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:,? \d{4})?|\d{1,2}[hm]))?\s*$/;
/** Lines of an embedded post's frame: time stamp, counters, "Show more", a lone "·" or short date. */
const POST_FRAME =
  /^(?:\d{1,2}:\d{2}\s*(?:[AP]\.?M\.?)?\s*·.*|(?:[\d.,]+[KM]?\s+(?:Reposts?|Retweets?|Likes?|Replies|Quotes|Views|Bookmarks)\b\s*)+|Show more|Show this thread|View on (?:X|Twitter)|Post by @\w+|·|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s*$/i;
const SIDEBAR_START =
  /^(?:opinion|editorial|related(?: articles| stories| news| posts)?|more (?:from|stories|news)|more from (?:the )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}|read more|read also|also read|see also|you may also like|most (?:popular|read|viewed)|trending(?: now)?|leave a (?:reply|comment)|comments?(?:\s*\(\d[\d,]*\))?|\d+ (?:thoughts?|responses?|replies|comments?)(?: on [^.]{1,120})?|recommended(?: for you)?|latest(?: news| stories)?|top stories|editor'?s picks?|also on [A-Z]\w*)\s*:?\s*$/i;
const CAPTION = /(?:[─—–-]\s*(?:Reuters|AFP|AP|Anadolu|EPA|Getty|Xinhua|File|Photo|PPI|APP|Dawn|ISPR)(?:\s*\/\s*\w+)*\s*$|^\s*\(?(?:Photo|File photo|Image|Picture)s?\s*[:|(])/i;
const DATE_ONLY =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*,? \d{4})(?:[ ,]+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*(?:\w{2,4})?$/i;
/**
 * Before the lead, a page's time stamp with its separators and time zone ("27 Aug 2015 | 10:45 (Juba time)", "LIVE |
 * Monday 21 March 2016 | Updated 18:40 (GMT-4)"): furniture, so the lead after it is still read for its dateline.
 */
const STAMP_LINE =
  /^(?:[A-Z]{2,8}\s*\|\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,? \d{4})(?:\s*[|,·-]?\s*(?:Updated\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*(?:\([^()]{1,30}\))?$/i;

/** A dateline opening the lead: the place it names (see its use in clean). */
const LEAD_DATELINE_RE = new RegExp(String.raw`^(?:[A-Z][A-Za-z]+ (?:Report|News|Desk) \(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)|([A-Z][A-Z' ]{2,30})(?:,\s*[A-Za-z ]+\.?(?:\s*\d{1,2}\b)?){0,2}(?:\s*\([^)]*\)|\s+${WIRE_AFTER_DAY})?|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4} \(([A-Z][A-Z' ]{2,30})\))\s*(?:--|[-–—:_])\s`);

const wordsOf = wordCount;
/** A line this long, ending a sentence, after a related-stories list is the article again. */
const SIDEBAR_RESUME_WORDS = 8;

/** Classify the lines of a raw capture. Pure; linear in the text length. */
export function clean(raw: string): CleanResult {
  const lines: Array<{ start: number; end: number }> = [];
  let pos = 0;
  const n = raw.length;
  while (pos <= n) {
    let e = raw.indexOf('\n', pos);
    if (e < 0) e = n;
    let s = pos;
    let t = e;
    while (s < t && /\s/.test(raw[s])) s++;
    while (t > s && /\s/.test(raw[t - 1])) t--;
    if (t > s) lines.push({ start: s, end: t });
    pos = e + 1;
  }
  const blocks: Block[] = [];
  const seen = new Set<string>();
  let bodySeen = false;
  let sidebar = false;
  let sidebarItems = 0;
  let dateline: string | null = null;
  let post: { author: string | null } | null = null;
  /** Whether a blank line separates line i from the one before. */
  const blankBefore = (i: number) => i > 0 && /\n[^\S\n]*\n/.test(raw.slice(lines[i - 1].end, lines[i].start));
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i];
    const text = raw.slice(start, end);
    if (text.length > 20000) {
      // Pathological single line: keep it as body, split later.
      blocks.push({ start, end, kind: 'body' });
      bodySeen = true;
      continue;
    }
    const words = wordsOf(text);
    if (bodySeen && SIDEBAR_START.test(text)) {
      // comments end the article; a list of related or most-read stories can stand in the middle of a capture, and
      // the article goes on after it with the next full paragraph
      // ("4 comments" alone on its line heads the readers' comments as "3 thoughts on X" and "COMMENTS (312)" do)
      if (/^(?:leave a (?:reply|comment)|comments?|\d+ (?:thoughts?|responses?|replies|comments?)(?: on\b|\s*:?\s*$)|opinion|editorial)\b/i.test(text)) break;
      sidebar = true;
      sidebarItems = 0;
      continue;
    }
    if (sidebar) {
      // (the list's own items, even whole sentences, come first; the article is back after a blank line that closes it)
      if (sidebarItems === 0 || !blankBefore(i) || words < SIDEBAR_RESUME_WORDS || !/[.!?”"]$/.test(text)) {
        sidebarItems++;
        continue;
      }
      sidebar = false;
    }
    // an embedded post laid out header first: its lines up to the next blank line are the post
    if (post && blankBefore(i)) post = null;
    if (post) {
      if (POST_FRAME.test(text)) continue;
      blocks.push({ start, end, kind: 'embed', ...(post.author ? { embedAuthor: post.author } : {}) });
      continue;
    }
    if (text.length < 120 && words <= 12 && !/[.!?:”"]$/.test(text) && POST_HEADER.test(text)) {
      const name = text.slice(0, text.search(/@\w/)).replace(/[·|/]+\s*$/, '').trim();
      const prev = blocks[blocks.length - 1];
      const prevLine = i > 0 ? raw.slice(lines[i - 1].start, lines[i - 1].end) : '';
      const author = name || (prev && prev.kind === 'headline' && prev.start === lines[i - 1].start && wordsOf(prevLine) <= 6 ? prevLine : '');
      if (!name && author) blocks.pop(); // the author's name line belongs to the post's frame
      post = { author: author.split(/\s+\/\s+/)[0].trim() || null };
      continue;
    }
    const signoff = text.length < 160 ? TWEET_SIGNOFF.exec(text) : null;
    if (signoff) {
      const prev = blocks[blocks.length - 1];
      if (prev && prev.kind === 'body' && prev.end >= lines[i - 1].start) {
        prev.kind = 'embed';
        prev.embedAuthor = signoff[1].trim();
      }
      continue;
    }
    if (FURNITURE.some((re) => re.test(text)) && (words < 14 || /^(?:read more|also read|read also|see also|related)/i.test(text) || PAGER.test(text))) continue;
    if (DATE_ONLY.test(text) || (!bodySeen && STAMP_LINE.test(text))) continue;
    // a dateline on a line of its own before the lead ("KATHMANDU, Nov 21", "Guatemala City, 29 December")
    const ownLine: RegExpExecArray | null = !bodySeen && !dateline ? DATELINE_LINE.exec(text) : null;
    if (ownLine) {
      dateline = ownLine[1];
      continue;
    }
    if (PAGE_NOTE.test(text) || EDITORIAL_NOTE.test(text) || (words < 30 && COOKIE_BANNER.test(text))) continue;
    if (/\b(?:Editor[- ]in[- ]Chief|All rights reserved)\b/i.test(text) && words < 20) continue;
    if (CAPTION.test(text) && words < 60) continue;
    if (words < 25) {
      // a repeated headline or caption (only short lines are ever dropped as repeats)
      const key = text.replace(/\s+/g, ' ').toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
    }
    if (words === 0) continue;
    // a short line ending in a quoted word without a full stop ("Talks paused as Europeans voice 'disappointment'") is a headline
    // ("... next week. — MNA": a news agency's sign-off after the last full stop still ends a paragraph)
    const terminal = /[.!?:)\]…]$/.test(text) || /[.!?…,]\s*['"”’]+\s*\)?$/.test(text) || /[.!?]["”’]?\s+[—–-]{1,2}\s*[A-Z][A-Za-z/&]{1,11}$/.test(text);
    const isHeadline = !terminal && words < 16;
    blocks.push({ start, end, kind: isHeadline ? 'headline' : 'body' });
    if (!isHeadline) {
      if (!bodySeen) {
        // ("November 7, 2023 (JEDDAH) –": Sudan Tribune's dateline puts the city after the date; "GENEVA (AP) _":
        // the AP archive writes the dash as an underscore; "MANILA, March 27 (Bernama) --": a wire's dateline with its
        // day and a double hyphen; "KEY WEST, Fla. (AP) -", "DAYTON, Ohio, Nov. 21 (AP) -": an American wire's city with
        // its state; "BEIJING, Sept. 19 Kyodo -": an Asian or Gulf wire's name after the day, without brackets)
        const d = LEAD_DATELINE_RE.exec(text);
        if (d) dateline = (d[1] ?? d[2] ?? d[3] ?? '').trim() || null;
        // "Dar es Salaam. Heads of state agreed ...", "Nairobi: The talks ...": a city in ordinary case ending in a full
        // stop or colon opens the lead (East African and Gulf papers); the stop is no sentence of its own, so the
        // paragraph starts after it
        const lower = !d ? LEAD_CITY_DATELINE.exec(text) : null;
        if (lower && CITY_BY_SURFACE.has(lower[1])) {
          dateline = lower[1];
          blocks[blocks.length - 1].start = start + lower[0].length;
        }
      }
      bodySeen = true;
    }
  }
  return { blocks, dateline };
}
