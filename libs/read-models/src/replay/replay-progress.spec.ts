import { addSample, replayProgress } from './replay-progress';

describe('replayProgress', () => {
  it('gives the rate over the samples and the ETA of what is left at that rate', () => {
    const samples = [
      { at: 0, done: 0 },
      { at: 2_000, done: 200 },
    ];
    expect(replayProgress(samples, 1_000)).toEqual({ done: 200, total: 1_000, rate: 100, etaSeconds: 8, percent: 20 });
  });

  it('knows no rate or ETA from a single sample', () => {
    expect(replayProgress([{ at: 5, done: 10 }], 100)).toEqual({ done: 10, total: 100, rate: null, etaSeconds: null, percent: 10 });
  });

  it('says nothing is left once caught up, even when the rate is zero', () => {
    expect(replayProgress([{ at: 0, done: 50 }, { at: 1_000, done: 50 }], 50)).toMatchObject({ rate: 0, etaSeconds: 0, percent: 100 });
  });

  it('gives no ETA while nothing moves and events are left', () => {
    expect(replayProgress([{ at: 0, done: 5 }, { at: 1_000, done: 5 }], 50).etaSeconds).toBeNull();
  });

  it('counts an empty log as done', () => {
    expect(replayProgress([], 0)).toMatchObject({ done: 0, total: 0, percent: 100, etaSeconds: 0 });
  });

  it('keeps only the samples of the window, plus the one spanning its start', () => {
    let samples = [{ at: 0, done: 0 }];
    for (let t = 5_000; t <= 60_000; t += 5_000) samples = addSample(samples, { at: t, done: t / 10 }, 20_000);
    expect(samples.map((s) => s.at)).toEqual([35_000, 40_000, 45_000, 50_000, 55_000, 60_000]);
    expect(replayProgress(samples, 10_000).rate).toBe(100);
  });
});
