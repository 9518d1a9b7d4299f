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
  return { top: top.slice(0, 1 + Math.floor(random() * 3)), bottom: bottom.slice(0, 2 + Math.floor(random() * 4)) };
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
