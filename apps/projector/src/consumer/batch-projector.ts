import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { EventBus, UnhandledExceptionBus } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { buildsGeneration, inTransaction, isTransientDatabaseError, PrismaService, type SqlTransaction } from '@newsroom/database';
import { decodeEvent, EventParseError, HEADERS, type ArticleEvent } from '@newsroom/events';
import type { Extraction } from '@newsroom/extraction';
import type { BatchControl, ConsumedMessage } from '@newsroom/kafka';
import { ArticleEventRejected, articleChange, evolveArticle, mergeChanges, type ArticleChange, type ArticleState } from '@newsroom/read-models';
import type { Subscription } from 'rxjs';
import { ArticleEventReceived, ProjectionChunk, type ChangeEntry } from '../projections/article-event-received.event';
import { insertRows, type Column } from '../projections/article-facts.writer';
import { checkAssumedStates, loadArticleStates, loadStateKeys } from './article-states';
import { batchWindow } from './batch-window';
import { appendChanges, changeNoticePayload } from './change-notice';
import { drainMergeBacklog, mergeBacklogPending, recordDeferredMerges } from './merge-backlog';
import { CheckpointRepository, StaleBatchError } from './checkpoint.repository';
import { DeadLetterPublisher, type DeadLetter } from './dead-letter.publisher';
import { ExtractionPool, ExtractionUnavailable } from './extraction-pool';
import { ProjectorStats } from './projector-stats';

type Parsed = { message: ConsumedMessage; event: ArticleEvent } | { message: ConsumedMessage; failure: EventParseError };
type Outcome = { ok: true; state: ArticleState; change: ArticleChange; merged: ChangeEntry[] } | { ok: false; error: Error; attempts: number };
/** The pure part of applying one event (evolve, then extract), done before the transaction. */
type Planned = { before: ArticleState | null } & ({ after: ArticleState; facts: Extraction } | { error: Error });
/** A chunk ready for its transaction (see prepare). */
interface PreparedChunk {
  parsed: Parsed[];
  /** The states its events were planned from, and those they lead to if every event applies. */
  before: ReadonlyMap<string, ArticleState>;
  after: ReadonlyMap<string, ArticleState>;
  /** Per event id; complete once `extracted` has settled. */
  planned: Map<string, Planned>;
  extracted: Promise<void>;
}

interface AppliedEventRow {
  eventId: string;
  articleId: string;
  topic: string;
  partition: number;
  offset: string;
}
const APPLIED_EVENT_COLUMNS: readonly Column<AppliedEventRow>[] = [
  ['eventId', 'event_id', 'uuid'],
  ['articleId', 'article_id', 'text'],
  ['topic', 'topic', 'text'],
  ['partition', 'partition', 'int'],
  ['offset', 'offset', 'bigint'],
];

/** Messages applied in one transaction (see apply); more in a replay's build, whose transactions take no merge-group lock. */
const MAX_MESSAGES_PER_TRANSACTION = 100;
const MAX_MESSAGES_PER_BUILD_TRANSACTION = 500;

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** The article state an event leads to, or why the article refuses it. */
function evolve(before: ArticleState | null, event: ArticleEvent): { after: ArticleState } | { error: Error } {
  try {
    return { after: evolveArticle(before, event) };
  } catch (error) {
    return { error: asError(error) };
  }
}

/** A handler failed during an optimistic attempt: the chunk is applied again, one savepoint per event. */
class HandlerFailed extends Error {}

/**
 * A handler's error as the batch sees it: the database being unreachable or the transaction losing a deadlock says
 * nothing about the event, so it fails the whole batch (fetched again from the checkpoint) rather than counting as
 * the event's failure, which would end in a dead letter and an accepted article never projected.
 */
