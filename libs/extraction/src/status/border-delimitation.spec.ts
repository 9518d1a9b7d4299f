/** Border commissions agreeing a section of the border: an agreement. */
import { extract } from '../index';

const states = (text: string) => extract({ id: 't', text, publishedAt: '2024-04-20' }).status.map((s) => s.state);

describe('border delimitation agreements', () => {
  it('reads "The border commissions ... have agreed on the first section of the border" as an agreement', () => {
    expect(states('The border commissions of Armenia and Azerbaijan have agreed on the first section of the border.')).toEqual(['agreement_signed']);
  });

  it('reads "the two sides have agreed on the delimitation of the border section" as an agreement', () => {
    expect(states('The two sides have agreed on the delimitation of the border section.')).toEqual(['agreement_signed']);
  });

  it('needs the agreement: a section of road is no border', () => {
    expect(states('The two sides have agreed on the first section of the road.')).toEqual([]);
  });
});
