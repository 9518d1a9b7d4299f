// Synthetic newsroom articles for load, replay and query benchmarks: varied envoys, places, dates, quotes,
// negotiation tracks and page furniture (mastheads with capture dates, share buttons, related links, comment
// forms, embedded tweets). Deterministic: the same seed gives the same articles, byte for byte.

/** mulberry32: a small, fast, seeded generator. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusArticle {
  id: string;
  title: string;
  outlet: string;
  url: string;
  publishedAt: string;
  text: string;
}

interface Mandate {
  title: string;
  tracks: string[];
  cities: string[];
}

// Envoys are many, as in real coverage: a few well-known ones and hundreds the knowledge base has never heard
// of (found by their titles), each with one mandate; merges stay realistic in size.
const KNOWN = [
  { name: 'Zalmay Khalilzad', mandate: 0 },
  { name: 'Martin Griffiths', mandate: 1 },
  { name: 'Hans Grundberg', mandate: 1 },
  { name: 'Geir Pedersen', mandate: 2 },
  { name: 'Tom Perriello', mandate: 3 },
  { name: 'Amos Hochstein', mandate: 4 },
  { name: 'Steve Witkoff', mandate: 5 },
];
const MANDATES: Mandate[] = [
  { title: 'US special envoy for Afghanistan', tracks: ['us_taliban', 'intra_afghan'], cities: ['Doha', 'Kabul', 'Islamabad', 'Tashkent', 'Moscow', 'Ankara'] },
  { title: 'UN special envoy for Yemen', tracks: ['yemen_un'], cities: ['Sanaa', 'Riyadh', 'Muscat', 'Aden', 'Amman', 'Tehran', 'Abu Dhabi'] },
  { title: 'UN special envoy for Syria', tracks: ['syria_geneva'], cities: ['Geneva', 'Damascus', 'Ankara', 'Tehran', 'Moscow', 'Beirut'] },
  { title: 'US special envoy for Sudan', tracks: ['sudan_jeddah'], cities: ['Jeddah', 'Cairo', 'Addis Ababa', 'Nairobi', 'Port Sudan', 'Kampala'] },
  { title: 'US senior envoy', tracks: ['israel_lebanon'], cities: ['Beirut', 'Jerusalem', 'Paris', 'Doha', 'Amman'] },
  { title: 'US special envoy', tracks: ['russia_ukraine', 'israel_hamas'], cities: ['Moscow', 'Riyadh', 'Doha', 'Cairo', 'Istanbul', 'Kyiv'] },
  { title: 'EU special representative for the Horn of Africa', tracks: ['sudan_jeddah'], cities: ['Addis Ababa', 'Khartoum', 'Nairobi', 'Djibouti', 'Brussels'] },
  { title: 'UN special envoy for Libya', tracks: ['libya_un'], cities: ['Tripoli', 'Benghazi', 'Tunis', 'Cairo', 'Rome'] },
];
const FIRST = ['Jonas', 'Maria', 'Ahmed', 'Elena', 'Kofi', 'Ingrid', 'Rashid', 'Claire', 'Tomas', 'Amina', 'Pieter', 'Yuki', 'Omar', 'Sofia', 'Daniel', 'Leila', 'Marcus', 'Hanna', 'Farid', 'Anna', 'Viktor', 'Grace', 'Samir', 'Lucia'];
const LAST = ['Hallberg', 'Moretti', 'Okafor', 'Lindqvist', 'Haddad', 'Brennan', 'Sato', 'Kovacs', 'Mensah', 'Duarte', 'Novak', 'Rahimi', 'Fischer', 'Ibrahim', 'Castellano', 'Nyberg', 'Petrov', 'Salazar', 'Aziz', 'Laurent', 'Jansen', 'Olsen', 'Kamara', 'Varga', 'Rossi', 'Demir', 'Eriksen', 'Bakker', 'Mwangi', 'Costa'];

interface Envoy extends Mandate {
  name: string;
  surname: string;
}

/** Envoy number `n`: the known ones first, then invented names, each with a fixed mandate. */
function envoyNumber(n: number): Envoy {
  const known = KNOWN[n];
  const name = known ? known.name : `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;
  const mandate = MANDATES[known ? known.mandate : n % MANDATES.length];
  return { name, surname: name.split(' ').at(-1)!, ...mandate };
}
const ENVOY_COUNT = KNOWN.length + FIRST.length * LAST.length;

const COUNTERPARTS = [
  'Foreign Minister Sergey Lavrov',
  'Pakistan army chief General Qamar Javed Bajwa',
  'Saudi Foreign Minister Prince Faisal bin Farhan',
  'Omani Foreign Minister Badr Albusaidi',
  'Qatari Prime Minister Mohammed bin Abdulrahman Al Thani',
  'Turkish Foreign Minister Hakan Fidan',
  'Egyptian Foreign Minister Badr Abdelatty',
  'Mullah Abdul Ghani Baradar',
];
const TRACK_SENTENCES: Record<string, string[]> = {
  us_taliban: ['Talks between the United States and the Taliban resumed in Doha', 'The US-Taliban talks have stalled'],
  intra_afghan: ['The intra-Afghan negotiations were paused', 'The intra-Afghan talks opened in Doha'],
  yemen_un: ['UN-led peace talks on Yemen resumed', 'The Yemen ceasefire talks collapsed'],
  syria_geneva: ['The Syrian Constitutional Committee resumed its work in Geneva', 'The Geneva talks on Syria stalled'],
  sudan_jeddah: ['The Jeddah talks between the Sudanese army and the RSF resumed', 'The Jeddah talks on Sudan were suspended'],
  israel_lebanon: ['Indirect talks between Israel and Lebanon resumed', 'Talks on the Israel-Lebanon border stalled'],
  russia_ukraine: ['Peace talks between Russia and Ukraine resumed in Istanbul', 'Talks between Russia and Ukraine have stalled'],
  libya_un: ['UN-facilitated talks on Libya resumed in Tunis', 'The Libyan political dialogue stalled'],
  israel_hamas: ['Ceasefire talks between Israel and Hamas resumed in Cairo', 'The Gaza ceasefire negotiations stalled'],
};
// Background paragraphs, as real reports carry below the news: the conflict, earlier rounds, the humanitarian
// situation, what analysts say. Mostly sentences the extractor must read through and find nothing in.
const CONFLICTS: Record<string, string> = {
  us_taliban: 'the war in Afghanistan',
  intra_afghan: 'the war in Afghanistan',
  yemen_un: 'the war in Yemen',
  syria_geneva: 'the Syrian civil war',
  sudan_jeddah: 'the war between the Sudanese army and the Rapid Support Forces',
  israel_lebanon: 'the conflict on the Israel-Lebanon border',
  russia_ukraine: 'the war in Ukraine',
  libya_un: 'the conflict in Libya',
  israel_hamas: 'the war in Gaza',
};
const BACKGROUND = [
  '{Conflict} has killed tens of thousands of people and driven millions from their homes, according to United Nations estimates.',
  'Earlier rounds of negotiations ended without a breakthrough, and diplomats involved in the process cautioned against expecting quick results.',
  'Aid agencies say more than {millions} million people need humanitarian assistance, while access to several regions remains restricted by checkpoints and insecurity.',
  'Analysts said the visit was the latest sign of growing international pressure on the parties to agree on a lasting ceasefire and a political roadmap.',
  'Regional governments have offered to host further meetings, and several of them have appointed envoys of their own in recent months.',
  'The sides remain divided over the sequencing of a ceasefire, the release of prisoners and the shape of any transitional arrangement.',
  'Critics of the process argue that the talks have so far excluded women, civil society groups and representatives of the worst-affected communities.',
  'Observers noted that previous agreements on humanitarian corridors and prisoner exchanges were only partly implemented.',
  'The economic toll of {conflict} has been severe, with the local currency losing much of its value and food prices rising sharply.',
  'Diplomats say any settlement will need guarantees from the main outside powers, which have backed rival sides for years.',
  'Security in the capital was tightened ahead of the meetings, with several roads closed to traffic for most of the day.',
  'The United Nations Security Council is expected to discuss the situation at a closed-door session later this month.',
];
const SIDEBARS = [
  'Sign up for our daily newsletter to get the top stories delivered to your inbox',
  'We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.',
  'Most read: Fuel shortages deepen as winter approaches',
  'Most read: Rights groups call for an independent inquiry',
  'Follow us on Facebook, X and Instagram',
  'Copyright © {outlet}. All rights reserved.',
];

const QUOTE_OPENINGS = [
  'We are making real progress',
  'There is no military solution to this conflict',
  'The talks were frank and constructive',
  'All parties must return to the table',
  'We will not accept a deal that ignores the humanitarian situation',
  'A lasting ceasefire is within reach',
  'The coming weeks will be decisive',
  'Civilians have paid the highest price',
];
const QUOTE_ENDINGS = [
  'but much work remains',
  'and we expect both sides to show flexibility',
  'and the prisoners must be released first',
  'if the guarantors keep their word',
  'and we will meet again before the end of the month',
  'and humanitarian access cannot wait',
];
const OUTLETS = [
  { name: 'Dawn', host: 'www.dawn.com' },
  { name: 'Reuters', host: 'www.reuters.com' },
  { name: 'Al Jazeera', host: 'www.aljazeera.com' },
  { name: 'TOLOnews', host: 'tolonews.com' },
  { name: 'Arab News', host: 'www.arabnews.com' },
  { name: 'The National', host: 'www.thenationalnews.com' },
  { name: 'Associated Press', host: 'apnews.com' },
  { name: 'Kyiv Independent', host: 'kyivindependent.com' },
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Fisher-Yates, with the article's own generator. */
function shuffled<T>(random: () => number, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Two to four paragraphs of context, two or three sentences each, in a random order. */
function background(random: () => number, track: string): string[] {
  const sentences = shuffled(random, BACKGROUND);
  const fill = (sentence: string) =>
    sentence
      .replace('{Conflict}', (CONFLICTS[track] ?? 'the conflict').replace(/^./, (c) => c.toUpperCase()))
      .replace('{conflict}', CONFLICTS[track] ?? 'the conflict')
      .replace('{millions}', String(2 + Math.floor(random() * 20)));
  const paragraphs: string[] = [];
  for (let p = 0, n = 2 + Math.floor(random() * 3); p < n; p++) paragraphs.push(sentences.splice(0, 2 + Math.floor(random() * 2)).map(fill).join(' '));
  return paragraphs;
}

function furniture(random: () => number, outlet: string, captured: string): { top: string[]; bottom: string[] } {
  const top = [`${outlet.toUpperCase()} | Latest news | ${captured}`, 'Home  World  Politics  Opinion  Video', 'Share  Tweet  Email'];
  const bottom = [
    'Read more: Envoys to meet again next month',
    'Related articles',
    '- Ceasefire monitors report violations',
    '- Analysis: what the talks mean for the region',
    'Leave a comment',
    'Your email address will not be published. Required fields are marked *',
  ];
  if (random() < 0.3) bottom.unshift(`— Foreign Office (@ForeignOffice) ${captured}`);
  const sidebars = shuffled(random, SIDEBARS)
    .slice(0, 1 + Math.floor(random() * 3))
    .map((line) => line.replace('{outlet}', outlet));
  return { top: top.slice(0, 1 + Math.floor(random() * 3)), bottom: [...bottom.slice(0, 2 + Math.floor(random() * 4)), ...sidebars] };
}

/** Article number `index` of the corpus of `seed`; every article is independent of the others. */
export function corpusArticle(seed: number, index: number): CorpusArticle {
  const random = seededRandom((seed * 0x9e3779b1 + index) >>> 0);
  // a few envoys are in the news far more than the rest
  const envoy = envoyNumber(Math.floor(random() ** 2 * ENVOY_COUNT));
  const outlet = pick(random, OUTLETS);
  const published = Date.UTC(2019, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000;
  const publishedAt = isoDay(published);
  const daysBack = 1 + Math.floor(random() * 5);
  const weekday = WEEKDAYS[new Date(published - daysBack * 86_400_000).getUTCDay()];
  const city = pick(random, envoy.cities);
  const next = pick(random, envoy.cities.filter((c) => c !== city));
  const track = pick(random, envoy.tracks);
  const title = `${envoy.surname} holds talks in ${city}`;
  const body = [
    `${envoy.title} ${envoy.name} arrived in ${city} on ${weekday} for talks with ${pick(random, COUNTERPARTS)}.`,
    `"${pick(random, QUOTE_OPENINGS)}, ${pick(random, QUOTE_ENDINGS)}," ${envoy.surname} told reporters after the meeting.`,
    `${pick(random, TRACK_SENTENCES[track] ?? TRACK_SENTENCES.us_taliban)}, officials said.`,
  ];
  if (random() < 0.5) body.push(`${envoy.surname} is expected to travel to ${next} next week.`);
  if (random() < 0.4) body.push(`According to ${envoy.surname}, the parties agreed to meet again before the end of the month.`);
  body.push(...background(random, track));
  const { top, bottom } = furniture(random, outlet.name, isoDay(published + 86_400_000 * (1 + Math.floor(random() * 30))));
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    id: `corpus-${seed}-${index}`,
    title,
    outlet: outlet.name,
    url: `https://${outlet.host}/${publishedAt.replace(/-/g, '/')}/${slug}-${seed}-${index}`,
    publishedAt,
    text: [...top, title, ...body, ...bottom].join('\n'),
  };
}

/** `count` articles of the corpus of `seed`, in order. */
export function* corpus(seed: number, count: number, start = 0): Generator<CorpusArticle> {
  for (let i = start; i < start + count; i++) yield corpusArticle(seed, i);
}