const handlerFailure = (error: unknown, context: string): Error =>
  isTransientDatabaseError(error) ? (error as Error) : new HandlerFailed(`${context}: ${(error as Error)?.message ?? error}`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Applies one fetched batch of one partition in ONE Postgres transaction: read-model writes (via the
 * EventBus handlers), dead letters, ingest-record settlement, applied event ids, the checkpoint and
 * the change notice. A crash anywhere before commit leaves Postgres as it was; the batch is fetched
 * again and applied once.
 */
@Injectable()
export class BatchProjector implements OnModuleDestroy {
  private readonly logger = new Logger('BatchProjector');
  /** Per partition, the checkpoint this projector last sought back to after a gap (see batchWindow). */
  private readonly soughtTo = new Map<string, string>();
  private readonly handlerErrors: Subscription;
  /** Building a replay's generation: every chunk defers its merges, drained once the build has caught up (see buildsGeneration). */
  private readonly building: boolean;
  /** The merge-backlog drain running in this process, and the one queued after it (see drainMergeBacklog). */
  private draining: Promise<void> | null = null;
  private drainQueued: Promise<void> | null = null;

  constructor(
    private readonly prisma: PrismaService,
    private readonly eventBus: EventBus,
    private readonly checkpoints: CheckpointRepository,
    private readonly deadLetters: DeadLetterPublisher,
    private readonly stats: ProjectorStats,
    private readonly extraction: ExtractionPool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    unhandled: UnhandledExceptionBus,
  ) {
    this.building = buildsGeneration(config.READ_MODEL_GENERATION);
    // A handler that throws instead of tracking its work: fail the event it was handling (then retry, dead-letter).
    this.handlerErrors = unhandled.subscribe(({ cause, exception }) => {
      if (cause instanceof ArticleEventReceived) cause.fail(exception);
    });
  }

  onModuleDestroy(): void {
    this.handlerErrors.unsubscribe();
  }

  /**
   * Applies a fetched batch in chunks of at most MAX_MESSAGES_PER_TRANSACTION (or _BUILD_) messages, each chunk one transaction
   * with its checkpoint: a transaction (and the batch lock it holds) stays short whatever the fetch size.
   * The next chunk is prepared (its articles read, its extraction started) while the current one is applied, so the
   * extraction threads and the main thread's transactions run side by side instead of taking turns.
   * Returns the next offset to read, or null when nothing was applied (the caller then resolves nothing).
   */
  async apply(messages: ConsumedMessage[], control: BatchControl): Promise<string | null> {
    const size = this.building ? MAX_MESSAGES_PER_BUILD_TRANSACTION : MAX_MESSAGES_PER_TRANSACTION;
    const chunks: ConsumedMessage[][] = [];
    for (let i = 0; i < messages.length; i += size) chunks.push(messages.slice(i, i + size));
    let next: string | null = null;
    let ahead: Promise<PreparedChunk> | undefined = this.prepare(chunks[0], new Map());
    try {
      for (let i = 0; i < chunks.length; i++) {
        if (i > 0 && !control.isActive()) break;
        const prepared: PreparedChunk = await ahead!;
        ahead = i + 1 < chunks.length ? this.prepare(chunks[i + 1], prepared.after) : undefined;
        const applied = await this.applyChunk(chunks[i], prepared, control, false);
        if (applied === null) break;
        next = applied;
      }
    } finally {
      // A chunk prepared but not applied (the batch stopped or failed): its extraction is let go.
      ahead?.catch(() => undefined);
    }
    return next;
  }

  /**
   * The part of a chunk that needs no transaction: its events decoded, the states of its articles (those the previous
   * chunk leaves as it planned them, `carried`, the others read), and every event planned (evolved and extracted,
   * in the extraction threads) as if each applied. The transaction checks those states are still the stored ones.
   */
  private async prepare(messages: ConsumedMessage[], carried: ReadonlyMap<string, ArticleState>): Promise<PreparedChunk> {
    const parsed: Parsed[] = messages.map((message) => {
      try {
        return { message, event: decodeEvent(message.value, message.headers) };
      } catch (error) {
        if (error instanceof EventParseError) return { message, failure: error };
        throw error;
      }
    });
    const events = parsed.flatMap((p) => ('event' in p ? [p.event] : []));
    const ids = [...new Set(events.map((e) => e.articleId))];
    const before = await loadArticleStates(
      this.prisma.pool,
      ids.filter((id) => !carried.has(id)),
    );
    for (const id of ids) if (carried.has(id)) before.set(id, carried.get(id)!);
    // An event after a refused one of the same article is planned from the state it really follows.
    const planned = new Map<string, Planned>();
    const after = new Map(before);
    const extracting: Promise<void>[] = [];
    for (const event of events) {
      const prior = after.get(event.articleId) ?? null;
      const evolved = evolve(prior, event);
      if ('error' in evolved) {
        planned.set(event.eventId, { before: prior, error: evolved.error });
        continue;
      }
      after.set(event.articleId, evolved.after);
      extracting.push(this.plan(prior, evolved.after).then((plan) => void planned.set(event.eventId, plan)));
    }
    // Settled once every extraction has; rejects (with the first failure) only when no extraction could run.
    const extracted = Promise.all(extracting).then(() => undefined);
    extracted.catch(() => undefined); // awaited by applyChunk, or let go with its chunk
    return { parsed, before, after, planned, extracted };
  }

  /**
   * One transaction. Optimistic first (`isolated` false): the handlers gather every event, then write and merge once
   * for the chunk, without a savepoint per event. If a handler or the flush fails, that transaction is rolled back and the chunk applied again
   * with a savepoint per event (`isolated`), so the failing event is retried and dead-lettered alone.
   */
  private async applyChunk(messages: ConsumedMessage[], prepared: PreparedChunk, control: BatchControl, isolated: boolean): Promise<string | null> {
    const { topic, partition } = messages[0];
    const stored = (await this.checkpoints.nextOffsets(topic, [partition])).get(partition) ?? null;
    const slot = `${topic}:${partition}`;
    const window = batchWindow(
      messages.map((m) => m.offset),
      stored,
      this.soughtTo.get(slot) ?? null,
    );
    if (window.kind === 'applied') return stored;
    if (window.kind === 'gap') {
      this.logger.warn(`partition ${partition}: batch starts at ${messages[0].offset}, after checkpoint ${window.seekTo}; seeking back`);
      this.soughtTo.set(slot, window.seekTo);
      control.seek(window.seekTo);
      return null;
    }
    this.soughtTo.delete(slot);
    const { expected, next } = window;
    // Far behind the log (or building), note the merge groups instead of recomputing them after every chunk; the
    // first chunk close to the end drains the backlog. The last chunk of a partition is always close to the end.
    const deferMerges = this.building || BigInt(control.highWatermark) - next > BigInt(this.config.PROJECTOR_CATCH_UP_LAG);

    const parsed = prepared.parsed.slice(window.from);
    const events = parsed.flatMap((p) => ('event' in p ? [p.event] : []));
    const states = await this.storedStates(prepared.before, [...new Set(events.map((e) => e.articleId))]);
    const { planned } = prepared;
    // The backlog drains while the chunk's articles are extracted. A chunk that reaches the end of its partition
    // waits for the drain (a caught-up projector's merged views are complete); one that does not lets it go on
    // beside the partition's next chunks: kafkajs fetches again only once every batch of a fetch has been applied,
    // so a batch waiting seconds for a drain would hold up every partition. One Promise.all, which handles every
    // rejection, so an extraction failing after a failed drain is not left unhandled.
    const drained = deferMerges ? undefined : this.drainMergeBacklog();
    const caughtUp = next >= BigInt(control.highWatermark);
    if (drained && !caughtUp) drained.catch((error: Error) => this.logger.warn(`merge backlog not drained: ${error.message}`));
    await Promise.all([caughtUp ? drained : undefined, prepared.extracted]);

    let applied = 0;
    let dead = 0;
    let deferredGroups = 0;
    /** What the log says of each applied event once its transaction has committed. */
    const appliedLog: { eventId: string; requestId?: string; articleId: string; type: string; offset: string }[] = [];
    try {
      await inTransaction(
        this.prisma.pool,
        async (tx) => {
          // No batch-wide lock: the handlers lock the merge groups they recompute (lockMergeGroups), so batches
          // of other partitions (and instances) that touch other groups commit at the same time.
          const skip = await this.eventsToSkip(tx, events);
          const changes: ArticleChange[] = [];
          const merged: ChangeEntry[] = [];
          const letters: DeadLetter[] = [];
          const appliedRows: AppliedEventRow[] = [];
          appliedLog.length = 0; // a chunk applied again after a failed attempt logs once
          // Optimistic: the handlers gather every event of the chunk, then write and merge once (one flush).
          const chunk = isolated ? null : new ProjectionChunk(tx, deferMerges);
          for (const item of parsed) {
            if (!control.isActive()) throw new StaleBatchError(`partition ${partition} was revoked during the batch`);
            if ('failure' in item) {
              letters.push({ message: item.message, reason: item.failure.reason, error: item.failure, attempts: 0, ...item.failure.partial });
              dead++;
              continue;
            }
            const { event, message } = item;
            if (skip.has(event.eventId)) continue;
            const before = states.get(event.articleId) ?? null;
            const plan = planned.get(event.eventId);
            // Planned from another state (an earlier event of the article refused, or the stored state not the one assumed): again.
            const outcome = await this.applyWithRetries(tx, chunk, deferMerges, event, plan && plan.before === before ? plan : await this.planEvent(before, event));
            if (outcome.ok) {
              states.set(event.articleId, outcome.state);
              changes.push(outcome.change);
              merged.push(...outcome.merged);
              appliedRows.push({ eventId: event.eventId, articleId: event.articleId, topic, partition, offset: message.offset });
              appliedLog.push({ eventId: event.eventId, requestId: message.headers[HEADERS.requestId], articleId: event.articleId, type: event.type, offset: message.offset });
              skip.add(event.eventId);
              applied++;
            } else {
              // Not recorded as applied: once re-driven after a fix, the same event id is applied.
              letters.push({
                message,
                reason: outcome.error instanceof ArticleEventRejected ? 'rejected' : outcome.attempts === 0 ? 'extraction_failed' : 'handler_failed',
                error: outcome.error,
                attempts: outcome.attempts,
                eventId: event.eventId,
                articleId: event.articleId,
                eventType: event.type,
              });
              dead++;
            }
          }
          // This partition's own rows before the flush, whose last locks (envoys, tracks) most chunks share.
          await insertRows(tx, 'applied_events', APPLIED_EVENT_COLUMNS, appliedRows, undefined, [['applied_at', 'now()']]);
          await this.checkpoints.advance(tx, topic, partition, expected, next);
          if (chunk) {
            await chunk.flush().catch((error: unknown) => {
              throw handlerFailure(error, `chunk of partition ${partition} at ${messages[0].offset}`);
            });
            merged.push(...chunk.changes);
            await recordDeferredMerges(tx, chunk);
            deferredGroups = chunk.deferred.length;
          }
          // Dead letters last: an optimistic attempt given up above has published none.
          for (const letter of letters) await this.deadLetters.publish(tx, letter);
          // The notice is queued now and delivered on commit, like every NOTIFY.
          const notice = changes.length ? changeNoticePayload(topic, partition, next.toString(), mergeChanges(changes)) : null;
          await appendChanges(tx, merged, notice);
        },
      );
    } catch (error) {
      if (error instanceof HandlerFailed && !isolated) return this.applyChunk(messages, prepared, control, true);
      if (!(error instanceof StaleBatchError)) throw error;
      // Another consumer owns the partition now; it applies these events from the checkpoint.
      this.logger.warn(error.message);
      return null;
    }
    this.stats.applied(partition, next.toString(), control.highWatermark, applied, dead);
    if (deferredGroups) this.stats.mergeGroups.inc({ outcome: 'deferred' }, deferredGroups);
    // One line per applied event, with the request id the gateway put in its headers: a request can be followed
    // from the gateway's log line to its projection. Not for a replay's rebuild, whose progress is its record.
    if (this.config.READ_MODEL_GENERATION === 'live') for (const entry of appliedLog) this.logger.log('event applied', { ...entry, topic, partition });
    return next.toString();
  }

  /**
   * Recomputes the merge groups noted by deferring chunks (this projector's or another's), if any. One drain at a
   * time in this process: a chunk that asks while one runs waits for the next one, which starts once it has ended
   * (and so reads every group noted before the chunk asked); the chunks that ask meanwhile share that next one,
   * instead of each draining beside the others and waiting for the same backlog rows.
   */
  private drainMergeBacklog(): Promise<void> {
    if (!this.draining) {
      const draining = this.drainOnce().finally(() => {
        if (this.draining === draining) this.draining = null;
      });
      return (this.draining = draining);
    }
    return (this.drainQueued ??= this.draining
      .catch(() => undefined)
      .then(() => {
        this.drainQueued = null;
        return this.drainMergeBacklog();
      }));
  }

  /** One drain. Not the chunk's failure when it fails: its rows stay for the next drain; a lost database fails the batch as usual. */
  private async drainOnce(): Promise<void> {
    try {
      if (!(await mergeBacklogPending(this.prisma.pool))) return;
      const { groups, changes, seconds } = await drainMergeBacklog(this.prisma.pool);
      this.stats.mergeGroups.inc({ outcome: 'drained' }, groups);
      if (groups) this.logger.log(`merge backlog drained: ${groups} merge groups recomputed, ${changes} changes, in ${seconds.toFixed(1)} s`);
    } catch (error) {
      if (isTransientDatabaseError(error)) throw error;
      this.logger.warn(`merge backlog not drained: ${(error as Error).message}`);
    }
  }

  /**
   * The stored states of the chunk's articles. Those it was planned from are kept (the same objects: the plans made
   * from them hold) when still stored; any other is read again, and its events planned again.
   */
  private async storedStates(assumed: ReadonlyMap<string, ArticleState>, ids: string[]): Promise<Map<string, ArticleState>> {
    const { states, stale } = checkAssumedStates(assumed, await loadStateKeys(this.prisma.pool, ids), ids);
    for (const [id, state] of await loadArticleStates(this.prisma.pool, stale)) states.set(id, state);
    return states;
  }

  /** The facts of an evolved article; an extraction that throws is the event's failure (dead-lettered, not retried). */
  private async plan(before: ArticleState | null, after: ArticleState): Promise<Planned> {
    try {
      return { before, after, facts: await this.extraction.facts(after) };
    } catch (error) {
      if (error instanceof ExtractionUnavailable) throw error;
      return { before, error: asError(error) };
    }
  }

  private planEvent(before: ArticleState | null, event: ArticleEvent): Promise<Planned> {
    const evolved = evolve(before, event);
    return 'error' in evolved ? Promise.resolve({ before, error: evolved.error }) : this.plan(before, evolved.after);
  }

  /**
   * Events not to apply: those applied before (a producer's duplicate), and those the gateway
   * rejected after a Kafka timeout (their write landed late). Locks their ingest records and marks
   * the others projected, so a gateway settling one now sees it projected and answers 202.
   */
  private async eventsToSkip(tx: SqlTransaction, events: ArticleEvent[]): Promise<Set<string>> {
    if (!events.length) return new Set();
    const ids = events.map((e) => e.eventId);
    // One statement: the records locked in event-id order, the others marked projected, the ids to skip returned.
    const rows = await tx.query<{ event_id: string }>(
      `WITH records AS (
         SELECT event_id, state FROM ingest_records WHERE event_id = ANY($1::uuid[]) ORDER BY event_id FOR UPDATE
       ), marked AS (
         UPDATE ingest_records r SET state = 'projected', updated_at = now() FROM records
         WHERE r.event_id = records.event_id AND records.state NOT IN ('rejected', 'projected')
       )
       SELECT event_id::text FROM applied_events WHERE event_id = ANY($1::uuid[])
       UNION ALL
       SELECT event_id::text FROM records WHERE state = 'rejected'`,
      ids,
    );
    return new Set(rows.map((r) => r.event_id));
  }

  /**
   * Runs the read-model handlers for one planned event. With a chunk (optimistic), they only gather the event into
   * it (the chunk is flushed once after its last event). Without (isolated), the event is its own chunk, handled
   * and flushed inside a savepoint, with retries and backoff, then given up.
   * An event whose planning failed (the article refused it, or extraction threw) fails the same way every
   * time: it is not retried (attempts 0).
   */
  private async applyWithRetries(tx: SqlTransaction, chunk: ProjectionChunk | null, deferMerges: boolean, event: ArticleEvent, plan: Planned): Promise<Outcome> {
    if ('error' in plan) {
      this.logger.warn(`event ${event.eventId} (${event.type} ${event.articleId}) refused: ${plan.error.message}`);
      return { ok: false, error: plan.error, attempts: 0 };
    }
    const { before, after, facts } = plan;
    if (chunk) {
      const received = new ArticleEventReceived(event, before, after, facts, tx, chunk);
      this.eventBus.publish(received);
      await received.settled().catch((error: unknown) => {
        throw handlerFailure(error, `event ${event.eventId}`);
      });
      return { ok: true, state: after, change: articleChange(event, before, facts), merged: [] };
    }
    const attempts = this.config.PROJECTOR_MAX_RETRIES + 1;
    let lastError: Error = new Error('not attempted');
    for (let attempt = 1; attempt <= attempts; attempt++) {
      await tx.execute('SAVEPOINT article_event');
      try {
        const own = new ProjectionChunk(tx, deferMerges);
        const received = new ArticleEventReceived(event, before, after, facts, tx, own);
        this.eventBus.publish(received);
        await received.settled();
        await own.flush();
        await recordDeferredMerges(tx, own);
        await tx.execute('RELEASE SAVEPOINT article_event');
        return { ok: true, state: after, change: articleChange(event, before, facts), merged: own.changes };
      } catch (error) {
        // Not the event's fault: the whole batch fails and is fetched again (see handlerFailure).
        if (isTransientDatabaseError(error)) throw error;
        lastError = error instanceof Error ? error : new Error(String(error));
        // If the savepoint cannot be restored the transaction itself is broken: let the batch fail and be fetched again.
        await tx.execute('ROLLBACK TO SAVEPOINT article_event');
        this.logger.warn(`event ${event.eventId} (${event.type} ${event.articleId}) failed, attempt ${attempt}/${attempts}: ${lastError.message}`);
        if (attempt < attempts) await sleep(this.config.PROJECTOR_RETRY_BACKOFF_MS * 2 ** (attempt - 1));
      }
    }
    return { ok: false, error: lastError, attempts };
  }
}
