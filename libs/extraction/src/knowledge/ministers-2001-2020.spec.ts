/** Ministers, envoys and heads of state of the Macedonia, Georgia, Zurich and Nile dam talks, with their dated offices. */
import { extract } from '../index';

const visits = (text: string, publishedAt: string) =>
  extract({ id: 't', text, publishedAt }).visits.map((v) => [v.envoy, v.city, v.date]);

describe('ministers and envoys of the 2001-2020 talks', () => {
  it('knows Kouchner, Léotard, Pardew and Abdel Aty as visitors under their short names', () => {
    expect(visits('Kouchner arrived in Zurich on Friday for the signing.', '2009-10-10')).toEqual([['Bernard Kouchner', 'Zurich', '2009-10-09']]);
    expect(visits('Leotard flew to Tetovo on Friday to meet the party leaders.', '2001-08-11')).toEqual([['François Léotard', 'Tetovo', '2001-08-10']]);
    expect(visits('Abdel Aty arrived in Khartoum on Friday for the dam talks.', '2020-01-11')).toEqual([['Mohamed Abdel Aty', 'Khartoum', '2020-01-10']]);
  });

  it('gives the Macedonian president and the Kenyan president no visit in their own capitals', () => {
    expect(visits('Trajkovski returned to Skopje on Friday.', '2001-08-11')).toEqual([]);
    expect(visits('President Daniel arap Moi returned to Nairobi on Friday.', '2000-08-29')).toEqual([]);
  });
});
