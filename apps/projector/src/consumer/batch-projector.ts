import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { PrismaService, type TransactionClient } from '@newsroom/database';
import { decodeEvent, EventParseError, type ArticleEvent } from '@newsroom/events';
import type { BatchControl, ConsumedMessage } from '@newsroom/kafka';
import { ArticleEventRejected, articleFacts, evolveArticle, type ArticleState } from '@newsroom/read-models';
import { ArticleEventReceived } from '../projections/article-event-received.event';
import { CheckpointRepository, StaleBatchError } from './checkpoint.repository';
import { DeadLetterPublisher } from './dead-letter.publisher';
import { ProjectorStats } from './projector-stats';
import { loadArticleStates } from './article-states';

export const CHANGES_CHANNEL = 'newsroom_changes';

type Parsed = { message: ConsumedMessage; event: ArticleEvent } | { message: ConsumedMessage; failure: EventParseError };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Applies one fetched batch of one partition in ONE Postgres transaction: read-model writes (via the
 * EventBus handlers), dead letters, ingest-record settlement, applied event ids and the checkpoint.
 * A crash anywhere before commit leaves Postgres as it was; the batch is fetched again and applied once.
 */
@Injectable()
export class BatchProjector {
  private readonly logger = new Logger('BatchProjector');

  constructor(
    private readonly prisma: PrismaService,
    private readonly eventBus: EventBus,
    private readonly checkpoints: CheckpointRepository,
    private readonly deadLetters: DeadLetterPublisher,
    private readonly stats: ProjectorStats,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async apply(messages: ConsumedMessage[], control: BatchControl): Promise<string | null> {
    const { topic, partition } = messages[0];
    const stored = (await this.checkpoints.nextOffsets(topic, [partition])).get(partition);
    const expected = BigInt(stored ?? '0');
    const fresh = messages.filter((m) => BigInt(m.offset) >= expected);
    if (!fresh.length) return stored ?? null;
    const next = BigInt(fresh.at(-1)!.offset) + 1n;

    const parsed: Parsed[] = fresh.map((message) => {
      try {
        return { message, event: decodeEvent(message.value, message.headers) };
      } catch (error) {
        if (error instanceof EventParseError) return { message, failure: error };
        throw error;
      }
    });
    const events = parsed.flatMap((p) => ('event' in p ? [p.event] : []));
    const states = await loadArticleStates(this.prisma.client, [...new Set(events.map((e) => e.articleId))]);

    let applied = 0;
    let dead = 0;
    const changed = new Set<string>();
    await this.prisma.client.$transaction(
      async (tx) => {
        const skip = await this.eventsToSkip(tx, events);
        for (const item of parsed) {
          if (!control.isActive()) throw new StaleBatchError(`partition ${partition} was revoked during the batch`);
          if ('failure' in item) {
            await this.deadLetters.publish(tx, { message: item.message, reason: item.failure.reason, error: item.failure, attempts: 0, ...item.failure.partial });
            dead++;
            continue;
          }
          const { event, message } = item;
          if (skip.has(event.eventId)) continue;
          const outcome = await this.applyWithRetries(tx, event, states.get(event.articleId) ?? null);
          if (outcome.ok) {
            states.set(event.articleId, outcome.state);
            changed.add(event.articleId);
            applied++;
          } else {
            await this.deadLetters.publish(tx, {
              message,
              reason: 'handler_failed',
              error: outcome.error,
              attempts: outcome.attempts,
              eventId: event.eventId,
              articleId: event.articleId,
              eventType: event.type,
            });
            dead++;
          }
          await tx.appliedEvent.create({
            data: { eventId: event.eventId, articleId: event.articleId, topic, partition, offset: BigInt(message.offset), appliedAt: new Date() },
          });
          await control.heartbeat();
        }
        await this.checkpoints.advance(tx, topic, partition, expected, next);
        if (changed.size) {
          const payload = JSON.stringify({ partition, nextOffset: next.toString(), articles: [...changed].slice(0, 100) });
          await tx.$executeRaw`SELECT pg_notify(${CHANGES_CHANNEL}, ${payload})`;
        }
      },
      { timeout: 120_000, maxWait: 20_000 },
    );
    this.stats.applied(partition, next.toString(), applied, dead);
    return next.toString();
  }

  /**
   * Events not to apply: those applied before (a producer's duplicate), and those the gateway
   * rejected after a Kafka timeout (their write landed late). Locks their ingest records and marks
   * the others projected, so a gateway settling one now sees it projected and answers 202.
   */
  private async eventsToSkip(tx: TransactionClient, events: ArticleEvent[]): Promise<Set<string>> {
    if (!events.length) return new Set();
    const ids = events.map((e) => e.eventId);
    const [already, records] = await Promise.all([
      tx.$queryRaw<{ event_id: string }[]>`SELECT event_id::text FROM applied_events WHERE event_id = ANY(${ids}::uuid[])`,
      tx.$queryRaw<{ event_id: string; state: string }[]>`
        SELECT event_id::text, state::text FROM ingest_records WHERE event_id = ANY(${ids}::uuid[]) ORDER BY event_id FOR UPDATE`,
    ]);
    const skip = new Set(already.map((r) => r.event_id));
    for (const r of records) if (r.state === 'rejected') skip.add(r.event_id);
    const toMark = records.filter((r) => r.state !== 'rejected' && r.state !== 'projected').map((r) => r.event_id);
    if (toMark.length) {
      await tx.$executeRaw`UPDATE ingest_records SET state = 'projected', updated_at = now() WHERE event_id = ANY(${toMark}::uuid[])`;
    }
    return skip;
  }

  /** Runs the read-model handlers for one event inside a savepoint; retries with backoff, then gives up. */
  private async applyWithRetries(
    tx: TransactionClient,
    event: ArticleEvent,
    before: ArticleState | null,
  ): Promise<{ ok: true; state: ArticleState } | { ok: false; error: Error; attempts: number }> {
    const attempts = this.config.PROJECTOR_MAX_RETRIES + 1;
    let lastError: Error = new Error('not attempted');
    for (let attempt = 1; attempt <= attempts; attempt++) {
      await tx.$executeRawUnsafe('SAVEPOINT article_event');
      try {
        const after = evolveArticle(before, event);
        const received = new ArticleEventReceived(event, before, after, articleFacts(after), tx);
        this.eventBus.publish(received);
        await received.settled();
        await tx.$executeRawUnsafe('RELEASE SAVEPOINT article_event');
        return { ok: true, state: after };
      } catch (error) {
        lastError = error instanceof Error ? error : new Error(String(error));
        // If the savepoint cannot be restored the transaction itself is broken: let the batch fail and be fetched again.
        await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT article_event');
        this.logger.warn(`event ${event.eventId} (${event.type} ${event.articleId}) failed, attempt ${attempt}/${attempts}: ${lastError.message}`);
        // The article's own rules refused the event: the same input fails the same way, so do not wait to retry.
        if (lastError instanceof ArticleEventRejected) return { ok: false, error: lastError, attempts: attempt };
        if (attempt < attempts) await sleep(this.config.PROJECTOR_RETRY_BACKOFF_MS * 2 ** (attempt - 1));
      }
    }
    return { ok: false, error: lastError, attempts };
  }
}
