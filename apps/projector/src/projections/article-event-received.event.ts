import type { TransactionClient } from '@newsroom/database';
import type { ArticleEvent } from '@newsroom/events';
import type { Extraction } from '@newsroom/extraction';
import type { ArticleState } from '@newsroom/read-models';

/**
 * Dispatched on the @nestjs/cqrs EventBus for every event the projector applies. Each read-model
 * handler writes through `tx` (the batch transaction) and registers its work with `track`, so the
 * consumer can await every handler before committing: the EventBus itself does not wait.
 */
export class ArticleEventReceived {
  private readonly work: Promise<unknown>[] = [];

  constructor(
    readonly event: ArticleEvent,
    readonly before: ArticleState | null,
    readonly after: ArticleState,
    readonly facts: Extraction,
    readonly tx: TransactionClient,
  ) {}

  track(work: Promise<unknown>): void {
    this.work.push(work);
  }

  /** Resolves when every handler finished; rejects with the first failure. */
  async settled(): Promise<void> {
    const results = await Promise.allSettled(this.work);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/** The read models the projector keeps; each has its own checkpoint per partition. */
export const PROJECTIONS = ['articles', 'visits', 'statements', 'track-status'] as const;
export type ProjectionName = (typeof PROJECTIONS)[number];
