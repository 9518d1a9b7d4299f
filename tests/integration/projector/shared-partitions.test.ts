// Two projector instances in one consumer group share the partitions; one is stopped while events flow and the
// other takes its partitions over from the offsets in Postgres: every event applied once, none lost.
import type { INestApplication } from '@nestjs/common';
import { createPrismaClient, type PrismaClient } from '@newsroom/database';
import { ProjectorStats } from '../../../apps/projector/src/consumer/projector-stats';
import { createTopic, generateEvents, produceEvents, testKafka, waitCaughtUp } from '../../support/generated-events';
import { eventually, startProjectorApp } from '../../support/projector-app';
import { freePort, testRun, uniqueName } from '../../support/test-env';
import { projectorEnvironment } from '../../support/projector-env';
import { expectEachEventAppliedOnce } from '../../support/projection-assertions';

describe('projector: two instances share the partitions', () => {
  let prisma: PrismaClient;
  const apps: INestApplication[] = [];

  beforeAll(() => {
    prisma = createPrismaClient({ url: testRun().databaseUrl, poolSize: 2 });
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close().catch(() => undefined)));
    await prisma.$disconnect();
  });

  it('lets the remaining instance take over a stopped one with no event lost and none applied twice', async () => {
    const { config } = await projectorEnvironment({ ARTICLES_TOPIC_PARTITIONS: '4' });
    const kafka = testKafka(config.KAFKA_BROKERS);
    const topic = config.ARTICLES_TOPIC;
    await createTopic(kafka, topic, 4);
    const events = generateEvents(400, 11, uniqueName('shared'));

    const first = await startProjectorApp(config);
    const second = await startProjectorApp({ ...config, PROJECTOR_HEALTH_PORT: await freePort() });
    apps.push(first, second);
    const [firstStats, secondStats] = [first.get(ProjectorStats), second.get(ProjectorStats)];
    const split = await eventually(async () => {
      const a = [...firstStats.assigned].sort();
      const b = [...secondStats.assigned].sort();
      return a.length === 2 && b.length === 2 ? { a, b } : undefined;
    }, 60_000, 'both instances assigned two partitions');
    expect([...split.a, ...split.b].sort()).toEqual([0, 1, 2, 3]);
    // Produced once the partitions are split: a projector alone applies 200 events in a second or two, before the
    // second instance would have joined.
    await produceEvents(kafka, topic, events.slice(0, 200));
    await eventually(async () => (firstStats.totals.eventsApplied > 0 && secondStats.totals.eventsApplied > 0 ? true : undefined), 60_000, 'both applying');

    // Stop the first while it still has work, and keep producing.
    const producing = produceEvents(kafka, topic, events.slice(200), 20);
    await first.close();
    await producing;
    expect(firstStats.totals.eventsApplied).toBeLessThan(events.length);

    await waitCaughtUp(kafka, testRun().databaseUrl, topic, 150_000);
    expect([...secondStats.assigned].sort()).toEqual([0, 1, 2, 3]);
    await expectEachEventAppliedOnce(prisma, topic, events);
  }, 240_000);
});
