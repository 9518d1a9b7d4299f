import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { PrismaService } from '@newsroom/database';
import { encodeEvent, HEADERS, type ArticleEvent } from '@newsroom/events';
import { EventLog } from '../../event-log/event-log.module';

export interface PublishMeta {
  contentHash: string;
  idempotencyKey?: string;
  requestId?: string;
}

/**
 * Puts one event on the log and answers only once Kafka acknowledged it. The ingest record is
 * written first (pending) and settled after: accepted on ack; rejected on failure unless the
 * projector already marked it projected, in which case the write did land and counts as accepted.
 * A 503 therefore never leaves a fact behind: the projector ignores events whose record is rejected.
 */
@Injectable()
export class ArticleEventPublisher {
  private readonly logger = new Logger('ArticleEventPublisher');

  constructor(
    private readonly prisma: PrismaService,
    private readonly eventLog: EventLog,
  ) {}

  /** Records the event as pending; call under the article lock so a concurrent duplicate sees it. */
  async reserve(event: ArticleEvent, meta: PublishMeta): Promise<void> {
    const db = this.prisma.client;
    try {
      await db.ingestRecord.create({
        data: {
          eventId: event.eventId,
          articleId: event.articleId,
          eventType: event.type,
          contentHash: meta.contentHash,
          idempotencyKey: meta.idempotencyKey ?? null,
          state: 'pending',
          payload: event as object,
        },
      });
    } catch (error) {
      this.logger.error(`could not record event ${event.eventId}: ${(error as Error).message}`);
      throw new ServiceUnavailableException('the article store is unavailable; nothing was stored, retry later');
    }
  }

  /** Produces a reserved event and settles its record; resolves only after Kafka acknowledged it. */
  async deliver(event: ArticleEvent, meta: PublishMeta): Promise<void> {
    const db = this.prisma.client;
    try {
      await this.eventLog.producer.send(encodeEvent(event, meta.requestId ? { [HEADERS.requestId]: meta.requestId } : {}));
    } catch (error) {
      const reason = (error as Error).message;
      const rejected = await db.ingestRecord
        .updateMany({ where: { eventId: event.eventId, state: 'pending' }, data: { state: 'rejected', reason } })
        .catch(() => ({ count: 1 }));
      if (rejected.count === 0) return;
      this.logger.warn(`event ${event.eventId} not acknowledged by Kafka: ${reason}`);
      throw new ServiceUnavailableException('the event log did not acknowledge the article; nothing was stored, retry later');
    }
    await db.ingestRecord
      .updateMany({ where: { eventId: event.eventId, state: 'pending' }, data: { state: 'accepted' } })
      .catch((error) => this.logger.warn(`event ${event.eventId} acknowledged but not marked accepted: ${(error as Error).message}`));
  }
}
