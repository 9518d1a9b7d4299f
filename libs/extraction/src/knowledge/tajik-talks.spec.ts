/** People of the inter-Tajik talks (1994-1997) under the spellings wires used then. */
import { extract } from '../index';

const visits = (text: string, publishedAt = '1997-06-28') =>
  extract({ id: 't', text, publishedAt }).visits.map((v) => [v.envoy, v.city, v.date]);

describe('the inter-Tajik talks people', () => {
  it('reads Rakhmonov as Emomali Rahmon and Abdullo Nuri as Said Abdullo Nuri when they arrive abroad', () => {
    expect(visits('President Rakhmonov arrived in Tehran on Thursday for a round with the opposition.')).toEqual([
      ['Emomali Rahmon', 'Tehran', '1997-06-26'],
    ]);
    expect(visits('Sayid Abdullo Nuri flew into Ashgabat on Thursday for the fourth round.')).toEqual([
      ['Said Abdullo Nuri', 'Ashgabat', '1997-06-26'],
    ]);
  });

  it('gives the Tajik president no visit in his own capital', () => {
    expect(visits('Rakhmonov returned to Dushanbe on Thursday and briefed parliament.')).toEqual([]);
  });
});
