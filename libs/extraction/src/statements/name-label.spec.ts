/** An interview's or hearing's answer labelled by the speaker's full name, without honorific. */
import { extract } from '../index';
import { NAME_LABEL } from './statements';

const run = (text: string, publishedAt = '2025-02-14') => extract({ id: 't', text, publishedAt });

describe('answers labelled by a full name ("Oleg Serebrian: ")', () => {
  it('gives the whole answer to the person named', () => {
    const x = run('RFE/RL: And the 5+2 format?\n\nOleg Serebrian: The format has been frozen since 2019. What works is the 1+1 format.');
    expect(x.statements.map((s) => [s.speaker, s.text, s.type])).toEqual([
      ['Oleg Serebrian', 'The format has been frozen since 2019. What works is the 1+1 format.', 'direct'],
    ]);
  });

  it('takes no label whose first name is not the resolved person\'s', () => {
    expect(NAME_LABEL.exec('Aphra Brackley: The Foreign Secretary was in Ankara.')?.[2]).toBe('Aphra');
    const x = run('Stephen Doughty said the talks remain stalled.\n\nJohn Doughty: The weather was fine.');
    expect(x.statements.map((s) => s.speaker)).toEqual(['Stephen Doughty']);
  });

  it('reads no lower-case heading as a label', () => {
    expect(NAME_LABEL.exec('Quote of the week: "The region cannot afford another war."')).toBeNull();
  });
});
