/** A round that "ended without progress" is stalled, as one that ended "without a breakthrough". */
import { extract } from '../index';

const states = (text: string) => extract({ id: 't', text, publishedAt: '2024-12-13' }).status.map((s) => s.state);

describe('rounds ending without progress', () => {
  it('reads "The 62nd round ... ended in Geneva on Thursday without progress on ..." as stalled', () => {
    expect(states('The 62nd round of the Geneva International Discussions ended in Geneva on Thursday without progress on the non-use of force, the co-chairs said.')).toContain('stalled');
  });

  it('reads "the talks ended without any progress" as stalled', () => {
    expect(states('The talks ended without any progress.')).toEqual(['stalled']);
  });
});
