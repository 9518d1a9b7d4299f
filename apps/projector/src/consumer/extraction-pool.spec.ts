import { extractionThreads } from './extraction-pool';

describe('extractionThreads', () => {
  it('leaves the main thread a core of its own while following the log', () => {
    expect(extractionThreads(false, 2)).toBe(1);
    expect(extractionThreads(false, 4)).toBe(3);
  });

  it('takes every core while building a generation, whose main thread has little to do', () => {
    expect(extractionThreads(true, 2)).toBe(2);
    expect(extractionThreads(true, 3)).toBe(3);
  });

  it('runs at least one thread and at most four', () => {
    expect(extractionThreads(false, 1)).toBe(1);
    expect(extractionThreads(true, 1)).toBe(1);
    expect(extractionThreads(true, 32)).toBe(4);
    expect(extractionThreads(false, 32)).toBe(4);
  });
});
