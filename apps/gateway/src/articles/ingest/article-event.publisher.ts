import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { encodeEvent, HEADERS, type ArticleEvent } from '@newsroom/events';
import { EventLog } from '../../event-log/event-log.module';
import { GatewayMetrics } from '../../metrics/gateway-metrics';
import { eventJson } from './event-json';
import { IngestRecordsRepository } from './ingest-records.repository';
import { MicroBatcher } from './micro-batcher';

/**
 * Puts one reserved event on the log and answers only once Kafka acknowledged it. Its ingest record
 * (written pending under the article lock) is settled after: accepted on ack; rejected on failure
 * unless the projector already marked it projected, in which case the write did land and counts as
 * accepted. A 503 therefore never leaves a fact behind: the projector ignores events whose record is rejected.
 */
@Injectable()
export class ArticleEventPublisher {
  private readonly logger = new Logger('ArticleEventPublisher');
  /**
   * Events acknowledged together (Kafka acknowledges a whole produce request at once), or while two UPDATEs run,
   * are marked by one UPDATE. Each resolves with whether its record had been voided (rejected) instead. Two at a
   * time, not one: with one, all requests in flight move through the stages in step and the event loop idles
   * during each round trip.
   */
  private readonly acceptances = new MicroBatcher<string, boolean>((eventIds) => this.records.markAccepted(eventIds), { maxBatch: 500, maxInFlight: 2 });

  constructor(
    private readonly records: IngestRecordsRepository,
    private readonly eventLog: EventLog,
    private readonly metrics: GatewayMetrics,
  ) {}

  async deliver(event: ArticleEvent, requestId?: string): Promise<void> {
    const produced = this.metrics.produceSeconds.startTimer();
    try {
      await this.eventLog.producer.send(encodeEvent(event, requestId ? { [HEADERS.requestId]: requestId } : {}, eventJson(event)));
      produced({ outcome: 'acknowledged' });
      this.metrics.eventsPublished.inc({ type: event.type });
    } catch (error) {
      produced({ outcome: 'failed' });
      const reason = (error as Error).message;
      // Settled meanwhile: projected by a projector that saw the event, so the write did land.
      const rejected = await this.records.markRejected(event.eventId, reason).catch(() => true);
      if (!rejected) return;
      this.logger.warn('event not acknowledged by Kafka', { eventId: event.eventId, articleId: event.articleId, requestId, reason });
      throw new ServiceUnavailableException('the event log did not acknowledge the article; nothing was stored, retry later');
    }
    // Not recorded as accepted (the database failed): no 202, for the record stays pending and a later request for
    // the article would take it for an orphan and void it, the projector then skipping an event answered 202. The
    // client retries: that request finds the event projected (202, duplicate) or voids it and writes its own.
    const voided = await this.acceptances.add(event.eventId).catch((error: Error) => {
      this.logger.warn('event acknowledged but not recorded as accepted', { eventId: event.eventId, articleId: event.articleId, requestId, reason: error.message });
      throw new ServiceUnavailableException('the article reached the event log but its acceptance could not be recorded; retry later');
    });
    // Voided meanwhile by a request for the same article that took it for an orphan (IngestService): the projector
    // skips this event, so it must not be answered 202.
    if (voided) {
      this.logger.warn('event acknowledged after its record was voided', { eventId: event.eventId, articleId: event.articleId, requestId });
      throw new ServiceUnavailableException('the event log acknowledged the article too late; nothing was stored, retry later');
    }
  }
}
