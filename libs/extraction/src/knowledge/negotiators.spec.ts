/**
 * People of peace talks known with their dated offices and where they were based: the Oslo signing (1993) and the
 * Vienna and Astana talks (2015-2017), the Macedonia, Georgia, Zurich and Nile dam talks (2001-2020), the Lusaka talks on
 * Angola (1993-1994) and the Oslo and Barbados talks on Venezuela (2019), and the inter-Tajik talks (1994-1997) under
 * the spellings wires used then.
 */
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

describe('the inter-Tajik talks people', () => {
  it('reads Rakhmonov as Emomali Rahmon and Abdullo Nuri as Said Abdullo Nuri when they arrive abroad', () => {
    expect(visits('President Rakhmonov arrived in Tehran on Thursday for a round with the opposition.', '1997-06-28')).toEqual([
      ['Emomali Rahmon', 'Tehran', '1997-06-26'],
    ]);
    expect(visits('Sayid Abdullo Nuri flew into Ashgabat on Thursday for the fourth round.', '1997-06-28')).toEqual([
      ['Said Abdullo Nuri', 'Ashgabat', '1997-06-26'],
    ]);
  });

  it('gives the Tajik president no visit in his own capital', () => {
    expect(visits('Rakhmonov returned to Dushanbe on Thursday and briefed parliament.', '1997-06-28')).toEqual([]);
  });
});

describe('presidents of the Karabakh talks of 1998-2003', () => {
  it('knows Robert Kocharyan under the wires\' spelling "Kocharian" and Heydar Aliyev as a head of state of his time', () => {
    expect(visits('Kocharian flew to Paris on Monday.', '2001-03-06')).toEqual([['Robert Kocharyan', 'Paris', '2001-03-05']]);
    const x = extract({ id: 't', text: 'President Heydar Aliyev flew to Paris on Monday.', publishedAt: '2001-03-06' });
    expect(x.visits.map((v) => v.envoy)).toEqual(['Heydar Aliyev']);
  });
});

describe('leaders and mediators of the 1990s African, Cambodian and Haitian talks and of the 2007 Western Sahara talks', () => {
  it('knows Chissano, Ndadaye, Caputo, van Walsum and Sheikh Hamad bin Jassim under their short names', () => {
    expect(visits('Chissano arrived in Rome on Thursday.', '1992-08-08')).toEqual([['Joaquim Chissano', 'Rome', '1992-08-06']]);
    expect(visits('Ndadaye arrived in Arusha on Tuesday.', '1993-08-06')).toEqual([['Melchior Ndadaye', 'Arusha', '1993-08-03']]);
    expect(visits('Caputo flew to New York on Sunday.', '1993-06-29')).toEqual([['Dante Caputo', 'New York', '1993-06-27']]);
    expect(visits('Van Walsum arrived in Rabat on Monday.', '2007-06-20')).toEqual([['Peter van Walsum', 'Rabat', '2007-06-18']]);
    expect(visits('Sheikh Hamad bin Jassim arrived in Beirut on Sunday.', '2008-05-27')).toEqual([['Hamad bin Jassim bin Jabr Al Thani', 'Beirut', '2008-05-25']]);
  });
});
