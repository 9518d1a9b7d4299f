import { Inject, Injectable, ServiceUnavailableException, UnprocessableEntityException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import type { ArticleEvent } from '@newsroom/events';
import type { AcceptedEvent } from '../submit-article/submit-article.dto';
import type { RequestContext } from '../submit-article/submit-article.command';
import { ArticleEventPublisher } from './article-event.publisher';
import { IngestRecordsRepository, type IngestRecords, type IngestedEvent } from './ingest-records.repository';

/** What a command decided under the article lock: write a new event, or answer with one already written. */
export type Decision = { kind: 'new'; event: ArticleEvent } | { kind: 'existing'; record: IngestedEvent } | { kind: 'projected'; eventId: string };

export interface IngestRequest {
  articleId: string;
  eventType: ArticleEvent['type'];
  contentHash: string;
  context: RequestContext;
  /** Runs under the article lock, reading through `records`: throws for a request that cannot be served, or decides. */
  decide(records: IngestRecords): Promise<Decision>;
  /**
   * The event to write when the article has no history at all (a new submission): tried first, without the lock,
   * as one statement that writes nothing when the article has a live submission, a projection or the key is taken.
   */
  eventIfNew?(): ArticleEvent;
}

const MAX_ATTEMPTS = 3;

/** The one path every ingest command takes: decide under a per-article lock, reserve, deliver, settle. */
@Injectable()
export class IngestService {
  constructor(
    private readonly records: IngestRecordsRepository,
    private readonly publisher: ArticleEventPublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ingest(request: IngestRequest): Promise<AcceptedEvent> {
    const { articleId, context } = request;
    const meta = { contentHash: request.contentHash, idempotencyKey: context.idempotencyKey };
    const fresh = request.eventIfNew?.();
    if (fresh && (await this.records.reserveNew(fresh, meta))) return this.deliver(fresh, request);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const decision = await this.records.withArticleLock(articleId, async (locked) => {
        const replay = await this.replayedRequest(locked, request);
        if (replay) return replay;
        const decided = await request.decide(locked);
        // A request that got in first without the lock (or took the key) makes the next attempt see its record.
        if (decided.kind === 'new' && !(await locked.reserve(decided.event, meta))) return null;
        return decided;
      });
      if (!decision) continue;
      if (decision.kind === 'new') return this.deliver(decision.event, request);
      if (decision.kind === 'projected') return { articleId, eventId: decision.eventId, status: 'accepted', duplicate: true };
      // A live gateway settles its record within the ack timeout (the send gives up then); wait no longer than that
      // from when the record was written.
      const settleBy = decision.record.createdAt.getTime() + this.orphanAfterMs();
      const settled = await this.records.settled(decision.record.eventId, Math.max(0, settleBy - Date.now()));
      if (settled?.state === 'accepted' || settled?.state === 'projected') {
        return { articleId, eventId: settled.eventId, status: 'accepted', duplicate: true };
      }
      if (settled?.state === 'pending') {
        // Still pending past that bound: the gateway that wrote it died before settling it (killed between recording
        // the request and answering). Void it, so this request can write its own event: had the orphan's event
        // reached the topic, the projector skips it (rejected), unless it was projected first, which the void sees.
        if (!(await this.records.voidOrphan(settled.eventId, this.orphanAfterMs()))) {
          const now = await this.records.byEventId(settled.eventId);
          if (now?.state === 'accepted' || now?.state === 'projected') return { articleId, eventId: now.eventId, status: 'accepted', duplicate: true };
          if (now?.state !== 'rejected') break;
        }
      }
      // The earlier attempt was rejected (or voided): this request writes its own event.
    }
    throw new ServiceUnavailableException('the event log is not acknowledging writes; nothing was stored, retry later');
  }

  /** How long after it was written a record still pending can only be an orphan of a gateway that died. */
  private orphanAfterMs(): number {
    return this.config.KAFKA_ACK_TIMEOUT_MS + 2_000;
  }

  private async deliver(event: ArticleEvent, request: IngestRequest): Promise<AcceptedEvent> {
    await this.publisher.deliver(event, request.context.requestId);
    return { articleId: request.articleId, eventId: event.eventId, status: 'accepted', duplicate: false };
  }

  /** A request with an Idempotency-Key seen before gets the earlier answer, if it is the same request. */
  private async replayedRequest(records: IngestRecords, request: IngestRequest): Promise<Decision | null> {
    const key = request.context.idempotencyKey;
    if (!key) return null;
    const prior = await records.byIdempotencyKey(key);
    if (!prior) return null;
    if (prior.articleId !== request.articleId || prior.eventType !== request.eventType || prior.contentHash !== request.contentHash) {
      throw new UnprocessableEntityException('this Idempotency-Key was already used for a different request');
    }
    if (prior.state === 'rejected') {
      await records.releaseIdempotencyKey(prior.eventId);
      return null;
    }
    return { kind: 'existing', record: prior };
  }
}
