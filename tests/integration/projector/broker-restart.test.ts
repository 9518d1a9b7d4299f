// The broker (a private one: the shared broker is never touched) is restarted while events flow; the projector
// recovers by itself and ends with every event applied once.
import type { INestApplication } from '@nestjs/common';
import { createPrismaClient, type PrismaClient } from '@newsroom/database';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startKafka, type KafkaHandle } from '../../../scripts/infra/kafka';
import { checkpointsOf, createTopic, generateEvents, produceEvents, testKafka, waitCaughtUp } from '../../support/generated-events';
import { expectEachEventAppliedOnce } from '../../support/projection-assertions';
import { eventually, startProjectorApp } from '../../support/projector-app';
import { freePort, testRun, uniqueName } from '../../support/test-env';
import { projectorEnvironment } from '../../support/projector-env';

describe('projector: the broker restarts while events flow', () => {
  let broker: KafkaHandle;
  let runDir: string;
  let projector: INestApplication | undefined;
  let prisma: PrismaClient;

  beforeAll(async () => {
    runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-broker-restart-'));
    broker = await startKafka({ port: await freePort(), controllerPort: await freePort(), runDir, reuse: false, log: () => undefined });
    prisma = createPrismaClient({ url: testRun().databaseUrl, poolSize: 2 });
  }, 150_000);
  afterAll(async () => {
    await projector?.close().catch(() => undefined);
    await broker?.stop().catch(() => undefined);
    await prisma?.$disconnect();
    fs.rmSync(runDir, { recursive: true, force: true });
  });

  it('resumes projecting after the restart without manual action, with no event lost or applied twice', async () => {
    const { config } = await projectorEnvironment({ KAFKA_BROKERS: broker.brokers.join(',') });
    const topic = config.ARTICLES_TOPIC;
    const kafka = testKafka(broker.brokers);
    await createTopic(kafka, topic);
    const events = generateEvents(240, 5, uniqueName('restart'));
    await produceEvents(kafka, topic, events.slice(0, 120));
    projector = await startProjectorApp(config);
    await eventually(async () => ((await checkpointsOf(testRun().databaseUrl, topic)).size > 0 ? true : undefined), 60_000, 'a first batch');

    // the restarted broker is a new process: afterAll must stop that one (the old handle's process has exited)
    broker = await broker.restart();
    await produceEvents(kafka, topic, events.slice(120));

    await waitCaughtUp(kafka, testRun().databaseUrl, topic, 150_000);
    await expectEachEventAppliedOnce(prisma, topic, events);
  }, 300_000);
});
