/** "while the talks continued" in a condition is background, not a claim that the talks go on. */
import { extract } from '../index';

const states = (text: string) => extract({ id: 't', text, publishedAt: '2024-11-22' }).status.map((s) => s.state);

describe('talks continuing inside a while-clause', () => {
  it('reads no ongoing state from "would not tolerate new attacks while the talks continued"', () => {
    expect(states('Peace Commissioner Otty Patiño said the government would "not tolerate" new attacks on civilians while the talks continued.')).toEqual([]);
  });

  it('still reads "The talks continued on Thursday" as ongoing', () => {
    expect(states('The talks continued on Thursday in Bogotá.')).toEqual(['ongoing']);
  });
});
