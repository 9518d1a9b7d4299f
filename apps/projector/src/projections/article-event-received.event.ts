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

  /**
   * Registers a handler's work; a function is called at once, and a synchronous throw counts as its failure.
   * Failures are kept in the order they happen: the first is the cause (the others often only report
   * that the transaction was aborted by it).
   */
  track(work: Promise<unknown> | (() => Promise<unknown> | unknown)): void {
    let promise: Promise<unknown>;
    try {
      promise = Promise.resolve(typeof work === 'function' ? work() : work);
    } catch (error) {
      promise = Promise.reject(error);
    }
    this.work.push(promise.catch((error: unknown) => this.fail(error)));
  }

  /** Records a failure; also for one that did not go through `track` (a handler that threw). */
  fail(error: unknown): void {
    this.failures.push(error);
  }

  /** Resolves when every handler finished; rejects with the first failure. */
  async settled(): Promise<void> {
    await Promise.all(this.work);
    if (this.failures.length) throw this.failures[0];
  }
}

/** The read models the projector keeps; each has its own checkpoint per partition. */
export const PROJECTIONS = ['articles', 'visits', 'statements', 'track-status'] as const;
export type ProjectionName = (typeof PROJECTIONS)[number];
