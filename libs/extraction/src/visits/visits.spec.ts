/** Visit forms, through extract(). */
import { extract } from '../index';

const run = (text: string, publishedAt: string | null = '2025-02-25') => extract({ id: 't', text, publishedAt });
const visits = (text: string) => run(text).visits.map((v) => [v.envoy, v.city, v.date, v.mode]);

describe('who travels', () => {
  it('gives each co-leader of "a delegation led by A and B" the visit, with the other as companion', () => {
    const x = run('An Israeli delegation led by Shin Bet chief Ronen Bar and Mossad chief David Barnea flew to Cairo on Monday for talks with Hassan Rashad.');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date, v.companions])).toEqual([
      ['Ronen Bar', 'Cairo', '2025-02-24', ['David Barnea']],
      ['David Barnea', 'Cairo', '2025-02-24', ['Ronen Bar']],
    ]);
  });

  it('does not read the body before a title ("Shin Bet chief Ronen Bar") as a person', () => {
    expect(run('Shin Bet chief Ronen Bar flew to Cairo on Monday.').visits.map((v) => v.envoy)).toEqual(['Ronen Bar']);
  });

  it('recognises a full name repeated without its title as the person named before', () => {
    expect(
      visits('Sung Kim, the US special representative for North Korea, arrived in Seoul on Thursday. Sung Kim is scheduled to travel to Tokyo next week.'),
    ).toEqual([
      ['Sung Kim', 'Seoul', '2025-02-20', 'in_person'],
      ['Sung Kim', 'Tokyo', null, 'planned'],
    ]);
  });

  it('reads the second head of "A was headed by X, and the opposition’s by Y" as a delegation head at the talks', () => {
    expect(
      visits("The two sides signed an agreement on Tuesday in Bridgetown. The government delegation was headed by Jorge Rodríguez, and the opposition's by Gerardo Blyde."),
    ).toEqual([
      ['Jorge Rodríguez', 'Bridgetown', '2025-02-25', 'in_person'],
      ['Gerardo Blyde', 'Bridgetown', '2025-02-25', 'in_person'],
    ]);
  });
});
