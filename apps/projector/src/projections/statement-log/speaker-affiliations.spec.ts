import { speakerAffiliations } from './speaker-affiliations';

describe('speakerAffiliations', () => {
  it("gives a known person's role titles and every English name of the state they act for", () => {
    const affiliations = speakerAffiliations('Zalmay Khalilzad');
    expect(affiliations).toContain('US Special Representative for Afghanistan Reconciliation');
    expect(affiliations).toEqual(expect.arrayContaining(['United States of America', 'United States', 'US']));
  });

  it('finds the person by an alias too, and lists each name once', () => {
    const affiliations = speakerAffiliations('Khalilzad');
    expect(affiliations).toEqual(speakerAffiliations('Zalmay Khalilzad'));
    expect(new Set(affiliations).size).toBe(affiliations.length);
  });

  it("gives the titles of the roles held on the statement's day, and every role when none covers it or the day is unknown", () => {
    const in2020 = speakerAffiliations('Zalmay Khalilzad', '2020-10-09');
    expect(in2020).toContain('US Special Representative for Afghanistan Reconciliation');
    expect(in2020).not.toContain('US Ambassador to the United Nations');
    expect(speakerAffiliations('Zalmay Khalilzad', '2008-06-01')).toContain('US Ambassador to the United Nations');
    expect(speakerAffiliations('Zalmay Khalilzad')).toContain('US Ambassador to the United Nations');
  });

  it('gives nothing for an institution or a speaker the knowledge does not know', () => {
    expect(speakerAffiliations('Pakistan Foreign Office')).toEqual([]);
    expect(speakerAffiliations('Nobody Inparticular')).toEqual([]);
  });
});
