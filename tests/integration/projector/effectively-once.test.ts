// 1,000 generated events on the real broker: the read models are complete and correct, and a projector process
// killed with SIGKILL while it applies batches, then restarted, ends with the same read models, table by table,
// as an uninterrupted run.
import type { INestApplication } from '@nestjs/common';
import { createPrismaClient, type PrismaClient } from '@newsroom/database';
import type { ArticleEvent } from '@newsroom/events';
import { articleFacts, evolveArticle, type ArticleState } from '@newsroom/read-models';
import { startApp } from '../../../scripts/start/app-process';
import { checkpointsOf, createTopic, generateEvents, produceEvents, seededRandom, testKafka, waitCaughtUp } from '../../support/generated-events';
import { startProjectorApp } from '../../support/projector-app';
import { readModelChecksum } from '../../support/read-model-checksum';
import { createScratchDatabase, type ScratchDatabase } from '../../support/scratch-database';
import { freePort, uniqueName } from '../../support/test-env';
import { projectorEnvironment } from '../../support/projector-env';

const EVENTS = 1000;
const KILLS = 3;

/** What the read models must hold: every article's events folded in log order, then its facts extracted. */
function expectedArticles(events: ArticleEvent[]): Map<string, ArticleState> {
  const states = new Map<string, ArticleState>();
  for (const event of events) states.set(event.articleId, evolveArticle(states.get(event.articleId) ?? null, event));
  return states;
}

describe('projector: 1,000 generated events on the real broker and Postgres', () => {
  let env: Awaited<ReturnType<typeof projectorEnvironment>>;
  let events: ArticleEvent[];
  const kafka = () => testKafka(env.config.KAFKA_BROKERS);
  let uninterrupted: ScratchDatabase;

  beforeAll(async () => {
    env = await projectorEnvironment({ ARTICLES_TOPIC_PARTITIONS: '3' });
    uninterrupted = await createScratchDatabase('once');
    events = generateEvents(EVENTS, 20261129, uniqueName('once'));
    await createTopic(kafka(), env.config.ARTICLES_TOPIC);
    await produceEvents(kafka(), env.config.ARTICLES_TOPIC, events);
  });
  afterAll(async () => {
    await uninterrupted?.drop();
  });

  describe('one projector', () => {
    let projector: INestApplication;
    let db: PrismaClient;

    beforeAll(async () => {
      db = createPrismaClient({ url: uninterrupted.url, poolSize: 2 });
      projector = await startProjectorApp({ ...env.config, DATABASE_URL: uninterrupted.url });
      await waitCaughtUp(kafka(), uninterrupted.url, env.config.ARTICLES_TOPIC, 400_000);
    }, 420_000);
    afterAll(async () => {
      await projector?.close();
      await db?.$disconnect();
    });

    it('applies each of the 1,000 events exactly once and dead-letters none', async () => {
      expect(await db.appliedEvent.count()).toBe(EVENTS);
      expect(new Set((await db.appliedEvent.findMany({ select: { eventId: true } })).map((r) => r.eventId))).toEqual(new Set(events.map((e) => e.eventId)));
      expect(await db.deadLetter.count()).toBe(0);
    });

    it('holds every article as its events made it: content, state, event count, last event', async () => {
      const expected = expectedArticles(events);
      const rows = await db.article.findMany();
      expect(rows).toHaveLength(expected.size);
      for (const row of rows) {
        const state = expected.get(row.id)!;
        expect({ id: row.id, state: row.state, eventCount: row.eventCount, lastEventId: row.lastEventId, contentHash: row.contentHash, text: row.text, title: row.title }).toEqual({
          id: state.id,
          state: state.retracted ? 'retracted' : 'projected',
          eventCount: state.eventCount,
          lastEventId: state.lastEventId,
          contentHash: state.contentHash,
          text: state.text,
          title: state.title,
        });
      }
    });

    it('holds exactly the facts extracted from each article as last corrected, and none of retracted articles', async () => {
      const expected = expectedArticles(events);
      const [visits, statements, claims] = await Promise.all([
        db.articleVisit.findMany({ orderBy: [{ articleId: 'asc' }, { ordinal: 'asc' }] }),
        db.articleStatement.findMany({ orderBy: [{ articleId: 'asc' }, { ordinal: 'asc' }] }),
        db.articleStatusClaim.findMany({ orderBy: [{ articleId: 'asc' }, { ordinal: 'asc' }] }),
      ]);
      const group = <T extends { articleId: string }>(rows: T[]) => {
        const by = new Map<string, T[]>();
        for (const r of rows) by.set(r.articleId, [...(by.get(r.articleId) ?? []), r]);
        return by;
      };
      const [visitsBy, statementsBy, claimsBy] = [group(visits), group(statements), group(claims)];
      let facts = 0;
      for (const [id, state] of expected) {
        const f = articleFacts(state);
        facts += f.visits.length + f.statements.length + f.status.length;
        expect((visitsBy.get(id) ?? []).map((v) => [v.envoy, v.city, v.country, v.date, v.mode, v.evidence])).toEqual(
          f.visits.map((v) => [v.envoy, v.city, v.country, v.date, v.mode, v.evidence]),
        );
        expect((statementsBy.get(id) ?? []).map((s) => [s.speaker, s.text, s.type])).toEqual(f.statements.map((s) => [s.speaker, s.text, s.type]));
        expect((claimsBy.get(id) ?? []).map((c) => [c.track, c.state, c.date])).toEqual(f.status.map((c) => [c.track, c.state, c.date]));
        if (state.retracted) expect(visitsBy.has(id) || statementsBy.has(id) || claimsBy.has(id)).toBe(false);
      }
      // The generated articles do give facts of every kind: the comparison above is not between empty lists.
      expect(visits.length && statements.length && claims.length).toBeGreaterThan(0);
      expect(visits.length + statements.length + claims.length).toBe(facts);
    });
  });
});

