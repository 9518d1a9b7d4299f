/** A negated trigger ("never went to", "has not visited") reports no visit. */
import { extract } from '../index';

const visits = (text: string) => extract({ id: 't', text, publishedAt: '2025-01-30' }).visits.map((v) => [v.envoy, v.city]);

describe('negated visit triggers', () => {
  it('reads no visit from "He never went to Niamey"', () => {
    expect(visits('Togo\'s foreign minister, Robert Dussey, said the door was open. He never went to Niamey.')).toEqual([]);
  });

  it('reads no visit from "has not visited Kabul"', () => {
    expect(visits('Togo\'s foreign minister, Robert Dussey, has not visited Niamey since July.')).toEqual([]);
  });

  it('keeps the visit of "went to Niamey"', () => {
    expect(visits('Togo\'s foreign minister, Robert Dussey, went to Niamey on Tuesday.')).toEqual([['Robert Dussey', 'Niamey']]);
  });
});
