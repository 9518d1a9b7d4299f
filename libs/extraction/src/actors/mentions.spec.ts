/** Nationalities and institutions read from multi-word demonyms, through extract(). */
import { extract } from '../index';

const run = (text: string, publishedAt: string | null = '2024-08-16') => extract({ id: 't', text, publishedAt });

describe('multi-word demonyms', () => {
  it('names "the North Korean foreign ministry" as North Korea\'s, not South Korea\'s', () => {
    const x = run('The North Korean foreign ministry said in a statement that the country would "never give up" its deterrent.');
    expect(x.statements[0]).toMatchObject({ speaker: 'North Korea Foreign Ministry' });
  });

  it('keeps members of a delegation of different states as companions when listed after "which included"', () => {
    const x = run(
      'The AU panel led by Olusegun Obasanjo arrived in Mekelle on Tuesday. The delegation, which included former Kenyan President Uhuru Kenyatta and former South African Deputy President Phumzile Mlambo-Ngcuka, met Getachew Reda on Thursday.',
    );
    expect(x.visits.filter((v) => v.envoy === 'Phumzile Mlambo-Ngcuka')).toEqual([]);
  });
});

describe('names after titles', () => {
  it('reads a given name that is also a common word as a name after a title and a place ("Envoy for Libya Christian Buck")', () => {
    const x = run('German Special Envoy for Libya Christian Buck said the talks would "keep up the momentum".');
    expect(x.statements[0]).toMatchObject({ speaker: 'Christian Buck' });
  });

  it('keeps a "Minister of Communication" portfolio out of the name', () => {
    const x = run('Minister of Communication Maxime Balalou said the deal would be submitted to the monitoring committee.');
    expect(x.statements[0]).toMatchObject({ speaker: 'Maxime Balalou' });
  });
});

describe('chancellors', () => {
  it('reads "German Chancellor Friedrich Merz" as Friedrich Merz, a head of government (the title is not part of the name)', () => {
    const x = extract({ id: 't', text: 'Zelensky held a video call with German Chancellor Friedrich Merz on Thursday. Merz said the talks were useful.', publishedAt: '2025-08-08' });
    expect(x.visits.map((v) => v.counterparts)).toEqual([['Friedrich Merz']]);
    expect(x.statements.map((s) => s.speaker)).toEqual(['Friedrich Merz']);
  });
});

describe('gendered pronouns', () => {
  it('gives "She" to the person the article calls "her", not to the last (male) speaker', () => {
    const x = run(
      'EU envoy Anna Kovacs held talks in Skopje on Monday with Foreign Minister Petar Dimov, her third visit this year. ' +
        'Opposition leader Marko Ristic said on Tuesday that the party would not back the deal. ' +
        'She was expected to travel to Sofia later on Friday.',
      '2024-08-16',
    );
    expect(x.visits.filter((v) => v.mode === 'planned').map((v) => [v.envoy, v.city])).toEqual([['Anna Kovacs', 'Sofia']]);
  });
});

describe('counterparts and commissioners before a name', () => {
  it('names a person after "his Latvian counterpart" and resolves the surname later', () => {
    const x = run(
      'The Estonian minister was received in Riga by his Latvian counterpart Maris Vejonis on Monday. ' +
        'The ombudsman, Liina Tamm, was also there. Vejonis said the two states would open a joint border office next year.',
    );
    expect(x.statements.map((s) => s.speaker)).toEqual(['Maris Vejonis']);
  });

  it('names a person in apposition after "the rights commissioner,"', () => {
    const x = run("Latvia's rights commissioner, Ilze Berzina, said she had raised the detainees' cases with the Estonian side.");
    expect(x.statements.map((s) => s.speaker)).toEqual(['Ilze Berzina']);
  });
});
