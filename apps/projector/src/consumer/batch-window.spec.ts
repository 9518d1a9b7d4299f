import { batchWindow } from './batch-window';

describe('batchWindow', () => {
  it('applies the messages from the checkpoint on and moves it past the last one', () => {
    expect(batchWindow(['3', '4', '5', '6'], '5', null)).toEqual({ kind: 'apply', from: 2, expected: 5n, next: 7n });
  });

  it('starts a never-applied partition at its first message', () => {
    expect(batchWindow(['0', '1'], null, null)).toEqual({ kind: 'apply', from: 0, expected: 0n, next: 2n });
  });

  it('skips a batch that was applied entirely before', () => {
    expect(batchWindow(['1', '2'], '3', null)).toEqual({ kind: 'applied' });
  });

  it('seeks back instead of skipping events when the batch starts after the checkpoint', () => {
    expect(batchWindow(['8', '9'], '5', null)).toEqual({ kind: 'gap', seekTo: '5' });
  });

  it('accepts a gap in the log itself once it has sought to the checkpoint', () => {
    expect(batchWindow(['8', '9'], '5', '5')).toEqual({ kind: 'apply', from: 0, expected: 5n, next: 10n });
  });
});
