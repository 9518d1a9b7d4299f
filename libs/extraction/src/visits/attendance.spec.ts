/** Attendees of a multilateral meeting listed after its place (attendance.ts), through extract(). */
import { extract } from '../index';

const run = (text: string, publishedAt: string | null = '2025-05-16') => extract({ id: 't', text, publishedAt });
const rows = (text: string, publishedAt?: string) =>
  run(text, publishedAt)
    .visits.map((v) => [v.envoy, v.city, v.date, v.mode, [...v.counterparts].sort()])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('attendees listed after a meeting\'s place', () => {
  it('places the co-subjects and everyone "with" them at "a three-way meeting in Vienna", on its day', () => {
    const x = rows('Foreign Minister Lamberto Ossani and Foreign Minister Teodor Brankovic settled the river dispute late on Wednesday, after a three-way meeting in Vienna with Foreign Minister Hilde Vatterberg.');
    expect(x).toEqual([
      ['Hilde Vatterberg', 'Vienna', '2025-05-14', 'in_person', ['Lamberto Ossani', 'Teodor Brankovic']],
      ['Lamberto Ossani', 'Vienna', '2025-05-14', 'in_person', ['Hilde Vatterberg', 'Teodor Brankovic']],
      ['Teodor Brankovic', 'Vienna', '2025-05-14', 'in_person', ['Hilde Vatterberg', 'Lamberto Ossani']],
    ]);
  });

  it('reads a timeline\'s "the conference resumes at a hotel in Lausanne, chaired by X, with A and B" as the stay of all three', () => {
    const x = rows('TIMELINE\nMarch 3 – The conference resumes at the Lakeside hotel in Lausanne, chaired by UN mediator Ragnhild Aas, with President Stelios Marangos and Foreign Minister Oktay Demirel.\nMarch 9 – The conference ends.', '2025-03-20');
    expect(x.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Oktay Demirel', 'Lausanne', '2025-03-03'],
      ['Ragnhild Aas', 'Lausanne', '2025-03-03'],
      ['Stelios Marangos', 'Lausanne', '2025-03-03'],
    ]);
  });

  it('leaves alone a meeting only planned or wished, and "X held talks in C with Y" (Y met there, maybe at home)', () => {
    expect(rows('Diplomats said a three-way meeting in Vienna with Foreign Minister Hilde Vatterberg and Foreign Minister Teodor Brankovic could take place next month.').filter((r) => r[3] === 'in_person')).toEqual([]);
    expect(rows('Reports of a secret meeting in Vienna with Foreign Minister Hilde Vatterberg and Foreign Minister Teodor Brankovic were denied on Monday.')).toEqual([]);
    expect(rows('Officials hope for a summit in Vienna with Foreign Minister Hilde Vatterberg and Foreign Minister Teodor Brankovic.').filter((r) => r[3] === 'in_person')).toEqual([]);
    expect(rows('Last month Foreign Minister Lamberto Ossani held talks in Maputo with Defence Minister Teodor Brankovic.').map((r) => r[0])).toEqual(['Lamberto Ossani']);
  });
});

describe('"attended" with no meeting named after it', () => {
  const lead = 'NAIROBI, March 12 - The prime minister of Keldoria and the rebel leader signed a truce here on Wednesday at a ceremony hosted by President Wanjiru Otieno.\n\n';

  it('places "X, who also attended," and "A and B also attended, along with C" at the article\'s signing, on its day', () => {
    const x = rows(`${lead}President Tomas Velander, who flew in on Monday, and Foreign Minister Ilse Brandtner also attended, along with the UN special envoy for the region, Ambassador Kofi Mensah.\n\nThe Norwegian envoy Per Lundquist, who also attended, left for Oslo on Thursday.`, '2025-03-14');
    const got = x.filter((r) => r[1] === 'Nairobi').map((r) => [r[0], r[2]]);
    expect(got).toEqual(expect.arrayContaining([
      ['Ilse Brandtner', '2025-03-12'],
      ["Kofi Mensah", "2025-03-12"],
      ['Per Lundquist', '2025-03-12'],
    ]));
  });

  it('gives a co-subject of "A and B attended the ceremony" the stay told for A, and keeps co-attendees out of each other\'s counterparts', () => {
    const x = rows(`${lead}Uganda's President Yoweri Museveni and Foreign Minister Ilse Brandtner attended the ceremony, as did Special Envoy Per Lundquist.`, '2025-03-14');
    const got = x.filter((r) => r[1] === 'Nairobi');
    expect(got.map((r) => r[0])).toEqual(expect.arrayContaining(['Ilse Brandtner', 'Per Lundquist', 'Yoweri Museveni']));
    for (const r of got) expect(r[4]).not.toEqual(expect.arrayContaining(['Ilse Brandtner', 'Yoweri Museveni'].filter((n) => n !== r[0])));
  });

  it('does not read "attended the talks in Geneva last year" or a negated attendance as the article\'s meeting', () => {
    const x = rows(`${lead}Foreign Minister Ilse Brandtner, who never attended, said the truce would not hold.`, '2025-03-14');
    expect(x.filter((r) => r[0] === 'Ilse Brandtner')).toEqual([]);
  });
});

describe('attendees named "among them" / "including"', () => {
  it('reads "Delegations attended, among them A and B, who ..." as the stay of each at the article\'s meeting', () => {
    const x = rows('GENEVA, June 5 - Leaders of the two provinces opened a peace conference in Geneva on Wednesday.\n\nDelegations from thirty countries attended, among them Foreign Minister Ilse Brandtner and Special Envoy Per Lundquist, who each met the hosts before the plenary.', '2025-06-06');
    expect(x.filter((r) => r[1] === 'Geneva').map((r) => r[0])).toEqual(['Ilse Brandtner', 'Per Lundquist']);
  });

  it('gives "The ministers, among them A and B, attended the May 3 meeting in Geneva" to both, not to the first alone', () => {
    const x = rows('The ministers of the three states, among them Foreign Minister Ilse Brandtner and Water Minister Tomas Velander, attended the May 3 meeting in Geneva, which ended with a joint statement.', '2025-06-06');
    expect(x.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Ilse Brandtner', 'Geneva', '2025-05-03'],
      ['Tomas Velander', 'Geneva', '2025-05-03'],
    ]);
  });
});
