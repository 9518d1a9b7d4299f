import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type PrismaClient, type TransactionClient } from '@newsroom/database';
import type { ArticleEvent } from '@newsroom/events';
import { eventJson } from './event-json';
import { MicroBatcher } from './micro-batcher';

export interface IngestedEvent {
  eventId: string;
  articleId: string;
  eventType: string;
  contentHash: string;
  state: 'pending' | 'accepted' | 'rejected' | 'projected';
  reason: string | null;
  createdAt: Date;
}

export interface ArticleStanding {
  submitted: IngestedEvent | null;
  retracted: IngestedEvent | null;
  projected: { contentHash: string; lastEventId: string; retracted: boolean } | null;
}

interface StandingRow {
  source: 'record' | 'article';
  event_id: string;
  event_type: string;
  content_hash: string;
  state: string;
  reason: string | null;
  created_at: Date;
}

/**
 * What the gateway knows of an article's events, read through one client: its own ingest records,
 * and the projection for articles that producers wrote to the topic directly.
 */
export class IngestRecords {
  constructor(protected readonly db: PrismaClient | TransactionClient) {}

  /**
   * Where an article stands, in one query: its latest live submission and retraction of the gateway's own
   * records, and its projection (for articles that producers wrote to the topic directly).
   */
  async standing(articleId: string): Promise<ArticleStanding> {
    const rows = await this.db.$queryRaw<StandingRow[]>`
      (SELECT DISTINCT ON (event_type) 'record' AS source, event_id::text AS event_id, event_type, content_hash,
              state::text AS state, reason, created_at
         FROM ingest_records
        WHERE article_id = ${articleId} AND event_type IN ('ArticleSubmitted', 'ArticleRetracted') AND state <> 'rejected'
        ORDER BY event_type, created_at DESC)
      UNION ALL
      (SELECT 'article', last_event_id::text, 'projection', content_hash, state::text, failure_reason, last_occurred_at
         FROM articles WHERE id = ${articleId})`;
    const record = (type: ArticleEvent['type']): IngestedEvent | null => {
      const row = rows.find((r) => r.source === 'record' && r.event_type === type);
      return row
        ? { eventId: row.event_id, articleId, eventType: type, contentHash: row.content_hash, state: row.state as IngestedEvent['state'], reason: row.reason, createdAt: row.created_at }
        : null;
    };
    const article = rows.find((r) => r.source === 'article');
    return {
      submitted: record('ArticleSubmitted'),
      retracted: record('ArticleRetracted'),
      projected: article ? { contentHash: article.content_hash, lastEventId: article.event_id, retracted: article.state === 'retracted' } : null,
    };
  }

  async byIdempotencyKey(key: string): Promise<IngestedEvent | null> {
    return (await this.db.ingestRecord.findUnique({ where: { idempotencyKey: key } })) as IngestedEvent | null;
  }

  async byEventId(eventId: string): Promise<IngestedEvent | null> {
    return (await this.db.ingestRecord.findUnique({ where: { eventId } })) as IngestedEvent | null;
  }

  /** A rejected request's key is freed so that the client's retry with the same key can go through. */
  async releaseIdempotencyKey(eventId: string): Promise<void> {
    await this.db.ingestRecord.update({ where: { eventId }, data: { idempotencyKey: null } });
  }

  /**
   * Records an event as pending before it is produced, so a concurrent duplicate sees it: one statement, false when
   * something is in the way (its Idempotency-Key is taken, or, for a submission, the article already has a live one —
   * a partial unique index — or, with `unlessProjected`, a projection). `public.` because the record is shared by
   * every read-model generation.
   */
  async reserve(event: ArticleEvent, meta: { contentHash: string; idempotencyKey?: string }, options: { unlessProjected?: boolean } = {}): Promise<boolean> {
    const unprojected = options.unlessProjected ? Prisma.sql`WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = ${event.articleId})` : Prisma.empty;
    const inserted = await this.db.$executeRaw`
      INSERT INTO public.ingest_records (event_id, article_id, event_type, content_hash, idempotency_key, state, payload, updated_at)
      SELECT ${event.eventId}::uuid, ${event.articleId}, ${event.type}, ${meta.contentHash}, ${meta.idempotencyKey ?? null}, 'pending',
             ${eventJson(event)}::jsonb, now()
      ${unprojected}
      ON CONFLICT DO NOTHING`;
    return inserted === 1;
  }
}

