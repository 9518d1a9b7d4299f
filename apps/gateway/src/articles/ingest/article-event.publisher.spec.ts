import { ServiceUnavailableException } from '@nestjs/common';
import { createEvent } from '@newsroom/events';
import { GatewayMetrics } from '../../metrics/gateway-metrics';
import { ArticleEventPublisher } from './article-event.publisher';

describe('ArticleEventPublisher: 202 only for an event recorded as accepted', () => {
  const event = createEvent('ArticleSubmitted', 'a-1', { text: 'Envoy arrived in Doha.', format: 'text' }, 'test');
  /** Kafka acknowledges every send; marking the ingest records accepted answers with `markAccepted`. */
  const publisher = (markAccepted: (eventIds: string[]) => Promise<boolean[]>) =>
    new ArticleEventPublisher({ markAccepted, markRejected: async () => true } as never, { producer: { send: async () => undefined } } as never, new GatewayMetrics());

  it('resolves once the acknowledged event is marked accepted', async () => {
    await expect(publisher(async (ids) => ids.map(() => false)).deliver(event)).resolves.toBeUndefined();
  });

  it('answers 503 when the record was voided before the acknowledgement, for the projector skips its event', async () => {
    await expect(publisher(async (ids) => ids.map(() => true)).deliver(event)).rejects.toThrow('the event log acknowledged the article too late; nothing was stored, retry later');
  });

  it('answers 503 when the acknowledged event cannot be marked accepted, instead of a 202 whose record stays pending', async () => {
    const failing = publisher(async () => {
      throw new Error('connection terminated');
    });
    await expect(failing.deliver(event)).rejects.toBeInstanceOf(ServiceUnavailableException);
    await expect(failing.deliver(event)).rejects.toThrow('the article reached the event log but its acceptance could not be recorded; retry later');
  });
});
