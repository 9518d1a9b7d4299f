interface Waiting<I, O> {
  item: I;
  resolve(value: O | PromiseLike<O>): void;
  reject(error: unknown): void;
}

export interface MicroBatcherOptions {
  /** Most items in one batch. */
  maxBatch: number;
  /** Most batches running at once; items that arrive meanwhile wait for the next one. */
  maxInFlight: number;
}

/**
 * Group commit for concurrent requests: items added during one turn of the event loop, or while `maxInFlight`
 * batches are running, are handed to `run` together, and each caller gets its own item's result. Nothing waits
 * for a timer: a batch leaves on the next turn of the event loop (setImmediate) when there is room, so a lone
 * request pays no delay, and under load a batch holds what arrived during the previous one.
 * `run` answers with one result per item, in order (a promise settles its own item only, e.g. a retry of that item
 * alone); when it throws, every item of the batch gets that error.
 */
export class MicroBatcher<I, O> {
  private queue: Waiting<I, O>[] = [];
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly run: (items: I[]) => Promise<(O | PromiseLike<O>)[]>,
    private readonly options: MicroBatcherOptions,
  ) {}

  add(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.running >= this.options.maxInFlight || !this.queue.length) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.running >= this.options.maxInFlight || !this.queue.length) return;
    const batch = this.queue.splice(0, this.options.maxBatch);
    this.running++;
    try {
      const results = await this.run(batch.map((w) => w.item));
      if (results.length !== batch.length) throw new Error(`a batch of ${batch.length} got ${results.length} results`);
      batch.forEach((w, i) => w.resolve(results[i]));
      // An item answered with a promise (run on its own) keeps the batch in flight until it settles.
      await Promise.allSettled(results);
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      this.running--;
      this.schedule();
    }
  }
}