interface Reservation {
  event: ArticleEvent;
  meta: { contentHash: string; idempotencyKey?: string };
}

interface ReservedRow {
  event_id: string;
}

@Injectable()
export class IngestRecordsRepository extends IngestRecords {
  /**
   * New submissions of concurrent requests reserved by one INSERT (group commit): one round trip and one commit
   * (one WAL flush) for all of them instead of one each. At most two batches at a time (see ArticleEventPublisher);
   * what arrives meanwhile waits for the next.
   */
  private readonly reservations = new MicroBatcher<Reservation, boolean>((batch) => this.reserveBatch(batch), { maxBatch: 200, maxInFlight: 2 });

  constructor(private readonly prisma: PrismaService) {
    super(prisma.client);
  }

  /**
   * `reserve(event, meta, { unlessProjected: true })` of a new submission, batched with those of concurrent requests:
   * the same rows and the same answer (false when its article has a live submission or a projection, or its key is
   * taken, by an earlier statement or an earlier row of the same batch).
   */
  reserveNew(event: ArticleEvent, meta: { contentHash: string; idempotencyKey?: string }): Promise<boolean> {
    return this.reservations.add({ event, meta });
  }

  private async reserveBatch(batch: Reservation[]): Promise<(boolean | Promise<boolean>)[]> {
    const one = ({ event, meta }: Reservation) => this.reserve(event, meta, { unlessProjected: true });
    if (batch.length === 1) return [one(batch[0])];
    try {
      // The events travel as one JSON array (their JSON as made once for the Kafka message too, no per-row quoting of
      // an array literal). Rows inserted in article-id order, so two batches (of this gateway or another) wait for
      // each other's rows in one order; a deadlock all the same (over Idempotency-Keys) lands in the catch below.
      const rows = await this.prisma.client.$queryRaw<ReservedRow[]>`
        INSERT INTO public.ingest_records (event_id, article_id, event_type, content_hash, idempotency_key, state, payload, updated_at)
        SELECT (e.doc->>'eventId')::uuid, e.doc->>'articleId', e.doc->>'type', m.content_hash, m.idempotency_key, 'pending', e.doc, now()
          FROM jsonb_array_elements(${`[${batch.map((r) => eventJson(r.event)).join(',')}]`}::jsonb) WITH ORDINALITY AS e(doc, i)
          JOIN unnest(${batch.map((r) => r.meta.contentHash)}::text[], ${batch.map((r) => r.meta.idempotencyKey ?? null)}::text[])
               WITH ORDINALITY AS m(content_hash, idempotency_key, i) USING (i)
         WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = e.doc->>'articleId')
         ORDER BY e.doc->>'articleId'
        ON CONFLICT DO NOTHING
        RETURNING event_id::text AS event_id`;
      const reserved = new Set(rows.map((r) => r.event_id));
      return batch.map((r) => reserved.has(r.event.eventId));
    } catch {
      // Whatever failed the statement (a row the database refuses, a deadlock, a lost connection) fails only the
      // requests it concerns: each tries again on its own and gets its own answer or error.
      return batch.map(one);
    }
  }

  /**
   * Runs `work` in one transaction holding a per-article lock, so two requests for one article decide one
   * at a time. `work` must use the records it is given: they run on the transaction's own connection.
   */
  async withArticleLock<T>(articleId: string, work: (locked: IngestRecords) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${articleId}, 0))`;
        return work(new IngestRecords(tx));
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
  }

  /**
   * Marks a record rejected if it is still pending `olderThanMs` after it was written (its gateway died before
   * settling it): false when it was settled meanwhile (accepted, or projected by a projector that saw its event).
   */
  async voidOrphan(eventId: string, olderThanMs: number): Promise<boolean> {
    const voided = await this.prisma.client.$executeRaw`
      UPDATE public.ingest_records SET state = 'rejected', reason = 'orphaned: its gateway stopped before settling it', updated_at = now()
       WHERE event_id = ${eventId}::uuid AND state = 'pending' AND created_at < now() - make_interval(secs => ${olderThanMs / 1000}::float8)`;
    return voided === 1;
  }

  /** Waits while another request's event for this article is still being acknowledged. */
  async settled(eventId: string, timeoutMs: number): Promise<IngestedEvent | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const record = await this.byEventId(eventId);
      if (!record || record.state !== 'pending' || Date.now() > deadline) return record;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
