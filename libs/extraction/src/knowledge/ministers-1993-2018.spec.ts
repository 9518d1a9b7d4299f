/** Foreign ministers of the Oslo signing (1993) and of the Vienna and Astana talks (2015-2017), with their dated offices. */
import { extract } from '../index';

const visits = (text: string, publishedAt: string) =>
  extract({ id: 't', text, publishedAt }).visits.map((v) => [v.envoy, v.city, v.date]);

describe('ministers of the 1993 and 2015-2017 talks', () => {
  it('knows Holst, Kozyrev and Moniz as visitors under their short names', () => {
    expect(visits('Holst flew to Tunis on Thursday with the letters.', '1993-09-11')).toEqual([['Johan Jørgen Holst', 'Tunis', '1993-09-09']]);
    expect(visits('Kozyrev arrived in Cairo on Thursday.', '1993-09-11')).toEqual([['Andrei Kozyrev', 'Cairo', '1993-09-09']]);
    expect(visits('Moniz arrived in Lausanne on Thursday to join the talks.', '2015-03-28')).toEqual([['Ernest Moniz', 'Lausanne', '2015-03-26']]);
  });

  it('gives the Kazakh foreign minister no visit in Astana, where his ministry sits', () => {
    expect(visits('Foreign Minister Kairat Abdrakhmanov returned to Astana on Thursday.', '2017-01-21')).toEqual([]);
  });
});
