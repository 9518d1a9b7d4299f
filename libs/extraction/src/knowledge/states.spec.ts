/** How demonyms and country names of several words are read. */
import { stateEndingWords, stateLeadingWords, stateNamed, demonymNamed } from './index';

describe('states named in several words', () => {
  it('reads "North Korean" as North Korea, not as the South Korea of "Korean"', () => {
    expect(stateEndingWords(['The', 'North', 'Korean'])).toBe('KP');
    expect(stateEndingWords(['Korean'])).toBe('KR');
  });

  it('prefers the longest multi-word demonym at the end of a phrase', () => {
    expect(stateEndingWords(['South', 'Sudanese'])).toBe('SS');
    expect(stateEndingWords(['Saudi', 'Arabian'])).toBe('SA');
    expect(stateEndingWords(['New', 'Zealander'])).toBe('NZ');
    expect(stateEndingWords(['Sri', 'Lankan'])).toBe('LK');
    expect(stateEndingWords(['Central', 'African'])).toBe('CF');
    expect(stateEndingWords(['Papua', 'New', 'Guinean'])).toBe('PG');
  });

  it('counts how many leading words name the state', () => {
    expect(stateLeadingWords(['South', 'Sudan', 'government'])).toEqual({ cc: 'SS', words: 2 });
    expect(stateLeadingWords(['Qatari', 'foreign', 'ministry'])).toEqual({ cc: 'QA', words: 1 });
    expect(stateLeadingWords(['foreign', 'ministry'])).toBeNull();
  });

  it("reads a possessive country name as the country (\"Sudan's\")", () => {
    expect(stateNamed("Sudan's")).toBe('SD');
  });

  it('leaves country names out when only demonyms are wanted (a title names its portfolio)', () => {
    expect(demonymNamed('Libya')).toBeNull();
    expect(stateEndingWords(['Special', 'Envoy', 'for', 'Libya'], demonymNamed)).toBeNull();
  });
});
