import { MicroBatcher } from './micro-batcher';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A batch runner whose batches the test finishes by hand. */
function runner() {
  const batches: { items: number[]; finish(): void; fail(error: Error): void }[] = [];
  const run = (items: number[]) =>
    new Promise<number[]>((resolve, reject) => batches.push({ items, finish: () => resolve(items.map((i) => i * 10)), fail: reject }));
  return { run, batches };
}

describe('MicroBatcher', () => {
  it('runs the items of one turn of the event loop as one batch, each caller getting its own result', async () => {
    const { run, batches } = runner();
    const batcher = new MicroBatcher(run, { maxBatch: 10, maxInFlight: 1 });
    const results = [1, 2, 3].map((i) => batcher.add(i));
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1, 2, 3]]);
    batches[0].finish();
    expect(await Promise.all(results)).toEqual([10, 20, 30]);
  });

  it('holds what arrives while maxInFlight batches run, then runs it as one batch', async () => {
    const { run, batches } = runner();
    const batcher = new MicroBatcher(run, { maxBatch: 10, maxInFlight: 2 });
    const first = batcher.add(1);
    await tick();
    const second = batcher.add(2);
    await tick();
    const held = [3, 4, 5].map((i) => batcher.add(i));
    await tick();
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1], [2]]);
    batches[1].finish();
    expect(await second).toBe(20);
    await tick();
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1], [2], [3, 4, 5]]);
    batches[0].finish();
    batches[2].finish();
    expect(await first).toBe(10);
    expect(await Promise.all(held)).toEqual([30, 40, 50]);
  });

  it('splits at maxBatch and keeps the order', async () => {
    const { run, batches } = runner();
    const batcher = new MicroBatcher(run, { maxBatch: 2, maxInFlight: 1 });
    const results = [1, 2, 3, 4, 5].map((i) => batcher.add(i));
    for (let done = 0, i = 0; i < 20 && done < 3; i++) {
      await tick();
      for (; done < batches.length; done++) batches[done].finish();
    }
    expect(batches.map((b) => b.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40, 50]);
  });

  it("rejects every item of a failed batch with its error and goes on", async () => {
    const { run, batches } = runner();
    const batcher = new MicroBatcher(run, { maxBatch: 10, maxInFlight: 1 });
    const failed = [1, 2].map((i) => batcher.add(i));
    await tick();
    const next = batcher.add(3);
    batches[0].fail(new Error('database down'));
    for (const f of failed) await expect(f).rejects.toThrow('database down');
    await tick();
    batches[1].finish();
    expect(await next).toBe(30);
  });

  it('settles an item answered with a promise by that promise alone', async () => {
    const batcher = new MicroBatcher<number, number>(async (items) => items.map((i) => (i === 2 ? Promise.reject(new Error('item 2 failed')) : i)), { maxBatch: 10, maxInFlight: 1 });
    const [one, two, three] = [1, 2, 3].map((i) => batcher.add(i));
    await expect(two).rejects.toThrow('item 2 failed');
    expect(await Promise.all([one, three])).toEqual([1, 3]);
  });

  it('counts a batch in flight until the items it answered with promises have settled', async () => {
    let finishItem: (value: number) => void = () => undefined;
    const runs: number[][] = [];
    const batcher = new MicroBatcher<number, number>(
      async (items) => {
        runs.push(items);
        return items.map((i) => (i === 1 ? new Promise<number>((resolve) => (finishItem = resolve)) : i));
      },
      { maxBatch: 10, maxInFlight: 1 },
    );
    const first = batcher.add(1);
    await tick();
    const second = batcher.add(2);
    await tick();
    await tick();
    expect(runs).toEqual([[1]]);
    finishItem(10);
    expect(await first).toBe(10);
    expect(await second).toBe(2);
    expect(runs).toEqual([[1], [2]]);
  });

  it('rejects a batch answered with the wrong number of results', async () => {
    const batcher = new MicroBatcher(async () => [1], { maxBatch: 10, maxInFlight: 1 });
    const results = [batcher.add(1), batcher.add(2)];
    for (const r of results) await expect(r).rejects.toThrow('a batch of 2 got 1 results');
  });
});
