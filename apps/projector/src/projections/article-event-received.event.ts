import type { TransactionClient } from '@newsroom/database';
import type { ArticleEvent } from '@newsroom/events';
import type { Extraction } from '@newsroom/extraction';
import type { ArticleState } from '@newsroom/read-models';

/**
 * Dispatched on the @nestjs/cqrs EventBus for every event the projector applies. Each read-model
 * handler writes through `tx` (the batch transaction) and registers its work with `track`, so the
 * consumer can await every handler before committing: the EventBus itself does not wait.
 *
 * Handler contract: `handle(received)` calls `received.track(promise or () => promise)` and returns.
 * A handler that throws instead is caught by the EventBus; the projector then fails the event with
 * `fail` (BatchProjector listens on the UnhandledExceptionBus), so no exception escapes to the process.
 */
export class ArticleEventReceived {
  private readonly work: Promise<unknown>[] = [];
  private readonly failures: unknown[] = [];

  constructor(
    readonly event: ArticleEvent,
    readonly before: ArticleState | null,
    readonly after: ArticleState,
    readonly facts: Extraction,
    readonly tx: TransactionClient,
  ) {}

  /** Registers a handler's work; a function is called at once, and a synchronous throw counts as its failure. */
  track(work: Promise<unknown> | (() => Promise<unknown> | unknown)): void {
    if (typeof work !== 'function') {
      this.work.push(work);
      return;
    }
    try {
      this.work.push(Promise.resolve(work()));
    } catch (error) {
      this.work.push(Promise.reject(error));
    }
  }

  /** Records a failure that did not go through `track` (a handler that threw). */
  fail(error: unknown): void {
    this.failures.push(error);
  }

  /** Resolves when every handler finished; rejects with the first failure. */
  async settled(): Promise<void> {
    const results = await Promise.allSettled(this.work);
    if (this.failures.length) throw this.failures[0];
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/** The read models the projector keeps; each has its own checkpoint per partition. */
export const PROJECTIONS = ['articles', 'visits', 'statements', 'track-status'] as const;
export type ProjectionName = (typeof PROJECTIONS)[number];
