/**
 * People and tracks added for the 2024-2026 news: the Houthi government in Sanaa after August 2024, the Saudi, Qatari,
 * Iranian and Syrian officials of the Yemen and Astana talks, the Swiss hosts of the Ukraine talks, the Gulf and Islamic
 * secretaries-general, the heads of government and foreign ministers who took office in 2024-2025, the Turkey-PKK process
 * of 2025 and its people, the AU's Sudan envoy, the Druze of Sweida and the presidents of the Americas; the Rosatom
 * chief, the US ambassador to NATO, the CENTCOM commanders, the heads of state of 2024-2025 and foreign ministers of
 * Europe, Asia and the Americas of 2023-2026.
 */
import { extract } from '../index';

const visits = (text: string, publishedAt: string) =>
  extract({ id: 't', text, publishedAt }).visits.map((v) => [v.envoy, v.city, v.date]);
const speakers = (text: string, publishedAt: string) =>
  extract({ id: 't', text, publishedAt }).statements.map((s) => s.speaker);
const tracks = (text: string, publishedAt: string) =>
  extract({ id: 't', text, publishedAt }).status.map((s) => [s.track, s.state]);

describe('Yemen, Astana and Gulf officials', () => {
  it('knows the Houthi prime ministers under their short names, each in his own years', () => {
    expect(visits('Rahawi flew to Muscat on Tuesday for talks with Omani mediators.', '2025-02-13')).toEqual([
      ['Ahmed Ghaleb al-Rahawi', 'Muscat', '2025-02-11'],
    ]);
    expect(visits('Habtoor flew to Muscat on Tuesday for talks with Omani mediators.', '2019-02-14')).toEqual([
      ['Abdulaziz bin Habtoor', 'Muscat', '2019-02-12'],
    ]);
  });

  it('gives the Houthi prime minister no visit in Sanaa, where his government sits', () => {
    expect(visits('Rahawi returned to Sanaa on Tuesday.', '2025-02-13')).toEqual([]);
  });

  it('knows the Saudi vice foreign minister, the Iranian Astana negotiator and the Qatari minister of state', () => {
    expect(visits('Khereiji arrived in Port Sudan on Sunday with a message from Riyadh.', '2024-03-06')).toEqual([
      ['Waleed Elkhereiji', 'Port Sudan', '2024-03-03'],
    ]);
    expect(visits('Khaji flew to Damascus on Sunday ahead of the next round.', '2018-03-06')).toEqual([
      ['Ali Asghar Khaji', 'Damascus', '2018-03-04'],
    ]);
    expect(visits('Al-Muraikhi arrived in Kabul on Sunday.', '2024-03-06')).toEqual([['Sultan bin Saad Al-Muraikhi', 'Kabul', '2024-03-03']]);
  });

  it('names the GCC secretary-general as a speaker under his short name', () => {
    expect(speakers('Albudaiwi said the council backed the talks without reservation.', '2024-05-02')).toEqual(['Jasem Mohamed Albudaiwi']);
  });
});

describe('heads of government and foreign ministers of 2024-2025', () => {
  it('reads the Belgian and Austrian leaders of 2025 under their surnames', () => {
    expect(visits('De Wever arrived in Kyiv on Tuesday, his first trip there.', '2025-04-10')).toEqual([['Bart De Wever', 'Kyiv', '2025-04-08']]);
    expect(visits('Prevot arrived in Beirut on Tuesday.', '2025-04-10')).toEqual([['Maxime Prévot', 'Beirut', '2025-04-08']]);
    expect(visits('Meinl-Reisinger arrived in Amman on Tuesday.', '2025-04-10')).toEqual([['Beate Meinl-Reisinger', 'Amman', '2025-04-08']]);
  });

  it('resolves "the prime minister" to the Belgian who held the office on the day', () => {
    expect(visits('De Croo said he would travel. The prime minister arrived in Kyiv on Tuesday.', '2024-02-08')).toEqual([
      ['Alexander De Croo', 'Kyiv', '2024-02-06'],
    ]);
  });

  it('gives the Kuwaiti foreign minister and the Nepali interim prime minister visits abroad', () => {
    expect(visits('Abdullah Al-Yahya arrived in Tehran on Tuesday.', '2025-04-10')).toEqual([['Abdullah Al-Yahya', 'Tehran', '2025-04-08']]);
    expect(visits('Karki flew to New Delhi on Tuesday.', '2025-11-13')).toEqual([['Sushila Karki', 'New Delhi', '2025-11-11']]);
  });
});

