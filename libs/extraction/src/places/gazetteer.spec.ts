import { findPlaces, placeWithinStateOn } from './gazetteer';

describe('findPlaces', () => {
  it('reads a city naming a process ("resulting from the Algiers process") as no location', () => {
    const algiers = findPlaces('The agreement, resulting from the Algiers process, was signed in Bamako.').find((p) => p.city === 'Algiers');
    expect(algiers?.locative).toBe(false);
  });

  it('reads a city naming a communiqué written with its accent as no location', () => {
    // (\b after "é" never matched: é is no word character)
    const sochi = findPlaces('The rebels rejected the terms set out in the Sochi communiqué.').find((p) => p.city === 'Sochi');
    expect(sochi?.locative).toBe(false);
  });

  it('still reads "talks in Algiers" as a location', () => {
    expect(findPlaces('The talks in Algiers resumed on Monday.').find((p) => p.city === 'Algiers')?.locative).toBe(true);
  });
});

describe('a state\'s mission abroad', () => {
  it('reads "the U.S. mission" as no location of the state itself', () => {
    const us = findPlaces('He met the three ministers at the US mission.').find((p) => p.surface === 'US');
    expect(us?.locative).toBe(false);
  });
});

describe('towns and venues of the Mozambique, Liberia, Philippines and Central African processes', () => {
  it('knows Gorongosa (Mozambique), Akosombo (Ghana) and Cotabato City (Philippines) as places', () => {
    const cities = findPlaces('He will visit Gorongosa, Akosombo and Cotabato City.').map((p) => [p.city, p.cc]);
    expect(cities).toEqual([['Gorongosa', 'MZ'], ['Akosombo', 'GH'], ['Cotabato City', 'PH']]);
  });

  it('places the Malacañang Palace in Manila and the Federal Chancellery in Berlin', () => {
    expect(findPlaces('They met at the Malacañang Palace.').map((p) => p.city)).toEqual(['Manila']);
    expect(findPlaces('They met at the Federal Chancellery.').map((p) => p.city)).toEqual(['Berlin']);
  });
});

describe('the air base where state visitors to Washington land', () => {
  it('places Joint Base Andrews in Washington', () => {
    expect(findPlaces('He landed at Joint Base Andrews on Thursday evening.').map((p) => p.city)).toEqual(['Washington']);
  });
});

describe('a capital named by its state\'s possessive (1.19.253)', () => {
  it('reads "in Kenya\'s capital Nairobi" as a location of Nairobi', () => {
    expect(findPlaces("The commanders signed a declaration in Kenya's capital Nairobi on Saturday.").find((p) => p.city === 'Nairobi')?.locative).toBe(true);
  });
});

describe('a town placed by the place it lies near', () => {
  it('reads "at a castle in Rimbo, north of Stockholm" as the town Rimbo, in Sweden', () => {
    expect(findPlaces('The talks were held at a castle in Rimbo, north of Stockholm.').find((p) => p.surface === 'Rimbo')).toMatchObject({ city: 'Rimbo', cc: 'SE', locative: true });
  });

  it('reads "in Gammarth, a seaside suburb of Tunis" as Tunis, the city the suburb belongs to', () => {
    expect(findPlaces('The forum met in Gammarth, a seaside suburb of Tunis, on Monday.').find((p) => p.surface === 'Gammarth')).toMatchObject({ city: 'Tunis', cc: 'TN', locative: true });
  });
});

describe('the place a deal is about', () => {
  it('reads "a ceasefire in the port city of Hodeidah" as no location of the talks', () => {
    expect(findPlaces('The parties agreed on a ceasefire in the port city of Hodeidah.').find((p) => p.city === 'Hodeidah')?.locative).toBe(false);
    expect(findPlaces('The parties met in the port city of Hodeidah.').find((p) => p.city === 'Hodeidah')?.locative).toBe(true);
    // where a truce was signed is where the talks were
    expect(findPlaces('The two sides signed a ceasefire in Havana on Thursday.').find((p) => p.city === 'Havana')?.locative).toBe(true);
  });
});

