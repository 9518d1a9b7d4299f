import { findPlaces } from './gazetteer';

describe('findPlaces', () => {
  it('reads a city naming a process ("resulting from the Algiers process") as no location', () => {
    const algiers = findPlaces('The agreement, resulting from the Algiers process, was signed in Bamako.').find((p) => p.city === 'Algiers');
    expect(algiers?.locative).toBe(false);
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