describe('the Turkey-PKK process of 2025', () => {
  it('names the process as pkk_turkey, however the wire writes it', () => {
    expect(tracks('The PKK disarmament process resumed on Thursday after a pause.', '2025-07-12')).toEqual([['pkk_turkey', 'resumed']]);
    expect(tracks('The peace process between Türkiye and the PKK stalled on Thursday.', '2025-07-12')).toEqual([['pkk_turkey', 'stalled']]);
  });

  it('ties an article to the process by the jailed leader’s name', () => {
    expect(tracks('Ocalan urged the group to disarm. Officials said the process had stalled on Thursday.', '2025-07-12')).toEqual([
      ['pkk_turkey', 'stalled'],
    ]);
  });

  it('knows the MHP leader and the PKK founder as speakers', () => {
    expect(speakers('Bahceli said the group must lay down its arms without delay.', '2025-02-20')).toEqual(['Devlet Bahçeli']);
    expect(speakers('Öcalan said the time had come for the group to dissolve itself.', '2025-02-28')).toEqual(['Abdullah Öcalan']);
  });
});

describe('Sudan, Syria and the Americas', () => {
  it('knows the AU envoy for Sudan and the Druze leader of Sweida under their short names', () => {
    expect(visits('Belaiche arrived in Port Sudan on Monday.', '2024-06-12')).toEqual([['Mohamed Belaiche', 'Port Sudan', '2024-06-10']]);
    expect(speakers('Al-Hijri said the community would not hand over its weapons.', '2025-05-03')).toEqual(['Hikmat al-Hijri']);
  });

  it('knows the presidents of Ecuador and Panama as visitors', () => {
    expect(visits('Noboa arrived in Washington on Monday.', '2025-03-05')).toEqual([['Daniel Noboa', 'Washington', '2025-03-03']]);
    expect(visits('Mulino arrived in Washington on Monday.', '2025-03-05')).toEqual([['José Raúl Mulino', 'Washington', '2025-03-03']]);
  });
});

describe('officials and heads of state of 2024-2026', () => {
  it('knows the Rosatom chief and the US ambassador to NATO as visitors under their surnames', () => {
    expect(visits('Likhachev arrived in Minsk on Wednesday for talks on the plant.', '2025-03-14')).toEqual([
      ['Alexei Likhachev', 'Minsk', '2025-03-12'],
    ]);
    expect(visits('Whitaker flew to Ankara on Wednesday.', '2025-06-13')).toEqual([['Matthew Whitaker', 'Ankara', '2025-06-11']]);
  });

  it('knows the CENTCOM commanders under their short and full names', () => {
    expect(visits('Kurilla arrived in Tel Aviv on Wednesday.', '2024-04-19')).toEqual([['Michael Erik Kurilla', 'Tel Aviv', '2024-04-17']]);
    expect(visits('Adm. Brad Cooper arrived in Tel Aviv on Wednesday.', '2025-10-10')).toEqual([['Brad Cooper', 'Tel Aviv', '2025-10-08']]);
  });

  it('gives heads of state of 2024-2025 visits abroad under their surnames, within their terms', () => {
    expect(visits('Mattarella arrived in Tokyo on Wednesday.', '2025-03-07')).toEqual([['Sergio Mattarella', 'Tokyo', '2025-03-05']]);
    expect(visits('Pellegrini arrived in Kyiv on Wednesday.', '2025-03-07')).toEqual([['Peter Pellegrini', 'Kyiv', '2025-03-05']]);
    expect(visits('Embalo arrived in Moscow on Wednesday.', '2025-02-28')).toEqual([['Umaro Sissoco Embaló', 'Moscow', '2025-02-26']]);
  });
});