describe('venues and small towns of well-known conferences', () => {
  it('places Camp David in Thurmont, the Petersberg in Bonn and Skhirat in Morocco', () => {
    const cities = (t: string) => findPlaces(t).map((p) => [p.city, p.cc]);
    expect(cities('The leaders met at Camp David on Tuesday.')).toEqual([['Thurmont', 'US']]);
    expect(cities('The delegations met at the Petersberg on Monday.')).toEqual([['Bonn', 'DE']]);
    expect(cities('The agreement was signed in Skhirat on Thursday.')).toEqual([['Skhirat', 'MA']]);
    expect(cities('The talks opened near Biel on Tuesday.')).toEqual([['Biel', 'CH']]);
  });
});

describe('a state named before a title', () => {
  it('reads "met US Secretary of State John Kerry" as the holder\'s nationality, not a place', () => {
    const us = findPlaces('He flew in on Tuesday night and met US Secretary of State John Kerry the next morning.').find((p) => p.cc === 'US');
    expect(us).toMatchObject({ locative: false, inTitle: true });
  });

  it('still reads "flew to Qatar on Monday" as a place', () => {
    expect(findPlaces('He flew to Qatar on Monday.').find((p) => p.cc === 'QA')?.locative).toBe(true);
  });
});

describe('towns of well-known peace talks that the generated gazetteer lacks', () => {
  it('places Crans-Montana, Psarades, Ghadames and Sun City in their states', () => {
    const cities = (t: string) => findPlaces(t).map((p) => [p.city, p.cc]);
    expect(cities('The talks opened in Crans-Montana on Wednesday.')).toEqual([['Crans-Montana', 'CH']]);
    expect(cities('The ministers signed the accord in Psarades on Sunday.')).toEqual([['Psarades', 'GR']]);
    expect(cities('The military commission met in Ghadames on Monday.')).toEqual([['Ghadames', 'LY']]);
    expect(cities('The dialogue resumed in Sun City on Monday.')).toEqual([['Sun City', 'ZA']]);
  });
});

describe('placeWithinStateOn', () => {
  it('places a town of South Sudan in Sudan before the secession, and not after it', () => {
    expect(placeWithinStateOn('SS', 'SD', '2005-01-10')).toBe(true);
    expect(placeWithinStateOn('SS', 'SD', '2015-01-10')).toBe(false);
    expect(placeWithinStateOn('YE', 'SA', '2005-01-10')).toBe(false);
  });
});

describe('Gaza', () => {
  it('writes the city as "Gaza", also when the text says "Gaza City", and keeps "the Gaza Strip" a territory', () => {
    expect(findPlaces('He arrived in Gaza City on Tuesday.').map((p) => [p.city, p.cc])).toEqual([['Gaza', 'PS']]);
    expect(findPlaces('He will travel to Gaza in December.').map((p) => [p.city, p.cc])).toEqual([['Gaza', 'PS']]);
    expect(findPlaces('Aid convoys entered the Gaza Strip.').map((p) => p.city)).toEqual([null]);
  });
});

describe('the Vatican', () => {
  it('reads "the Vatican" as Vatican City, and "Vatican" in a title as no place of the person', () => {
    expect(findPlaces('They met Pope Francis at the Vatican.').map((p) => [p.city, p.cc])).toEqual([['Vatican City', 'VA']]);
    expect(findPlaces('Vatican Secretary of State Pietro Parolin arrived in Juba.').filter((p) => p.locative && !p.inTitle && !p.metonym).map((p) => p.city)).toEqual(['Juba']);
  });
});

describe('the inter-Korean venues at Panmunjom', () => {
  it('places the Peace House at Panmunjom, and names no place in "Freedom House" (a US NGO too)', () => {
    expect(findPlaces('They held talks at the Peace House on Friday.').map((p) => [p.city, p.cc])).toEqual([['Panmunjom', 'KR']]);
    expect(findPlaces('Freedom House said the vote was unfair.').map((p) => p.city)).toEqual([]);
  });
});

