/** A negotiation format ("the 5+2 format", "the Normandy format") is a track the status cues can concern. */
import { extract } from '../index';

const states = (text: string) => extract({ id: 't', text, publishedAt: '2025-02-14' }).status.map((s) => s.state);

describe('negotiation formats', () => {
  it('reads "The 5+2 format has been frozen since 2019" as paused', () => {
    expect(states('The 5+2 format has been frozen since 2019.')).toEqual(['paused']);
  });

  it('reads "the Normandy format was suspended" as paused', () => {
    expect(states('The Normandy format was suspended in February.')).toEqual(['paused']);
  });

  it('takes no file format for a track', () => {
    expect(states('The file format has been frozen since 2019.')).toEqual([]);
  });
});
