import { ThrottlerStorageService } from '@nestjs/throttler';
import { SlidingLogThrottlerStorage } from './sliding-log-throttler.storage';

describe('SlidingLogThrottlerStorage', () => {
  afterEach(() => jest.useRealTimers());

  it("answers every request as @nestjs/throttler's own storage does (window, limit, block, its end)", async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    let seed = 11;
    const random = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    for (const blockDuration of [3_000, 0]) {
      const theirs = new ThrottlerStorageService();
      const ours = new SlidingLogThrottlerStorage();
      let blocked = 0;
      for (let i = 0; i < 3_000; i++) {
        jest.setSystemTime(Date.now() + [0, 1, 37, 400, 2_000][random(5)]);
        const key = `key-${random(3)}`;
        const expected = await theirs.increment(key, 2_000, 5, blockDuration, 'per-key');
        expect([i, await ours.increment(key, 2_000, 5, blockDuration, 'per-key')]).toEqual([i, expected]);
        if (expected.isBlocked) blocked++;
      }
      expect(blocked).toBeGreaterThan(100);
      theirs.onApplicationShutdown();
      ours.onApplicationShutdown();
    }
  });

  it('costs no more per request as the log grows, and forgets idle keys', () => {
    const storage = new SlidingLogThrottlerStorage();
    const started = performance.now();
    for (let i = 0; i < 200_000; i++) storage.hit('busy', 60_000, 1e9, 60_000, 1_000 + i * 0.5);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(storage.hit('busy', 60_000, 1e9, 60_000, 101_000).totalHits).toBe(120_000);
    storage.hit('idle', 1_000, 10, 1_000, 0);
    storage.sweep(50_000);
    expect(storage.size).toBe(1);
    storage.sweep(200_000);
    expect(storage.size).toBe(0);
    storage.onApplicationShutdown();
  });
});
