import { Injectable } from '@nestjs/common';
import { inTransaction, PrismaService, sqlStatements, type SqlTransaction } from '@newsroom/database';
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

/** An ingest record as IngestedEvent (not its payload). */
const RECORD_COLUMNS = `event_id::text AS "eventId", article_id AS "articleId", event_type AS "eventType", content_hash AS "contentHash",
  state, reason, created_at AS "createdAt"`;

/** How long a request waits for another's lock on its article (and each statement under it). */
const ARTICLE_LOCK_TIMEOUT_MS = 30_000;

/**
 * What the gateway knows of an article's events, its own ingest records and the projection (for articles that
 * producers wrote to the topic directly), read through pg straight (Prisma's raw queries cost about twice the CPU).
 * `sql` is asked for per statement: the pool of the read-model generation live now (a switch replaces it, and
 * `articles` is that generation's table), or a locked transaction's own connection. The records themselves are
 * in public, shared by every generation.
 */
export class IngestRecords {
  constructor(protected readonly sql: () => SqlTransaction) {}

  /**
   * Where an article stands, in one query: its latest live submission and retraction of the gateway's own
   * records, and its projection (for articles that producers wrote to the topic directly).
   */
  async standing(articleId: string): Promise<ArticleStanding> {
    const rows = await this.sql().query<StandingRow>(
      `(SELECT DISTINCT ON (event_type) 'record' AS source, event_id::text AS event_id, event_type, content_hash, state, reason, created_at
          FROM public.ingest_records
         WHERE article_id = $1 AND event_type IN ('ArticleSubmitted', 'ArticleRetracted') AND state <> 'rejected'
         ORDER BY event_type, created_at DESC)
       UNION ALL
       (SELECT 'article', last_event_id::text, 'projection', content_hash, state::text, failure_reason, last_occurred_at
          FROM articles WHERE id = $1)`,
      articleId,
    );
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
    return (await this.sql().query<IngestedEvent>(`SELECT ${RECORD_COLUMNS} FROM public.ingest_records WHERE idempotency_key = $1`, key))[0] ?? null;
  }

  async byEventId(eventId: string): Promise<IngestedEvent | null> {
    return (await this.sql().query<IngestedEvent>(`SELECT ${RECORD_COLUMNS} FROM public.ingest_records WHERE event_id = $1::uuid`, eventId))[0] ?? null;
  }

  /** A rejected request's key is freed so that the client's retry with the same key can go through. */
  async releaseIdempotencyKey(eventId: string): Promise<void> {
    await this.sql().execute(`UPDATE public.ingest_records SET idempotency_key = NULL, updated_at = now() WHERE event_id = $1::uuid`, eventId);
  }

  /**
   * Records an event as pending before it is produced, so a concurrent duplicate sees it: one statement, false when
   * something is in the way (its Idempotency-Key is taken, or, for a submission, the article already has a live one —
   * a partial unique index — or, with `unlessProjected`, a projection).
   */
  async reserve(event: ArticleEvent, meta: { contentHash: string; idempotencyKey?: string }, options: { unlessProjected?: boolean } = {}): Promise<boolean> {
    const inserted = await this.sql().execute(
      `INSERT INTO public.ingest_records (event_id, article_id, event_type, content_hash, idempotency_key, state, payload, updated_at)
       SELECT $1::uuid, $2, $3, $4, $5, 'pending', $6::jsonb, now()
       ${options.unlessProjected ? 'WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = $2)' : ''}
       ON CONFLICT DO NOTHING`,
      event.eventId,
      event.articleId,
      event.type,
      meta.contentHash,
      meta.idempotencyKey ?? null,
      eventJson(event),
    );
    return inserted === 1;
  }
}

interface Reservation {
  event: ArticleEvent;
  meta: { contentHash: string; idempotencyKey?: string };
}

@Injectable()
export class IngestRecordsRepository extends IngestRecords {
  /**
   * New submissions of concurrent requests reserved by one INSERT (group commit): one round trip and one commit
   * (one WAL flush) for all of them instead of one each. At most two batches at a time (see ArticleEventPublisher);
   * what arrives meanwhile waits for the next.
   */
  private readonly reservations = new MicroBatcher<Reservation, boolean>((batch) => this.reserveBatch(batch), { maxBatch: 200, maxInFlight: 2 });

  constructor(private readonly database: PrismaService) {
    super(() => sqlStatements(database.pool));
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
      const rows = await this.sql().query<{ event_id: string }>(
        `INSERT INTO public.ingest_records (event_id, article_id, event_type, content_hash, idempotency_key, state, payload, updated_at)
         SELECT (e.doc->>'eventId')::uuid, e.doc->>'articleId', e.doc->>'type', m.content_hash, m.idempotency_key, 'pending', e.doc, now()
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(doc, i)
           JOIN unnest($2::text[], $3::text[]) WITH ORDINALITY AS m(content_hash, idempotency_key, i) USING (i)
          WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = e.doc->>'articleId')
          ORDER BY e.doc->>'articleId'
         ON CONFLICT DO NOTHING
         RETURNING event_id::text AS event_id`,
        `[${batch.map((r) => eventJson(r.event)).join(',')}]`,
        batch.map((r) => r.meta.contentHash),
        batch.map((r) => r.meta.idempotencyKey ?? null),
      );
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
    return inTransaction(
      this.database.pool,
      async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', articleId);
        return work(new IngestRecords(() => tx));
      },
      { statementTimeoutMs: ARTICLE_LOCK_TIMEOUT_MS },
    );
  }

  /**
   * Marks pending records accepted in one UPDATE; answers, for each, whether it had been voided (rejected) instead.
   * Rows locked in event-id order, the order the projector takes them in: the two never deadlock.
   */
  async markAccepted(eventIds: string[]): Promise<boolean[]> {
    const sql = this.sql();
    const marked = await sql.execute(
      `UPDATE public.ingest_records SET state = 'accepted', updated_at = now()
        WHERE event_id IN (SELECT event_id FROM public.ingest_records WHERE event_id = ANY($1::uuid[]) AND state = 'pending' ORDER BY event_id FOR UPDATE)`,
      eventIds,
    );
    if (marked === eventIds.length) return eventIds.map(() => false);
    const voided = await sql.query<{ event_id: string }>(
      `SELECT event_id::text AS event_id FROM public.ingest_records WHERE event_id = ANY($1::uuid[]) AND state = 'rejected'`,
      eventIds,
    );
    const rejected = new Set(voided.map((r) => r.event_id));
    return eventIds.map((id) => rejected.has(id));
  }

  /** Marks a record rejected (its event was not acknowledged) unless it was settled meanwhile: false then. */
  async markRejected(eventId: string, reason: string): Promise<boolean> {
    const rejected = await this.sql().execute(
      `UPDATE public.ingest_records SET state = 'rejected', reason = $2, updated_at = now() WHERE event_id = $1::uuid AND state = 'pending'`,
      eventId,
      reason,
    );
    return rejected === 1;
  }

  /**
   * Marks a record rejected if it is still pending `olderThanMs` after it was written (its gateway died before
   * settling it): false when it was settled meanwhile (accepted, or projected by a projector that saw its event).
   */
  async voidOrphan(eventId: string, olderThanMs: number): Promise<boolean> {
    const voided = await this.sql().execute(
      `UPDATE public.ingest_records SET state = 'rejected', reason = 'orphaned: its gateway stopped before settling it', updated_at = now()
        WHERE event_id = $1::uuid AND state = 'pending' AND created_at < now() - make_interval(secs => $2::float8)`,
      eventId,
      olderThanMs / 1000,
    );
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