describe('a state whose capital is "<state> City" (1.19.700)', () => {
  it('reads "arrived in Kuwait" as a location of Kuwait City', () => {
    expect(findPlaces('The minister arrived in Kuwait on Saturday.').map((p) => [p.city, p.cc])).toEqual([['Kuwait City', 'KW']]);
  });

  it('keeps the state alone when it is not a place of arrival ("Kuwait\'s mediation")', () => {
    expect(findPlaces('He thanked Kuwait for its mediation.').map((p) => [p.city, p.cc])).toEqual([[null, 'KW']]);
  });
});

describe('a venue whose name holds a town (1.19.700)', () => {
  it('places "at Bayan Palace" in Kuwait City, not in a town called Bayan', () => {
    expect(findPlaces('The talks opened at Bayan Palace tonight.').map((p) => [p.city, p.cc])).toEqual([['Kuwait City', 'KW']]);
  });

  it('names no place of the palace when it is not where something happened ("Bayan Palace said")', () => {
    expect(findPlaces('Bayan Palace said the talks would open.').some((p) => p.city === 'Kuwait City')).toBe(false);
  });
});

describe('small towns that hosted peace talks and the places of later conflicts', () => {
  it('knows Key West (US), Bicesse (Portugal), Ruhengeri (Rwanda) and Brčko (Bosnia) as places', () => {
    const cities = findPlaces('They met in Key West, Bicesse, Ruhengeri and Brčko.').map((p) => [p.city, p.cc]);
    expect(cities).toEqual([['Key West', 'US'], ['Bicesse', 'PT'], ['Ruhengeri', 'RW'], ['Brčko', 'BA']]);
  });
});

describe('venues of past peace talks', () => {
  it('places Governors Island in New York and the Truman Annex in Key West', () => {
    expect(findPlaces('The two delegations met at Governors Island on Sunday.').map((p) => p.city)).toEqual(['New York']);
    expect(findPlaces('They met at the Truman Annex.').map((p) => p.city)).toEqual(['Key West']);
  });
});

describe('a city under its former name', () => {
  it('names a city written under its colonial or Soviet-era name by its present one (Simla, Saigon, Salisbury, Leningrad)', () => {
    expect(findPlaces('The delegations met in Simla, then flew to Saigon, Salisbury and Leningrad.').map((p) => [p.city, p.cc])).toEqual([
      ['Shimla', 'IN'],
      ['Ho Chi Minh City', 'VN'],
      ['Harare', 'ZW'],
      ['Saint Petersburg', 'RU'],
    ]);
  });
});

describe('a border town named by its crossing', () => {
  it('reads "at the Medyka border crossing in Poland" as the town Medyka in Poland, not Poland alone', () => {
    expect(findPlaces('The ministers met at the Medyka border crossing in Poland on Saturday.').map((p) => [p.city, p.cc])).toEqual([
      ['Medyka', 'PL'],
      [null, 'PL'],
    ]);
  });
});

describe('a town followed by a US state', () => {
  it('is the US town, not a namesake abroad, and the state is no place of its own', () => {
    const places = findPlaces('The envoys met at a farm near Queenstown, Maryland, on Tuesday and later in Arlington, Virginia.');
    expect(places.map((p) => [p.city, p.cc])).toEqual([['Queenstown', 'US'], ['Arlington', 'US']]);
    expect(findPlaces('He was in Queenstown on Friday.')[0].cc).toBe('ZA');
  });
});

describe('a US state written alone', () => {
  it('reads "met in Florida" as the US state (no city), not a namesake town abroad', () => {
    const fl = findPlaces('The two delegations met in Florida on Sunday.').find((p) => p.surface === 'Florida');
    expect([fl?.city, fl?.cc]).toEqual([null, 'US']);
  });
});

describe('places written without their accents (1.26.101)', () => {
  it('reads "San Vicente del Caguan" as San Vicente del Caguán, Colombia, not San Vicente in El Salvador', () => {
    const p = findPlaces('The adviser flew into San Vicente del Caguan on Tuesday.').filter((x) => x.city);
    expect(p.map((x) => [x.city, x.cc])).toEqual([['San Vicente del Caguán', 'CO']]);
  });

  it('does not read a known person\'s surname as a folded town ("Bush" is not Egypt\'s Būsh)', () => {
    expect(findPlaces('President Bush telephoned the prince on Tuesday.').filter((x) => x.city)).toEqual([]);
  });
});
