import type { SqlTransaction } from '@newsroom/database';
import type { ArticleEvent } from '@newsroom/events';
import type { Extraction } from '@newsroom/extraction';
import type { ArticleState } from '@newsroom/read-models';

/** One change of a merged read model, appended to change_log when the chunk commits (see BatchProjector). */
export interface ChangeEntry {
  kind: 'visit' | 'statement' | 'status' | 'envoy';
  action: 'created' | 'updated' | 'removed';
  entityId: string;
  envoy: string | null;
  track: string | null;
}

/**
 * The events applied in one transaction (a chunk of a batch, or one event when the chunk is applied again event by
 * event with savepoints). Read-model handlers GATHER what each event changes (per article, the last state wins)
 * and register a flush with `atEnd`; once every event of the chunk has been handled, BatchProjector runs the
 * flushes: each writes its tables with one set-based statement per table and recomputes every merged bucket the
 * chunk touched ONCE, instead of once per event.
 *
 * Flushes run one after the other in ascending `order`, the advisory-lock namespace each takes (see LOCK and
 * lockMergeGroups): every transaction takes its locks in one global order, so they cannot deadlock. A handler may
 * register several flushes: the merge buckets first, the aggregates most chunks share (envoys, tracks) last.
 */
export class ProjectionChunk {
  /** Merged-row changes of this chunk, for change_log (written last, under the commit-order lock). */
  readonly changes: ChangeEntry[] = [];
  /** With mergesDeferred: the merge groups the chunk's facts touched, per merged read model, for merge_backlog. */
  readonly deferred: Array<{ model: string; key: string }> = [];
  private readonly gathered = new Map<object | symbol, { order: number; state: unknown; flush: (state: never) => Promise<void> }>();

  /**
   * `mergesDeferred`: write each article's facts only, and note the merge groups they touch (`defer`) instead of
   * recomputing the merged rows (visits, statements, claims, envoys, tracks). A projector far behind the log, or
   * building a replay's generation, defers them and recomputes each noted group once when it has caught up
   * (drainMergeBacklog), instead of recomputing growing groups after every chunk.
   */
  constructor(
    readonly tx: SqlTransaction,
    readonly mergesDeferred = false,
  ) {}

  /** Notes merge groups of `model` to recompute later (mergesDeferred). */
  defer(model: string, keys: Iterable<string>): void {
    for (const key of new Set(keys)) this.deferred.push({ model, key });
  }

  /** The state `key` names in this chunk, created (and its flush registered) on the first event that asks for it. */
  atEnd<T>(key: object | symbol, order: number, init: () => T, flush: (state: T) => Promise<void>): T {
    let entry = this.gathered.get(key);
    if (!entry) {
      entry = { order, state: init(), flush: flush as (state: never) => Promise<void> };
      this.gathered.set(key, entry);
    }
    return entry.state as T;
  }

  /** Runs every registered flush, in ascending order. */
  async flush(): Promise<void> {
    const entries = [...this.gathered.values()].sort((a, b) => a.order - b.order);
    this.gathered.clear();
    for (const { state, flush } of entries) await flush(state as never);
  }
}

/**
 * Dispatched on the @nestjs/cqrs EventBus for every event the projector applies. Each read-model
 * handler gathers its part in `received.chunk` (see ProjectionChunk) or, for work of its own, writes through
 * `tx` (the batch transaction) and registers it with `track`, so the consumer can await every handler before
 * flushing the chunk and committing: the EventBus itself does not wait.
 *
 * Handler contract: `handle(received)` gathers into `received.chunk.atEnd(...)` and/or calls
 * `received.track(promise or () => promise)`, and returns. A handler that throws instead is caught by the
 * EventBus; the projector then fails the event with `fail` (BatchProjector listens on the UnhandledExceptionBus),
 * so no exception escapes to the process.
 */
export class ArticleEventReceived {
  private readonly work: Promise<unknown>[] = [];
  private readonly failures: unknown[] = [];

  constructor(
    readonly event: ArticleEvent,
    readonly before: ArticleState | null,
    readonly after: ArticleState,
    readonly facts: Extraction,
    readonly tx: SqlTransaction,
    readonly chunk: ProjectionChunk = new ProjectionChunk(tx),
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
