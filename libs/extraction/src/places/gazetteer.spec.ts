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
