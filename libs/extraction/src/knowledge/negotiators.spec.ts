/**
 * People of peace talks known with their dated offices and where they were based, resolved from the short names wires
 * use: the Oslo signing (1993) and the Vienna and Astana talks (2015-2017), the Macedonia, Georgia, Zurich and Nile dam
 * talks (2001-2020), the Lusaka talks on Angola (1993-1994) and the Oslo and Barbados talks on Venezuela (2019), the
 * inter-Tajik talks (1994-1997) under the spellings wires used then, and the envoys, ministers and heads of the
 * 2010-2025 processes (Sudan, Yemen, Libya, Syria, Ukraine, Armenia-Azerbaijan, Kosovo-Serbia, the Sahel and others);
 * and the 1982-2015 processes: Sri Lanka, Nepal, Aceh, Northern Ireland, Bosnia and Kosovo, Burundi, Angola, Mozambique,
 * Somalia, Darfur, Ethiopia-Eritrea, the Middle East, the Six-Party Talks, Georgia, the OSCE's Ukraine talks, Cyprus,
 * Colombia, East Timor and the LRA talks, with the heads and foreign ministers of those years.
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

describe('envoys and ministers of 2010-2020 (1.20.500)', () => {
  it('knows Lyman, Indyk, Aronson and Nalbandian as visitors under their short names', () => {
    expect(visits('Lyman arrived in Juba on Thursday to meet Salva Kiir.', '2012-04-21')).toEqual([['Princeton Lyman', 'Juba', '2012-04-19']]);
    expect(visits('Indyk flew to Ramallah on Thursday.', '2014-03-22')).toEqual([['Martin Indyk', 'Ramallah', '2014-03-20']]);
    expect(visits('Aronson arrived in Havana on Thursday for the talks.', '2016-03-19')).toEqual([['Bernard Aronson', 'Havana', '2016-03-17']]);
    expect(visits('Nalbandian arrived in Moscow on Thursday.', '2016-04-09')).toEqual([['Eduard Nalbandian', 'Moscow', '2016-04-07']]);
  });

  it('knows the Ukrainian, Serbian and Sahel heads under the wires\' spellings', () => {
    expect(visits('Yatsenyuk arrived in Brussels on Thursday.', '2014-03-08')).toEqual([['Arseniy Yatsenyuk', 'Brussels', '2014-03-06']]);
    expect(visits('President Nikolic arrived in Moscow on Thursday.', '2014-10-18')).toEqual([['Tomislav Nikolić', 'Moscow', '2014-10-16']]);
    expect(visits('Issoufou arrived in Bamako on Thursday.', '2018-06-30')).toEqual([['Mahamadou Issoufou', 'Bamako', '2018-06-28']]);
  });
});

describe('heads, ministers and envoys of 2012-2022 (1.20.501)', () => {
  it('knows the Yemeni, Libyan and Israeli ministers under their short names', () => {
    expect(visits('Bahah arrived in Aden on Thursday.', '2015-09-19')).toEqual([['Khaled Bahah', 'Aden', '2015-09-17']]);
    expect(visits('Maiteeq arrived in Moscow on Thursday.', '2019-07-06')).toEqual([['Ahmed Maiteeq', 'Moscow', '2019-07-04']]);
    expect(visits('Lieberman arrived in Washington on Thursday.', '2017-02-11')).toEqual([['Avigdor Lieberman', 'Washington', '2017-02-09']]);
  });

  it('knows the Great Lakes envoy, the Venezuela mediator and the Cyprus adviser', () => {
    expect(visits('Djinnit arrived in Kinshasa on Thursday.', '2016-10-08')).toEqual([['Said Djinnit', 'Kinshasa', '2016-10-06']]);
    expect(visits('Zapatero arrived in Caracas on Thursday to meet Maduro.', '2017-12-02')).toEqual([['José Luis Rodríguez Zapatero', 'Caracas', '2017-11-30']]);
    expect(visits('Downer arrived in Ankara on Thursday.', '2012-03-10')).toEqual([['Alexander Downer', 'Ankara', '2012-03-08']]);
  });
});

describe('leaders, ministers and envoys of 2011-2020 (1.20.502)', () => {
  it('knows the Iranian and Sudanese ministers under their short names', () => {
    expect(visits('Salehi arrived in Vienna on Thursday.', '2012-09-15')).toEqual([['Ali Akbar Salehi', 'Vienna', '2012-09-13']]);
    expect(visits('Jalili arrived in Istanbul on Thursday for the talks.', '2012-04-14')).toEqual([['Saeed Jalili', 'Istanbul', '2012-04-12']]);
    expect(visits('Ghandour arrived in Addis Ababa on Thursday.', '2016-08-13')).toEqual([['Ibrahim Ghandour', 'Addis Ababa', '2016-08-11']]);
  });

  it('gives the AU representative for the Sahel no visit in Bamako, where his mission sat', () => {
    expect(visits('Buyoya arrived in Niamey on Thursday.', '2015-02-14')).toEqual([['Pierre Buyoya', 'Niamey', '2015-02-12']]);
    expect(visits('Buyoya returned to Bamako on Thursday.', '2015-02-14')).toEqual([]);
  });
});

describe('heads and ministers of 2011-2020 (1.20.503)', () => {
  it('knows the Lebanese, Jordanian and Kosovar ministers under their short names', () => {
    expect(visits('Bassil arrived in Damascus on Thursday.', '2019-03-23')).toEqual([['Gebran Bassil', 'Damascus', '2019-03-21']]);
    expect(visits('Judeh arrived in Geneva on Thursday for the Syria talks.', '2016-02-06')).toEqual([['Nasser Judeh', 'Geneva', '2016-02-04']]);
    expect(visits('Pacolli arrived in Washington on Thursday.', '2019-03-23')).toEqual([['Behgjet Pacolli', 'Washington', '2019-03-21']]);
  });

  it('knows the Burundian president and the Yemeni prime minister of the transition', () => {
    expect(visits('Nkurunziza arrived in Arusha on Thursday for the summit.', '2015-05-16')).toEqual([['Pierre Nkurunziza', 'Arusha', '2015-05-14']]);
    expect(visits('Basindawa arrived in Riyadh on Thursday.', '2013-05-18')).toEqual([['Mohammed Basindawa', 'Riyadh', '2013-05-16']]);
  });
});

describe('commanders and European and Gulf leaders of 2009-2023 (1.20.504)', () => {
  it('knows the US commanders and the Quds Force commander under their short names', () => {
    expect(visits('Votel arrived in Kabul on Thursday.', '2017-04-29')).toEqual([['Joseph Votel', 'Kabul', '2017-04-27']]);
    expect(visits('Soleimani arrived in Baghdad on Thursday.', '2017-04-29')).toEqual([['Qassem Soleimani', 'Baghdad', '2017-04-27']]);
  });

  it('knows the European Council and Commission presidents of the 2010s', () => {
    expect(visits('Tusk arrived in Kyiv on Thursday.', '2015-04-25')).toEqual([['Donald Tusk', 'Kyiv', '2015-04-23']]);
    expect(visits('Van Rompuy arrived in Kyiv on Thursday.', '2014-03-22')).toEqual([['Herman Van Rompuy', 'Kyiv', '2014-03-20']]);
  });
});

describe('presidents and ministers of 2009-2025 (1.20.505)', () => {
  it('knows the Tunisian, Kazakh and Colombian presidents under their short names', () => {
    expect(visits('Essebsi arrived in Algiers on Thursday.', '2017-02-25')).toEqual([['Beji Caid Essebsi', 'Algiers', '2017-02-23']]);
    expect(visits('Nazarbayev arrived in Moscow on Thursday.', '2017-02-25')).toEqual([['Nursultan Nazarbayev', 'Moscow', '2017-02-23']]);
    expect(visits('Uribe arrived in Washington on Thursday.', '2008-03-08')).toEqual([['Álvaro Uribe', 'Washington', '2008-03-06']]);
  });

  it('knows the Swiss and German foreign ministers of the Ukraine talks', () => {
    expect(visits('Burkhalter arrived in Kyiv on Thursday.', '2014-05-17')).toEqual([['Didier Burkhalter', 'Kyiv', '2014-05-15']]);
    expect(visits('Westerwelle arrived in Kyiv on Thursday.', '2013-12-07')).toEqual([['Guido Westerwelle', 'Kyiv', '2013-12-05']]);
  });
});

describe('military chiefs of 2015-2025 (1.20.506)', () => {
  it('knows the Israeli chiefs of staff under their short names', () => {
    expect(visits('Halevi arrived in Cairo on Thursday.', '2024-03-16')).toEqual([['Herzi Halevi', 'Cairo', '2024-03-14']]);
    expect(visits('Kochavi arrived in Washington on Thursday.', '2021-06-26')).toEqual([['Aviv Kochavi', 'Washington', '2021-06-24']]);
    expect(visits('Zamir arrived in Washington on Thursday.', '2025-07-12')).toEqual([['Eyal Zamir', 'Washington', '2025-07-10']]);
  });
});

describe('Iraqi and European heads of 2014-2020 (1.20.507)', () => {
  it('knows the Iraqi prime minister and the Italian prime minister under their short names', () => {
    expect(visits('Abdul Mahdi arrived in Tehran on Thursday.', '2019-04-06')).toEqual([['Adel Abdul Mahdi', 'Tehran', '2019-04-04']]);
    expect(visits('Renzi arrived in Tehran on Thursday.', '2016-04-16')).toEqual([['Matteo Renzi', 'Tehran', '2016-04-14']]);
    expect(visits('Barham Saleh arrived in Paris on Thursday.', '2019-02-23')).toEqual([['Barham Salih', 'Paris', '2019-02-21']]);
  });
});

describe('mediators and heads of the 1960s-1990s talks (1.21.102)', () => {
  it('knows Lord Carrington as Peter Carrington, and the Lancaster House and Camp David principals under their short names', () => {
    expect(visits('Lord Carrington arrived in Lusaka on Thursday.', '1979-12-22')).toEqual([['Peter Carrington', 'Lusaka', '1979-12-20']]);
    expect(visits('Muzorewa arrived in London on Thursday.', '1979-12-22')).toEqual([['Abel Muzorewa', 'London', '1979-12-20']]);
    expect(visits('Sadat arrived in Washington on Thursday.', '1978-09-09')).toEqual([['Anwar Sadat', 'Washington', '1978-09-07']]);
  });

  it('knows the foreign ministers of the Geneva accords on Afghanistan and of the Brioni talks', () => {
    expect(visits('Shevardnadze arrived in Geneva on Thursday.', '1988-04-16')).toEqual([['Eduard Shevardnadze', 'Geneva', '1988-04-14']]);
    expect(visits('Shultz arrived in Geneva on Thursday.', '1988-04-16')).toEqual([['George Shultz', 'Geneva', '1988-04-14']]);
    expect(visits('Foreign Minister Hans van den Broek arrived in Belgrade on Thursday.', '1991-07-13')).toEqual([['Hans van den Broek', 'Belgrade', '1991-07-11']]);
  });
});

describe('a name whose letter has no plain-Latin decomposition (1.21.103)', () => {
  it('names Franjo Tuđman "Franjo Tudjman", as the wires and the golds write him, from either spelling', () => {
    expect(visits('Tuđman arrived in Dayton on Wednesday.', '1995-11-03')).toEqual([['Franjo Tudjman', 'Dayton', '1995-11-01']]);
    expect(visits('President Franjo Tudjman arrived in Dayton on Wednesday.', '1995-11-03')).toEqual([['Franjo Tudjman', 'Dayton', '1995-11-01']]);
  });
});

describe('Hamas, Hezbollah, Lebanese and RSF figures of 2014-2025 (1.21.000)', () => {
  it('knows the Hezbollah, Lebanese army and Lebanese Forces leaders under their short names', () => {
    expect(visits('Safieddine arrived in Tehran on Thursday.', '2024-08-03')).toEqual([['Hashem Safieddine', 'Tehran', '2024-08-01']]);
    expect(visits('Haykal arrived in Washington on Thursday.', '2025-06-14')).toEqual([['Rodolphe Haykal', 'Washington', '2025-06-12']]);
    expect(visits('Geagea arrived in Riyadh on Thursday.', '2019-03-23')).toEqual([['Samir Geagea', 'Riyadh', '2019-03-21']]);
  });

  it('reads the wires\' spellings of Dagalo, al-Jolani and Araghchi, and the US ambassador to Israel', () => {
    expect(visits('Daglo arrived in Kampala on Thursday.', '2024-01-06')).toEqual([['Mohamed Hamdan Dagalo', 'Kampala', '2024-01-04']]);
    expect(visits('Abu Mohammad al-Jolani arrived in Ankara on Thursday.', '2024-12-07')).toEqual([['Ahmed al-Sharaa', 'Ankara', '2024-12-05']]);
    expect(visits('Araqchi arrived in Muscat on Thursday.', '2025-04-12')).toEqual([['Abbas Araghchi', 'Muscat', '2025-04-10']]);
    expect(visits('Huckabee arrived in Amman on Thursday.', '2025-06-14')).toEqual([['Mike Huckabee', 'Amman', '2025-06-12']]);
  });
});

describe('European, Georgian, Moldovan and Russian heads and ministers of 2004-2025 (1.21.001)', () => {
  it('knows the Hungarian, Polish and Finnish ministers under their short names', () => {
    expect(visits('Szijjarto arrived in Moscow on Thursday.', '2024-07-06')).toEqual([['Péter Szijjártó', 'Moscow', '2024-07-04']]);
    expect(visits('Sikorski arrived in Kyiv on Thursday.', '2014-02-22')).toEqual([['Radosław Sikorski', 'Kyiv', '2014-02-20']]);
    expect(visits('Valtonen arrived in Kyiv on Thursday.', '2025-02-08')).toEqual([['Elina Valtonen', 'Kyiv', '2025-02-06']]);
  });

  it('knows the Georgian, Moldovan and Russian figures under their short names', () => {
    expect(visits('Saakashvili arrived in Brussels on Thursday.', '2008-08-16')).toEqual([['Mikheil Saakashvili', 'Brussels', '2008-08-14']]);
    expect(visits('Popsoi arrived in Kyiv on Thursday.', '2024-03-09')).toEqual([['Mihai Popșoi', 'Kyiv', '2024-03-07']]);
    expect(visits('Overchuk arrived in Yerevan on Thursday.', '2021-02-13')).toEqual([['Alexei Overchuk', 'Yerevan', '2021-02-11']]);
  });

  it('gives Russia\'s envoy to the Vienna organisations no visit in Vienna', () => {
    expect(visits('Ulyanov returned to Vienna on Thursday.', '2022-03-12')).toEqual([]);
  });
});

describe('Yemeni, Somali, Chadian, Haitian and Pakistani figures of 2011-2025 (1.21.002)', () => {
  it('knows members of Yemen\'s leadership council and the Somali and Chadian heads under their short names', () => {
    expect(visits('Bahsani arrived in Riyadh on Thursday.', '2023-04-15')).toEqual([['Faraj al-Bahsani', 'Riyadh', '2023-04-13']]);
    expect(visits('Irro arrived in Addis Ababa on Thursday.', '2025-03-08')).toEqual([['Abdirahman Mohamed Abdullahi Irro', 'Addis Ababa', '2025-03-06']]);
    expect(visits('Masra arrived in Paris on Thursday.', '2024-03-09')).toEqual([['Succès Masra', 'Paris', '2024-03-07']]);
  });

  it('knows the Haitian council presidents and the ISI chief by name', () => {
    expect(visits('Fritz Jean arrived in Nairobi on Thursday.', '2025-05-17')).toEqual([['Fritz Alphonse Jean', 'Nairobi', '2025-05-15']]);
    expect(visits('Hina Rabbani Khar arrived in Kabul on Thursday.', '2022-12-03')).toEqual([['Hina Rabbani Khar', 'Kabul', '2022-12-01']]);
  });

  it('gives the ASEAN secretary-general no visit in Jakarta', () => {
    expect(visits('Kao Kim Hourn returned to Jakarta on Thursday.', '2024-03-09')).toEqual([]);
  });
});

describe('Iranian, Japanese, Latin American and Afghan figures of 1997-2025 (1.21.003)', () => {
  it('knows the Iranian security chiefs under their short names', () => {
    expect(visits('Ahmadian arrived in Moscow on Thursday.', '2024-02-10')).toEqual([['Ali Akbar Ahmadian', 'Moscow', '2024-02-08']]);
    expect(visits('Kharrazi arrived in Damascus on Thursday.', '2003-05-10')).toEqual([['Kamal Kharrazi', 'Damascus', '2003-05-08']]);
    expect(visits('Mokhber arrived in Moscow on Thursday.', '2022-10-08')).toEqual([['Mohammad Mokhber', 'Moscow', '2022-10-06']]);
  });

  it('knows the Japanese, Mexican and Afghan ministers under their short names', () => {
    expect(visits('Kamikawa arrived in Kyiv on Thursday.', '2024-01-13')).toEqual([['Yoko Kamikawa', 'Kyiv', '2024-01-11']]);
    expect(visits('Ebrard arrived in Washington on Thursday.', '2019-06-08')).toEqual([['Marcelo Ebrard', 'Washington', '2019-06-06']]);
    expect(visits('Dostum arrived in Ankara on Thursday.', '2017-05-20')).toEqual([['Abdul Rashid Dostum', 'Ankara', '2017-05-18']]);
  });
});

describe('Turkish, Russian, Ukrainian and African figures of 1992-2025 (1.21.004)', () => {
  it('knows the Turkish, Russian and Ukrainian figures under their short names', () => {
    expect(visits('Kurtulmus arrived in Baku on Thursday.', '2024-03-09')).toEqual([['Numan Kurtulmuş', 'Baku', '2024-03-07']]);
    expect(visits('Prigozhin arrived in Minsk on Thursday.', '2023-07-01')).toEqual([['Yevgeny Prigozhin', 'Minsk', '2023-06-29']]);
    expect(visits('Vereshchuk arrived in Istanbul on Thursday.', '2022-05-21')).toEqual([['Iryna Vereshchuk', 'Istanbul', '2022-05-19']]);
  });

  it('knows the African heads and ministers under their short names', () => {
    expect(visits('Onyeama arrived in Niamey on Thursday.', '2019-03-09')).toEqual([['Geoffrey Onyeama', 'Niamey', '2019-03-07']]);
    expect(visits('Boukadoum arrived in Tripoli on Thursday.', '2020-01-11')).toEqual([['Sabri Boukadoum', 'Tripoli', '2020-01-09']]);
    expect(visits('Konare arrived in Khartoum on Thursday.', '2006-05-06')).toEqual([['Alpha Oumar Konaré', 'Khartoum', '2006-05-04']]);
  });
});

describe('Asian and European heads and ministers of 2006-2025 (1.21.005)', () => {
  it('knows the South Asian and Philippine heads under their short names', () => {
    expect(visits('Hasina arrived in New Delhi on Thursday.', '2023-09-09')).toEqual([['Sheikh Hasina', 'New Delhi', '2023-09-07']]);
    expect(visits('Locsin arrived in Beijing on Thursday.', '2019-08-31')).toEqual([['Teodoro Locsin Jr.', 'Beijing', '2019-08-29']]);
    expect(visits('Muizzu arrived in Ankara on Thursday.', '2023-11-25')).toEqual([['Mohamed Muizzu', 'Ankara', '2023-11-23']]);
  });

  it('knows the Balkan and Baltic heads under their short names, and the Belarusian opposition leader at home in Vilnius', () => {
    expect(visits('Plenkovic arrived in Kyiv on Thursday.', '2023-04-08')).toEqual([['Andrej Plenković', 'Kyiv', '2023-04-06']]);
    expect(visits('Rinkevics arrived in Kyiv on Thursday.', '2022-04-09')).toEqual([['Edgars Rinkēvičs', 'Kyiv', '2022-04-07']]);
    expect(visits('Tsikhanouskaya returned to Vilnius on Thursday.', '2021-06-05')).toEqual([]);
  });
});

describe('UN agency heads and US envoys of 2006-2025 (1.21.006)', () => {
  it('knows the former human rights chief and the Kosovo envoy of 2019-2021 under their short names', () => {
    expect(visits('Bachelet arrived in Caracas on Thursday.', '2019-06-22')).toEqual([['Michelle Bachelet', 'Caracas', '2019-06-20']]);
    expect(visits('Grenell arrived in Pristina on Thursday.', '2020-01-25')).toEqual([['Richard Grenell', 'Pristina', '2020-01-23']]);
    expect(visits('Krahenbuhl arrived in Amman on Thursday.', '2018-01-27')).toEqual([['Pierre Krähenbühl', 'Amman', '2018-01-25']]);
  });
});

describe('Moroccan, Egyptian, Jordanian, Iraqi and Emirati figures of 2006-2025 (1.21.007)', () => {
  it('knows the Moroccan, Egyptian and Jordanian prime ministers under their short names', () => {
    expect(visits('Benkirane arrived in Paris on Thursday.', '2013-04-06')).toEqual([['Abdelilah Benkirane', 'Paris', '2013-04-04']]);
    expect(visits('Beblawi arrived in Riyadh on Thursday.', '2013-10-12')).toEqual([['Hazem el-Beblawi', 'Riyadh', '2013-10-10']]);
    expect(visits('Khasawneh arrived in Ramallah on Thursday.', '2021-11-13')).toEqual([['Bisher al-Khasawneh', 'Ramallah', '2021-11-11']]);
  });

  it('knows Muqtada al-Sadr and the ruler of Dubai by their wire spellings', () => {
    expect(visits('Moqtada al-Sadr arrived in Riyadh on Thursday.', '2017-08-05')).toEqual([['Muqtada al-Sadr', 'Riyadh', '2017-08-03']]);
    expect(visits('Sheikh Mohammed bin Rashid Al Maktoum arrived in Riyadh on Thursday.', '2017-08-05')).toEqual([['Mohammed bin Rashid Al Maktoum', 'Riyadh', '2017-08-03']]);
  });
});

describe('the Sri Lanka, Nepal and Aceh processes of 1994-2015 (1.22.300)', () => {
  it('knows the Norwegian facilitator, the Tigers and the Sri Lankan ministers under their short names', () => {
    expect(visits('Helgesen arrived in Colombo on Thursday.', '2003-03-15')).toEqual([['Vidar Helgesen', 'Colombo', '2003-03-13']]);
    expect(visits('Balasingham arrived in Oslo on Thursday.', '2002-12-07')).toEqual([['Anton Balasingham', 'Oslo', '2002-12-05']]);
    expect(visits('Kadirgamar arrived in Oslo on Thursday.', '2005-03-12')).toEqual([['Lakshman Kadirgamar', 'Oslo', '2005-03-10']]);
    expect(visits('Wickremesinghe arrived in Tokyo on Thursday.', '2003-06-07')).toEqual([['Ranil Wickremesinghe', 'Tokyo', '2003-06-05']]);
  });

  it('names the Tiger leader met in the north as the counterpart', () => {
    const x = extract({ id: 't', text: 'Prabhakaran met Solheim in Kilinochchi on Thursday.', publishedAt: '2002-04-13' });
    expect(x.visits.map((v) => [v.envoy, v.city, v.counterparts])).toEqual([['Erik Solheim', 'Kilinochchi', ['Velupillai Prabhakaran']]]);
  });

  it('knows the UN envoy in Nepal and the Nepali prime ministers', () => {
    expect(visits('Ian Martin met Prachanda in Kathmandu on Tuesday. Martin flew to New Delhi on Thursday.', '2008-03-01')).toEqual([['Ian Martin', 'New Delhi', '2008-02-28']]);
    expect(visits('Khanal arrived in New Delhi on Thursday.', '2011-03-05')).toEqual([['Jhala Nath Khanal', 'New Delhi', '2011-03-03']]);
  });

  it('knows the Indonesian president, his negotiator and the GAM leader of the Helsinki talks', () => {
    expect(visits('Yudhoyono arrived in Banda Aceh on Thursday.', '2005-08-20')).toEqual([['Susilo Bambang Yudhoyono', 'Banda Aceh', '2005-08-18']]);
    const x = extract({ id: 't', text: 'Malik Mahmud met Hamid Awaluddin in Helsinki on Monday.', publishedAt: '2005-08-16' });
    expect(x.visits.map((v) => [v.envoy, v.city, v.counterparts])).toEqual([['Malik Mahmud', 'Helsinki', ['Hamid Awaluddin']]]);
  });
});

describe('the Northern Ireland, Bosnia and Kosovo processes of 1992-2017 (1.22.301)', () => {
  it('knows the Northern Ireland leaders, ministers and envoys under their short names', () => {
    expect(visits('Trimble arrived in Washington on Thursday.', '1998-03-14')).toEqual([['David Trimble', 'Washington', '1998-03-12']]);
    expect(visits('Mowlam arrived in Dublin on Thursday.', '1998-03-14')).toEqual([['Mo Mowlam', 'Dublin', '1998-03-12']]);
    expect(visits('Ahern arrived in Belfast on Thursday.', '1998-04-11')).toEqual([['Bertie Ahern', 'Belfast', '1998-04-09']]);
    expect(visits('De Chastelain arrived in Dublin on Thursday.', '2005-09-24')).toEqual([['John de Chastelain', 'Dublin', '2005-09-22']]);
    expect(visits('Reiss arrived in Belfast on Thursday.', '2005-03-12')).toEqual([['Mitchell Reiss', 'Belfast', '2005-03-10']]);
  });

  it('knows the High Representatives for Bosnia, the Bosnian Serb leader and the UN heads in Kosovo', () => {
    expect(visits('Westendorp arrived in Banja Luka on Thursday.', '1998-01-17')).toEqual([['Carlos Westendorp', 'Banja Luka', '1998-01-15']]);
    expect(visits('Ashdown arrived in Banja Luka on Thursday.', '2004-07-03')).toEqual([['Paddy Ashdown', 'Banja Luka', '2004-07-01']]);
    expect(visits('Karadzic arrived in Geneva on Thursday.', '1993-07-31')).toEqual([['Radovan Karadzic', 'Geneva', '1993-07-29']]);
    expect(visits('Jessen-Petersen arrived in Belgrade on Thursday.', '2005-03-12')).toEqual([['Søren Jessen-Petersen', 'Belgrade', '2005-03-10']]);
  });

  it('knows Kouchner as head of the UN mission in Kosovo in 2000, before he was France\'s foreign minister', () => {
    expect(visits('Kouchner arrived in Belgrade on Thursday.', '2000-03-04')).toEqual([['Bernard Kouchner', 'Belgrade', '2000-03-02']]);
  });
});

describe('the African processes of 1992-2012: Burundi, Angola, Mozambique, Somalia, Darfur, Ethiopia-Eritrea (1.22.302)', () => {
  it('knows the Burundi facilitators, the Nigerian president of 1999-2007 and the UN envoys in Angola and Mozambique', () => {
    expect(visits('Nyerere arrived in Bujumbura on Thursday.', '1998-06-13')).toEqual([['Julius Nyerere', 'Bujumbura', '1998-06-11']]);
    expect(visits('Zuma arrived in Bujumbura on Thursday.', '2002-03-02')).toEqual([['Jacob Zuma', 'Bujumbura', '2002-02-28']]);
    expect(visits('Obasanjo arrived in Monrovia on Thursday.', '2003-08-16')).toEqual([['Olusegun Obasanjo', 'Monrovia', '2003-08-14']]);
    expect(visits('Anstee arrived in Huambo on Thursday.', '1993-01-16')).toEqual([['Margaret Anstee', 'Huambo', '1993-01-14']]);
    expect(visits('Ajello arrived in Kinshasa on Thursday.', '2001-03-01')).toEqual([['Aldo Ajello', 'Kinshasa', '2001-03-01']]);
  });

  it('knows the Somali president, the Kenyan mediator and the UN envoy, who kept his office in Nairobi', () => {
    expect(visits('Abdullahi Yusuf arrived in Baidoa on Thursday.', '2006-02-25')).toEqual([['Abdullahi Yusuf Ahmed', 'Baidoa', '2006-02-23']]);
    expect(visits('Kiplagat arrived in Mogadishu on Thursday.', '2004-03-06')).toEqual([['Bethuel Kiplagat', 'Mogadishu', '2004-03-04']]);
    expect(visits('Ould-Abdallah arrived in Djibouti on Thursday.', '2008-06-07')).toEqual([['Ahmedou Ould-Abdallah', 'Djibouti', '2008-06-05']]);
    expect(visits('Ould-Abdallah arrived in Nairobi on Thursday.', '2008-06-07')).toEqual([]);
  });

  it('knows the Darfur envoys and the OAU envoy of the Algiers talks under their short names', () => {
    expect(visits('Eliasson arrived in Khartoum on Thursday.', '2007-06-09')).toEqual([['Jan Eliasson', 'Khartoum', '2007-06-07']]);
    expect(visits('Natsios arrived in Khartoum on Thursday.', '2007-06-09')).toEqual([['Andrew Natsios', 'Khartoum', '2007-06-07']]);
    expect(visits('Danforth arrived in Khartoum on Thursday.', '2002-01-19')).toEqual([['John Danforth', 'Khartoum', '2002-01-17']]);
    expect(visits('Ouyahia arrived in Addis Ababa on Thursday.', '2000-05-06')).toEqual([['Ahmed Ouyahia', 'Addis Ababa', '2000-05-04']]);
  });
});

describe('Middle East, Six-Party, Georgia and OSCE envoys and principals of 1990-2020 (1.22.303)', () => {
  it('knows the Quartet, UN, EU and US envoys to the Middle East under their short names', () => {
    expect(visits('Wolfensohn arrived in Gaza on Thursday.', '2005-07-16')).toEqual([['James Wolfensohn', 'Gaza', '2005-07-14']]);
    expect(visits('Rod-Larsen arrived in Beirut on Thursday.', '2006-03-04')).toEqual([['Terje Rød-Larsen', 'Beirut', '2006-03-02']]);
    expect(visits('Moratinos arrived in Ramallah on Thursday.', '2001-05-05')).toEqual([['Miguel Ángel Moratinos', 'Ramallah', '2001-05-03']]);
    expect(visits('Zinni arrived in Jerusalem on Thursday.', '2002-03-16')).toEqual([['Anthony Zinni', 'Jerusalem', '2002-03-14']]);
    expect(visits('Omar Suleiman arrived in Gaza on Thursday.', '2005-02-05')).toEqual([['Omar Suleiman', 'Gaza', '2005-02-03']]);
  });

  it('knows the Six-Party negotiators and the Japanese prime minister of 2001-2006', () => {
    expect(visits('Kim Kye Gwan arrived in Beijing on Thursday.', '2007-02-10')).toEqual([['Kim Kye Gwan', 'Beijing', '2007-02-08']]);
    expect(visits('Wu Dawei arrived in Pyongyang on Thursday.', '2006-09-09')).toEqual([['Wu Dawei', 'Pyongyang', '2006-09-07']]);
    expect(visits('Koizumi arrived in Pyongyang on Thursday.', '2002-09-21')).toEqual([['Junichiro Koizumi', 'Pyongyang', '2002-09-19']]);
  });

  it('knows the UN and EU envoys for Georgia and the OSCE envoys in Ukraine, and where the UN envoys kept office', () => {
    expect(visits('Tagliavini arrived in Sukhumi on Thursday.', '2004-03-06')).toEqual([['Heidi Tagliavini', 'Sukhumi', '2004-03-04']]);
    expect(visits('Semneby arrived in Tbilisi on Thursday.', '2008-08-16')).toEqual([['Peter Semneby', 'Tbilisi', '2008-08-14']]);
    expect(visits('Sajdik arrived in Minsk on Thursday.', '2016-03-05')).toEqual([['Martin Sajdik', 'Minsk', '2016-03-03']]);
    expect(visits('Arnault arrived in Sukhumi on Thursday.', '2007-03-03')).toEqual([['Jean Arnault', 'Sukhumi', '2007-03-01']]);
    expect(visits('Arnault arrived in Bogotá on Thursday.', '2017-03-04')).toEqual([]);
  });
});

describe('UN, EU and British envoys of 1982-2008 and the principals of Colombia, Cambodia, East Timor and the LRA talks (1.22.305)', () => {
  it('knows the envoys on Cyprus, Colombia, Afghanistan and Iraq under their short names', () => {
    expect(visits('Cordovez arrived in Nicosia on Thursday.', '1998-03-07')).toEqual([['Diego Cordovez', 'Nicosia', '1998-03-05']]);
    expect(visits('Hannay arrived in Ankara on Thursday.', '2001-03-03')).toEqual([['David Hannay', 'Ankara', '2001-03-01']]);
    expect(visits('Egeland arrived in Bogota on Thursday.', '2001-03-03')).toEqual([['Jan Egeland', 'Bogota', '2001-03-01']]);
    expect(visits('Vendrell arrived in Islamabad on Thursday.', '2001-03-03')).toEqual([['Francesc Vendrell', 'Islamabad', '2001-03-01']]);
    expect(visits('Vieira de Mello arrived in Najaf on Thursday.', '2003-06-07')).toEqual([['Sergio Vieira de Mello', 'Najaf', '2003-06-05']]);
  });

  it('knows the Cambodian, East Timorese and Ugandan figures under the names wires use', () => {
    expect(visits('Ranariddh arrived in Bangkok on Thursday.', '1995-03-04')).toEqual([['Norodom Ranariddh', 'Bangkok', '1995-03-02']]);
    expect(visits('Xanana arrived in Jakarta on Thursday.', '2003-03-08')).toEqual([['Xanana Gusmão', 'Jakarta', '2003-03-06']]);
    expect(visits('Ramos-Horta arrived in Jakarta on Thursday.', '2008-03-08')).toEqual([['José Ramos-Horta', 'Jakarta', '2008-03-06']]);
    expect(visits('Rugunda arrived in Juba on Thursday.', '2007-03-03')).toEqual([['Ruhakana Rugunda', 'Juba', '2007-03-01']]);
  });
});

describe('heads of state and government of 1967-2014 whom mediations met or sent (1.22.306)', () => {
  it('knows them under the short names and spellings wires use', () => {
    expect(visits('Gaddafi arrived in Rome on Thursday.', '2009-06-13')).toEqual([['Muammar Gaddafi', 'Rome', '2009-06-11']]);
    expect(visits('Zelaya arrived in San José on Thursday.', '2009-07-11')).toEqual([['Manuel Zelaya', 'San José', '2009-07-09']]);
    expect(visits('Rajoelina arrived in Maputo on Thursday.', '2009-08-08')).toEqual([['Andry Rajoelina', 'Maputo', '2009-08-06']]);
    expect(visits('Siniora arrived in Paris on Thursday.', '2006-08-05')).toEqual([['Fouad Siniora', 'Paris', '2006-08-03']]);
    expect(visits('Vajpayee arrived in Lahore on Saturday.', '1999-02-22')).toEqual([['Atal Bihari Vajpayee', 'Lahore', '1999-02-20']]);
    expect(visits('Shamir arrived in Madrid on Wednesday.', '1991-11-01')).toEqual([['Yitzhak Shamir', 'Madrid', '1991-10-30']]);
  });

  it('names the Iraqi president as the counterpart the Secretary-General met in Baghdad', () => {
    const x = extract({ id: 't', text: 'Kofi Annan met Saddam Hussein in Baghdad on Monday.', publishedAt: '1998-02-24' });
    expect(x.visits.map((v) => [v.envoy, v.city, v.counterparts])).toEqual([['Kofi Annan', 'Baghdad', ['Saddam Hussein']]]);
  });
});

describe('foreign ministers of the mediating and party states of 1988-2015 (1.22.307)', () => {
  it('knows European ministers of the Balkan, Middle East and Sri Lanka diplomacy under their short names', () => {
    expect(visits('Støre arrived in Colombo on Thursday.', '2006-06-10')).toEqual([['Jonas Gahr Støre', 'Colombo', '2006-06-08']]);
    expect(visits('Vollebaek arrived in Belgrade on Thursday.', '1999-01-23')).toEqual([['Knut Vollebaek', 'Belgrade', '1999-01-21']]);
    expect(visits('Hurd arrived in Sarajevo on Thursday.', '1993-03-20')).toEqual([['Douglas Hurd', 'Sarajevo', '1993-03-18']]);
    expect(visits('Villepin arrived in Ramallah on Thursday.', '2003-02-22')).toEqual([['Dominique de Villepin', 'Ramallah', '2003-02-20']]);
    expect(visits('Calmy-Rey arrived in Tehran on Thursday.', '2008-03-15')).toEqual([['Micheline Calmy-Rey', 'Tehran', '2008-03-13']]);
  });

  it('knows the Asian ministers, and Qureshi in his first term (2008-2011)', () => {
    expect(visits('Qureshi arrived in Kabul on Thursday.', '2009-03-07')).toEqual([['Shah Mehmood Qureshi', 'Kabul', '2009-03-05']]);
    expect(visits('Kasuri arrived in New Delhi on Thursday.', '2005-02-19')).toEqual([['Khurshid Mahmud Kasuri', 'New Delhi', '2005-02-17']]);
    expect(visits('Li Zhaoxing arrived in Pyongyang on Thursday.', '2004-03-27')).toEqual([['Li Zhaoxing', 'Pyongyang', '2004-03-25']]);
  });
});

describe('UN, EU and US officials of 1953-2017 and earlier posts of three known envoys (1.22.308)', () => {
  it('knows Ahtisaari in Namibia: his arrival in Windhoek in 1989 is a visit, his return there while based is not', () => {
    expect(visits('Ahtisaari arrived in Windhoek on Friday.', '1989-04-01')).toEqual([['Martti Ahtisaari', 'Windhoek', '1989-03-31']]);
    expect(visits('Ahtisaari returned to Windhoek on Thursday.', '1989-08-12')).toEqual([]);
  });

  it('knows Khalilzad as ambassador in Baghdad (no visit there) and Lamamra as the AU peace commissioner', () => {
    expect(visits('Khalilzad arrived in Islamabad on Thursday.', '2006-03-04')).toEqual([['Zalmay Khalilzad', 'Islamabad', '2006-03-02']]);
    expect(visits('Khalilzad arrived in Baghdad on Thursday.', '2006-03-04')).toEqual([]);
    expect(visits('Lamamra arrived in Mogadishu on Thursday.', '2010-03-06')).toEqual([['Ramtane Lamamra', 'Mogadishu', '2010-03-04']]);
  });

  it('knows the EU commissioners and the US officials under their short names', () => {
    expect(visits('Waldheim arrived in Tehran on Thursday.', '1980-01-05')).toEqual([['Kurt Waldheim', 'Tehran', '1980-01-03']]);
    expect(visits('Patten arrived in Belgrade on Thursday.', '2001-03-03')).toEqual([['Chris Patten', 'Belgrade', '2001-03-01']]);
    expect(visits('Fule arrived in Kyiv on Thursday.', '2013-11-02')).toEqual([['Štefan Füle', 'Kyiv', '2013-10-31']]);
    expect(visits('Crocker arrived in Luanda on Thursday.', '1988-07-16')).toEqual([['Chester Crocker', 'Luanda', '1988-07-14']]);
    expect(visits('Talbott arrived in Moscow on Thursday.', '1999-06-12')).toEqual([['Strobe Talbott', 'Moscow', '1999-06-10']]);
  });
});

describe('third rank of the Yemen, Sudan, Gaza and Horn talks, and ministers of Kenya, Norway and Angola (1.22.400)', () => {
  it('knows the Yemeni foreign ministers of 2016-2020, the Houthi one included, as visitors', () => {
    expect(visits('Hisham Sharaf arrived in Muscat on Tuesday for talks with Omani officials.', '2019-07-11')).toEqual([['Hisham Sharaf', 'Muscat', '2019-07-09']]);
    expect(visits('Al-Yamani arrived in Stockholm on Tuesday.', '2018-12-06')).toEqual([['Khaled al-Yamani', 'Stockholm', '2018-12-04']]);
    expect(visits('Al-Hadhrami arrived in Riyadh on Tuesday.', '2020-03-05')).toEqual([['Mohammed al-Hadhrami', 'Riyadh', '2020-03-03']]);
  });

  it('knows the Sudanese general, the Egyptian information chief and the Hamas council head as visitors', () => {
    expect(visits('Ibrahim Jaber arrived in Juba on Tuesday.', '2020-09-03')).toEqual([['Ibrahim Gaber', 'Juba', '2020-09-01']]);
    expect(visits('Diaa Rashwan flew to Doha on Tuesday.', '2024-02-08')).toEqual([['Diaa Rashwan', 'Doha', '2024-02-06']]);
    expect(visits('Mohammed Darwish arrived in Cairo on Tuesday.', '2024-11-07')).toEqual([['Mohammed Darwish', 'Cairo', '2024-11-05']]);
  });

  it('knows the mediating foreign ministers of Kenya, Norway and Angola in their terms', () => {
    expect(visits('Omamo arrived in Addis Ababa on Tuesday.', '2021-05-06')).toEqual([['Raychelle Omamo', 'Addis Ababa', '2021-05-04']]);
    expect(visits('Alfred Mutua arrived in Kinshasa on Tuesday.', '2023-03-09')).toEqual([['Alfred Mutua', 'Kinshasa', '2023-03-07']]);
    expect(visits('Soreide arrived in Havana on Tuesday.', '2019-02-07')).toEqual([['Ine Eriksen Soreide', 'Havana', '2019-02-05']]);
    expect(visits('Tete Antonio arrived in Kigali on Tuesday.', '2022-07-07')).toEqual([['Téte António', 'Kigali', '2022-07-05']]);
    expect(visits("Korir Sing'oei arrived in Juba on Tuesday.", '2024-05-09')).toEqual([["Korir Sing'oei", 'Juba', '2024-05-07']]);
  });
});

describe('third rank of the Ukraine, Libya, Afghanistan, Colombia, Sahel, Sudan and M23 talks (1.22.401)', () => {
  const speakers = (text: string, publishedAt: string) => extract({ id: 't', text, publishedAt }).statements.map((s) => s.speaker);

  it('names the Ukrainian foreign ministry spokesman of 2020-2023 when the article names nobody who fits', () => {
    expect(speakers('The Ukrainian Foreign Ministry spokesman said on Tuesday that Kyiv would not accept the terms.', '2022-06-08')).toEqual(['Oleg Nikolenko']);
  });

  it('knows the Russian ambassador in Washington as a visitor elsewhere and as based there', () => {
    expect(visits('Darchiev arrived in Istanbul on Tuesday for talks on the embassies.', '2025-04-11')).toEqual([['Alexander Darchiev', 'Istanbul', '2025-04-08']]);
    expect(visits('Darchiev returned to Washington on Tuesday.', '2025-04-11')).toEqual([]);
  });

  it('knows the Libyan, Afghan, Colombian, Nigerien and Sudanese negotiators and ministers as visitors', () => {
    expect(visits('Al-Koni arrived in Rome on Tuesday.', '2022-05-12')).toEqual([['Musa al-Koni', 'Rome', '2022-05-10']]);
    expect(visits('Nadery arrived in Doha on Tuesday.', '2021-01-07')).toEqual([['Nader Nadery', 'Doha', '2021-01-05']]);
    expect(visits('Habiba Sarabi arrived in Oslo on Tuesday.', '2021-01-07')).toEqual([['Habiba Sarabi', 'Oslo', '2021-01-05']]);
    expect(visits('Lafaurie arrived in Caracas on Tuesday.', '2023-02-09')).toEqual([['José Félix Lafaurie', 'Caracas', '2023-02-07']]);
    expect(visits('Iván Cepeda arrived in Havana on Tuesday.', '2023-02-09')).toEqual([['Ivan Cepeda', 'Havana', '2023-02-07']]);
    expect(visits('Bakary Yaou Sangare arrived in Bamako on Tuesday.', '2024-02-08')).toEqual([['Bakary Yaou Sangaré', 'Bamako', '2024-02-06']]);
    expect(visits('Khalid Omer Yousif arrived in Juba on Tuesday.', '2021-06-10')).toEqual([['Khalid Omer Yousif', 'Juba', '2021-06-08']]);
  });
});

describe('third rank of the Yemen, Gaza, Lebanon, Libya, Colombia and Myanmar talks (1.22.403)', () => {
  it('knows the Houthi negotiator, the Hodeidah committee chair and the Libyan acting foreign minister as visitors', () => {
    expect(visits('Al-Ajri arrived in Muscat on Tuesday.', '2019-01-10')).toEqual([['Abdulmalik al-Ajri', 'Muscat', '2019-01-08']]);
    expect(visits('Cammaert arrived in Sanaa on Tuesday.', '2019-01-10')).toEqual([['Patrick Cammaert', 'Sanaa', '2019-01-08']]);
    expect(visits('Al-Baour arrived in Ankara on Tuesday.', '2024-02-08')).toEqual([['Taher al-Baour', 'Ankara', '2024-02-06']]);
  });

  it('knows the Hamas, Islamic Jihad and Fatah officials of the Cairo talks as visitors', () => {
    expect(visits('Izzat al-Risheq arrived in Cairo on Tuesday.', '2024-02-08')).toEqual([['Izzat al-Rishq', 'Cairo', '2024-02-06']]);
    expect(visits('Nizar Awadallah arrived in Cairo on Tuesday.', '2024-02-08')).toEqual([['Nizar Awadallah', 'Cairo', '2024-02-06']]);
    expect(visits('Mohammed al-Hindi arrived in Cairo on Tuesday.', '2024-02-08')).toEqual([['Mohammed al-Hindi', 'Cairo', '2024-02-06']]);
    expect(visits('Mahmoud al-Aloul arrived in Beijing on Tuesday.', '2024-07-25')).toEqual([['Mahmoud al-Aloul', 'Beijing', '2024-07-23']]);
  });

  it('gives the UNIFIL commander no visit in Naqoura, where his headquarters stand, and knows the other mediators', () => {
    expect(visits('Aroldo Lazaro returned to Naqoura on Tuesday.', '2023-05-11')).toEqual([]);
    expect(visits('Aroldo Lazaro arrived in Beirut on Tuesday.', '2023-05-11')).toEqual([['Aroldo Lázaro', 'Beirut', '2023-05-09']]);
    expect(visits('Erywan arrived in Naypyitaw on Tuesday.', '2021-10-14')).toEqual([['Erywan Yusof', 'Naypyitaw', '2021-10-12']]);
    expect(visits('Carbonell arrived in Caracas on Tuesday.', '2023-02-09')).toEqual([['Aureliano Carbonell', 'Caracas', '2023-02-07']]);
    expect(visits('Motlanthe arrived in Harare on Tuesday.', '2009-01-08')).toEqual([['Kgalema Motlanthe', 'Harare', '2009-01-06']]);
  });
});

describe('the southern Yemeni negotiator, a Yemeni prime minister\'s other spelling and Uganda\'s foreign minister (1.22.404)', () => {
  const speakers = (text: string, publishedAt: string) => extract({ id: 't', text, publishedAt }).statements.map((s) => s.speaker);

  it('knows the STC negotiator as a speaker and a visitor under his short name', () => {
    expect(speakers('"The south will not wait forever," Al-Khubaji told reporters in Aden on Tuesday.', '2020-07-30')).toEqual(['Nasser al-Khubaji']);
    expect(visits('Al-Khubaji arrived in Riyadh on Tuesday.', '2020-07-30')).toEqual([['Nasser al-Khubaji', 'Riyadh', '2020-07-28']]);
  });

  it('reads "Moeen Abdulmalik" as the Yemeni prime minister and knows Odongo as a visitor', () => {
    expect(visits('Moeen Abdulmalik arrived in Cairo on Tuesday.', '2019-03-14')).toEqual([['Maeen Abdulmalik', 'Cairo', '2019-03-12']]);
    expect(visits('Jeje Odongo arrived in Juba on Tuesday.', '2022-03-10')).toEqual([['Jeje Odongo', 'Juba', '2022-03-08']]);
  });
});

describe('armed-group leaders and a spokeswoman of the Colombia, Myanmar and Thailand-Cambodia news (1.22.405)', () => {
  const speakers = (text: string, publishedAt: string) => extract({ id: 't', text, publishedAt }).statements.map((s) => s.speaker);

  it('knows the FARC dissident commander under his nom de guerre and names the Cambodian defence spokeswoman from her office', () => {
    expect(speakers('Mordisco said on Tuesday that his fighters would respect the truce.', '2023-10-12')).toEqual(['Iván Mordisco']);
    expect(speakers('The Cambodian Defence Ministry spokeswoman said on Tuesday that Thai troops had fired first.', '2025-07-26')).toEqual(['Maly Socheata']);
  });

  it('knows the MNDAA and KIO leaders as visitors', () => {
    expect(visits('Peng Daxun arrived in Kunming on Tuesday for talks with the junta.', '2024-01-12')).toEqual([['Peng Daxun', 'Kunming', '2024-01-09']]);
    expect(visits("N'Ban La arrived in Kunming on Tuesday.", '2024-01-12')).toEqual([["N'Ban La", 'Kunming', '2024-01-09']]);
  });
});

describe('the Sudanese negotiator of the Juba talks, later the RSF-led government\'s prime minister (1.22.406)', () => {
  it('knows al-Taishi as a visitor in both offices under his short name', () => {
    expect(visits('Al-Taishi arrived in Juba on Tuesday for the talks with the armed movements.', '2020-02-13')).toEqual([['Mohamed Hassan al-Taishi', 'Juba', '2020-02-11']]);
    expect(visits('Al-Taishi arrived in Nairobi on Tuesday.', '2025-09-04')).toEqual([['Mohamed Hassan al-Taishi', 'Nairobi', '2025-09-02']]);
  });
});

describe('other spellings wires use for known negotiators, and one person once listed under two spellings (1.22.407)', () => {
  it('reads "al-Shibani" as the one Syrian foreign minister, listed once under the golds\' "al-Shaibani"', () => {
    expect(visits('Asaad al-Shibani arrived in Amman on Tuesday.', '2025-03-05')).toEqual([['Asaad al-Shaibani', 'Amman', '2025-03-04']]);
  });

  it('reads "Badr Abdel Aty" as the Egyptian foreign minister, not the irrigation minister of the dam talks', () => {
    expect(visits('Badr Abdel Aty arrived in Doha on Tuesday.', '2025-03-05')).toEqual([['Badr Abdelatty', 'Doha', '2025-03-04']]);
  });

  it('knows the other spellings of the Libyan, Azerbaijani, Ukrainian, Russian, Hamas and Houthi negotiators', () => {
    expect(visits('Abdulhamid Dbeibeh arrived in Rome on Tuesday.', '2025-03-05')).toEqual([['Abdul Hamid Dbeibah', 'Rome', '2025-03-04']]);
    expect(visits('Hikmat Hajiyev arrived in Washington on Tuesday.', '2025-03-05')).toEqual([['Hikmet Hajiyev', 'Washington', '2025-03-04']]);
    expect(visits('Rustam Umerov arrived in Jeddah on Tuesday.', '2025-03-12')).toEqual([['Rustem Umerov', 'Jeddah', '2025-03-11']]);
    expect(visits('Kirill Dmitriyev arrived in Washington on Tuesday.', '2025-04-03')).toEqual([['Kirill Dmitriev', 'Washington', '2025-04-01']]);
    expect(visits('Khalil al-Hayyah arrived in Cairo on Tuesday.', '2025-03-05')).toEqual([['Khalil al-Hayya', 'Cairo', '2025-03-04']]);
    expect(visits('Mohammed Abdelsalam arrived in Riyadh on Tuesday.', '2023-09-20')).toEqual([['Mohammed Abdulsalam', 'Riyadh', '2023-09-19']]);
  });
});

describe('other spellings of principals of the Gaza, Syria, Lebanon, Somalia and Afghanistan news (1.22.408)', () => {
  it('reads the spellings as the known people', () => {
    expect(visits('Ismail Haniya arrived in Cairo on Tuesday.', '2023-11-08')).toEqual([['Ismail Haniyeh', 'Cairo', '2023-11-07']]);
    expect(visits('Ahmad al-Sharaa arrived in Riyadh on Tuesday.', '2025-02-05')).toEqual([['Ahmed al-Sharaa', 'Riyadh', '2025-02-04']]);
    expect(visits('Najib Miqati arrived in Paris on Tuesday.', '2023-11-08')).toEqual([['Najib Mikati', 'Paris', '2023-11-07']]);
    expect(visits('Ayman al-Safadi arrived in Damascus on Tuesday.', '2025-01-08')).toEqual([['Ayman Safadi', 'Damascus', '2025-01-07']]);
    expect(visits('Hamza Barre arrived in Nairobi on Tuesday.', '2025-01-08')).toEqual([['Hamza Abdi Barre', 'Nairobi', '2025-01-07']]);
    expect(visits('Amir Khan Mutaqi arrived in Tashkent on Tuesday.', '2025-01-08')).toEqual([['Amir Khan Muttaqi', 'Tashkent', '2025-01-07']]);
  });
});

describe('movements and people of the Angolan, Congolese, Mindanao and Yugoslav talks (1.22.800)', () => {
  const speakers = (text: string, publishedAt: string) => extract({ id: 't', text, publishedAt }).statements.map((s) => s.speaker);

  it('knows UNITA and the Rassemblement congolais pour la démocratie (RCD) as speaking movements', () => {
    expect(speakers('UNITA denied that its troops had left the quartering areas.', '1995-03-02')).toEqual(['UNITA']);
    expect(speakers('The Rally for Congolese Democracy (RCD) stated that it would not attend the talks in Lusaka.', '1999-07-12')).toEqual(['Rassemblement congolais pour la démocratie (RCD)']);
  });

  it('knows the nicknames "Kamorteiro" (Abreu Muengo) and "Nene" (Aquilino Pimentel), and Ante Marković', () => {
    expect(speakers('Gen. Kamorteiro said the troops would assemble within 45 days.', '2002-04-05')).toEqual(['Abreu Muengo']);
    expect(speakers('Senator Nene Pimentel said the Senate would review the agreement.', '1996-09-03')).toEqual(['Aquilino Pimentel']);
    expect(speakers('Federal Prime Minister Markovic told reporters the truce was the last chance.', '1991-07-08')).toEqual(['Ante Marković']);
  });
});

describe('negotiators of the Six-Party Talks, the Congo, Chechnya and Bougainville talks', () => {
  it('knows the Japanese and South Korean Six-Party negotiators', () => {
    expect(visits('Sasae arrived in Beijing on Monday for the next round.', '2007-02-10')).toEqual([['Kenichiro Sasae', 'Beijing', '2007-02-05']]);
    expect(visits('Chun Yung-woo arrived in Beijing on Monday.', '2007-02-10')).toEqual([['Chun Yung-woo', 'Beijing', '2007-02-05']]);
  });

  it('knows the RCD-Goma leader, the Chechen separatist negotiators and the Bougainville president', () => {
    expect(visits('Ruberwa flew to Sun City on Sunday with his delegation.', '2002-02-26')).toEqual([['Azarias Ruberwa', 'Sun City', '2002-02-24']]);
    expect(visits('Maskhadov drove to Khasavyurt on Saturday.', '1996-09-02')).toEqual([['Aslan Maskhadov', 'Khasavyurt', '1996-08-31']]);
    expect(visits('Toroama flew to Wellington on Monday.', '2024-03-08')).toEqual([['Ishmael Toroama', 'Wellington', '2024-03-04']]);
  });
});

describe('negotiators of the Naga and New Caledonia talks', () => {
  it('knows the NSCN-IM general secretary, the Naga talks interlocutor and the French overseas minister of 2025', () => {
    expect(visits('Muivah flew to Amsterdam on Monday.', '2002-09-10')).toEqual([['Thuingaleng Muivah', 'Amsterdam', '2002-09-09']]);
    expect(visits('R.N. Ravi flew to Bangkok on Monday to meet the NSCN leaders.', '2016-02-10')).toEqual([['R. N. Ravi', 'Bangkok', '2016-02-08']]);
    expect(visits('Valls flew to Noumea on Monday for the talks.', '2025-02-28')).toEqual([['Manuel Valls', 'Nouméa', '2025-02-24']]);
  });
});
