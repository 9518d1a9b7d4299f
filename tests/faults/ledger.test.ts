// The ledger itself: it does see a lost event, an event twice on the topic and an error answer whose article was
// projected, so the zeros of the fault scenarios are not zeros by construction. A projector in-process (no fault).
import type { INestApplication } from '@nestjs/common';
import { createEvent } from '@newsroom/events';
import { randomUUID } from 'node:crypto';
import { createTopic, generateEvents, produceEvents, testKafka } from '../support/generated-events';
import { startProjectorApp } from '../support/projector-app';
import { projectorEnvironment } from '../support/projector-env';
import { testRun, uniqueName } from '../support/test-env';
import { Ledger } from './support/ledger';

describe('faults: the ledger counts what went wrong', () => {
  let projector: INestApplication | undefined;
  afterAll(async () => {
    await projector?.close();
  });

  it('reports a lost event, a duplicate on the topic and a ghost', async () => {
    const { config } = await projectorEnvironment();
    const topic = config.ARTICLES_TOPIC;
    const kafka = testKafka(config.KAFKA_BROKERS);
    await createTopic(kafka, topic);
    const events = generateEvents(20, 3, uniqueName('ledger')).filter((e) => e.type === 'ArticleSubmitted');
    const twice = events[0];
    const ghost = createEvent('ArticleSubmitted', uniqueName('ledger-ghost'), { text: 'Envoy Tom West arrived in Doha on Monday.', format: 'text' }, 'faults-test');
    await produceEvents(kafka, topic, [...events, twice, ghost]);

    const ledger = new Ledger('ledger self-check (expects lost 1, duplicated 1, ghosts 1)', { record: false });
    ledger.produced(events);
    ledger.produced([{ articleId: uniqueName('ledger-never-produced'), eventId: randomUUID() }]); // "accepted", never on the topic
    ledger.submit(ghost.articleId);
    ledger.refuse(ghost.articleId, 503); // answered with an error, yet on the topic and projected
    projector = await startProjectorApp(config);
    const result = await ledger.settle({ databaseUrl: testRun().databaseUrl, brokers: config.KAFKA_BROKERS, topic });
    expect([result.lost, result.duplicated, result.ghosts]).toEqual([1, 1, 1]);
    expect(result.projected).toBe(events.length);
    expect(result.duplicatedIds[0]).toContain(`event ${twice.eventId} 2 times on the topic`);
  });
});
