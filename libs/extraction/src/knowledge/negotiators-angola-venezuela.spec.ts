/** Negotiators of the Lusaka talks on Angola (1993-1994) and of the Oslo and Barbados talks on Venezuela (2019). */
import { extract } from '../index';

const visits = (text: string, publishedAt: string) =>
  extract({ id: 't', text, publishedAt }).visits.map((v) => [v.envoy, v.city, v.date]);

describe('negotiators of the Angola and Venezuela talks', () => {
  it('knows the Venezuelan negotiators and UNITA\'s secretary-general as visitors', () => {
    expect(visits('Stalin González arrived in Bridgetown on Monday.', '2019-07-10')).toEqual([['Stalin González', 'Bridgetown', '2019-07-08']]);
    expect(visits('Fernando Martínez Mottola arrived in Bridgetown on Monday.', '2019-07-10')).toEqual([['Fernando Martínez Mottola', 'Bridgetown', '2019-07-08']]);
    expect(visits('Manuvakola arrived in Lusaka on Monday for the next round.', '1994-05-11')).toEqual([['Eugénio Manuvakola', 'Lusaka', '1994-05-09']]);
  });

  it('gives the UN representative for Angola no visit in Luanda, where his mission sat', () => {
    expect(visits('Blondin Beye returned to Luanda on Monday.', '1994-05-11')).toEqual([]);
  });
});