describe('foreign ministers of Europe, Asia and the Americas, 2023-2026', () => {
  it('knows the Macedonian, Luxembourg, Ecuadorian and Panamanian foreign ministers under their surnames', () => {
    expect(visits('Mucunski arrived in Athens on Thursday.', '2025-01-24')).toEqual([['Timčo Mucunski', 'Athens', '2025-01-23']]);
    expect(visits('Bettel arrived in Kyiv on Thursday.', '2025-01-24')).toEqual([['Xavier Bettel', 'Kyiv', '2025-01-23']]);
    expect(visits('Sommerfeld arrived in Bogota on Thursday.', '2025-01-24')).toEqual([['Gabriela Sommerfeld', 'Bogota', '2025-01-23']]);
    expect(visits('Martinez-Acha arrived in Caracas on Thursday.', '2025-01-24')).toEqual([['Javier Martínez-Acha', 'Caracas', '2025-01-23']]);
  });

  it('resolves "the foreign minister" to the Chilean who held the office on the day', () => {
    expect(visits('Alberto van Klaveren spoke of the trip. The foreign minister arrived in Lima on Thursday.', '2024-05-17')).toEqual([
      ['Alberto van Klaveren', 'Lima', '2024-05-16'],
    ]);
  });
});

describe('mediators and UN envoys of other processes (1992-2024)', () => {
  it('knows the UN envoys for Myanmar, Somalia, Côte d\'Ivoire and the Kosovo troika under their short names', () => {
    expect(visits('Razali flew to Yangon on Tuesday for his eighth visit.', '2002-05-08')).toEqual([['Razali Ismail', 'Yangon', '2002-05-07']]);
    expect(visits('Sahnoun flew to Hargeisa on Monday.', '1992-07-10')).toEqual([['Mohamed Sahnoun', 'Hargeisa', '1992-07-06']]);
    expect(visits('Tévoédjrè flew to Accra on Tuesday for the regional summit.', '2004-07-30')).toEqual([['Albert Tévoédjrè', 'Accra', '2004-07-27']]);
    expect(visits('Botsan-Kharchenko flew to Pristina on Monday.', '2007-09-05')).toEqual([['Alexander Botsan-Kharchenko', 'Pristina', '2007-09-03']]);
  });

  it('gives the UN envoy for Côte d\'Ivoire no visit in Abidjan, where his mission sits', () => {
    expect(visits('Tévoédjrè returned to Abidjan on Tuesday.', '2004-07-30')).toEqual([]);
  });

  it('knows the Bougainville moderator and the JMEC chairman as visitors', () => {
    expect(visits('Mateparae flew into Port Moresby on Wednesday to chair the final session.', '2024-03-08')).toEqual([['Jerry Mateparae', 'Port Moresby', '2024-03-06']]);
    expect(visits('Mogae arrived in Juba on Monday to chair the commission.', '2016-03-10')).toEqual([['Festus Mogae', 'Juba', '2016-03-07']]);
  });

  it('names the members of the Kenya mediation as speakers', () => {
    expect(speakers('"We are close to a deal," Graça Machel said after the session.', '2008-02-10')).toEqual(['Graça Machel']);
    expect(speakers('Karua told reporters that the talks would resume on Monday.', '2008-02-10')).toEqual(['Martha Karua']);
  });

  it('knows the host of the Nile dam talks in Washington and the South Korean unification minister in both his terms', () => {
    expect(visits('Mnuchin flew to Khartoum on Monday.', '2020-02-12')).toEqual([['Steven Mnuchin', 'Khartoum', '2020-02-10']]);
    expect(visits('Unification Minister Chung Dong-young arrived in Tokyo on Monday.', '2005-09-10')).toEqual([['Chung Dong-young', 'Tokyo', '2005-09-05']]);
    expect(visits('Chung Dong-young flew to Tokyo on Monday.', '2025-09-10')).toEqual([['Chung Dong-young', 'Tokyo', '2025-09-08']]);
  });
});