describe('projector: killed with SIGKILL while it applies batches', () => {
  const EVENTS_KILLED = 1_000;
  let env: Awaited<ReturnType<typeof projectorEnvironment>>;
  let uninterrupted: ScratchDatabase;
  let interrupted: ScratchDatabase;
  const kafka = () => testKafka(env.config.KAFKA_BROKERS);

  beforeAll(async () => {
    env = await projectorEnvironment({ ARTICLES_TOPIC_PARTITIONS: '3' });
    [uninterrupted, interrupted] = await Promise.all([createScratchDatabase('kill_a'), createScratchDatabase('kill_b')]);
    await createTopic(kafka(), env.config.ARTICLES_TOPIC);
    await produceEvents(kafka(), env.config.ARTICLES_TOPIC, generateEvents(EVENTS_KILLED, 7, uniqueName('kill')));
    const projector = await startProjectorApp({ ...env.config, DATABASE_URL: uninterrupted.url });
    try {
      await waitCaughtUp(kafka(), uninterrupted.url, env.config.ARTICLES_TOPIC, 120_000);
    } finally {
      await projector.close();
    }
  }, 150_000);
  afterAll(async () => {
    await Promise.all([uninterrupted?.drop(), interrupted?.drop()]);
  });

  it(`ends with the uninterrupted run's read models, table by table, after ${KILLS} kills at random points`, async () => {
    const random = seededRandom(Date.now() % 100_000);
    const topic = env.config.ARTICLES_TOPIC;
    // Each start joins a new consumer group: Kafka has no committed offsets for it, so the process can only
    // resume from the offsets in Postgres (and no start waits for the killed member's session to expire).
    const start = async () => {
      const port = String(await freePort());
      const app = startApp(
        'projector',
        { ...process.env, ...env.env, DATABASE_URL: interrupted.url, PROJECTOR_GROUP_ID: uniqueName('killed'), PROJECTOR_HEALTH_PORT: port, LOG_LEVEL: 'error' },
        () => undefined,
      );
      await app.waitHealthy(`http://127.0.0.1:${port}/health`);
      return app;
    };
    const applied = async () => [...(await checkpointsOf(interrupted.url, topic)).values()].reduce((a, b) => a + b, 0n);
    const killedAt: bigint[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      const app = await start();
      const before = await applied();
      // Once this process has committed a batch, kill it a random moment later, while it applies the next ones
      // (within a few transactions of up to 100 events each: a projector applies the whole log in seconds).
      for (let i = 0; i < 1500 && (await applied()) === before; i++) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, Math.floor(random() * 150)));
      await app.kill();
      killedAt.push(await applied());
    }
    expect(killedAt[0]).toBeGreaterThan(0n);
    expect(killedAt[KILLS - 1]).toBeLessThan(BigInt(EVENTS_KILLED)); // every kill came before the end

    const app = await start();
    try {
      await waitCaughtUp(kafka(), interrupted.url, topic, 120_000);
    } finally {
      await app.stop();
    }
    const [expected, actual] = await Promise.all([readModelChecksum(uninterrupted.url), readModelChecksum(interrupted.url)]);
    expect(expected.articles.rows).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
    const db = createPrismaClient({ url: interrupted.url, poolSize: 1 });
    try {
      expect(await db.appliedEvent.count()).toBe(EVENTS_KILLED);
    } finally {
      await db.$disconnect();
    }
  }, 240_000);
});
