// A projector far behind the log notes the merge groups of its chunks in merge_backlog instead of recomputing them
// after every chunk, and drains the backlog once close to the end: its read models equal, table by table, those of
// a projector that merges every chunk, with fewer intermediate changes.
import { createPool } from '@newsroom/database';
import { Client } from 'pg';
import { DRAIN_CONNECTIONS, drainMergeBacklog } from '../../../apps/projector/src/consumer/merge-backlog';
import { ITINERARY_MERGES } from '../../../apps/projector/src/projections/itinerary/itinerary.projection';
import { PEACE_PROCESS_MERGES } from '../../../apps/projector/src/projections/peace-process/peace-process.projection';
import { STATEMENT_LOG_MERGES } from '../../../apps/projector/src/projections/statement-log/statement-log.projection';
import { createTopic, generateEvents, produceEvents, testKafka, waitCaughtUp } from '../../support/generated-events';
import { startProjectorApp } from '../../support/projector-app';
import { projectorEnvironment } from '../../support/projector-env';
import { readModelChecksum } from '../../support/read-model-checksum';
import { createScratchDatabase, type ScratchDatabase } from '../../support/scratch-database';
import { uniqueName } from '../../support/test-env';

const EVENTS = 1000;

describe('projector: merges deferred while catching up', () => {
  let env: Awaited<ReturnType<typeof projectorEnvironment>>;
  let everyChunk: ScratchDatabase;
  let catchingUp: ScratchDatabase;
  const kafka = () => testKafka(env.config.KAFKA_BROKERS);

  /** Projects the whole topic into `database` with the given catch-up lag, in a consumer group of its own. */
  const project = async (database: ScratchDatabase, lag: number) => {
    const projector = await startProjectorApp({ ...env.config, DATABASE_URL: database.url, PROJECTOR_CATCH_UP_LAG: lag, PROJECTOR_GROUP_ID: uniqueName('catch-up') });
    try {
      await waitCaughtUp(kafka(), database.url, env.config.ARTICLES_TOPIC, 300_000);
    } finally {
      await projector.close();
    }
  };
  const counts = async (database: ScratchDatabase) => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ backlog: number; changes: number }>(
        'SELECT (SELECT count(*) FROM merge_backlog)::int AS backlog, (SELECT count(*) FROM change_log)::int AS changes',
      );
      return rows[0];
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    env = await projectorEnvironment({ ARTICLES_TOPIC_PARTITIONS: '3' });
    [everyChunk, catchingUp] = await Promise.all([createScratchDatabase('merge_each'), createScratchDatabase('merge_late')]);
    await createTopic(kafka(), env.config.ARTICLES_TOPIC);
    // the whole log is there before either projector starts: each begins 300-odd events behind on every partition
    await produceEvents(kafka(), env.config.ARTICLES_TOPIC, generateEvents(EVENTS, 1130, uniqueName('late')));
    await project(everyChunk, 1_000_000); // never that far behind: merges every chunk
    await project(catchingUp, 0); // defers every chunk but the last of each partition
  }, 660_000);
  afterAll(async () => {
    await Promise.all([everyChunk?.drop(), catchingUp?.drop()]);
  });

  it('ends with the read models of a projector that merges every chunk, its backlog drained', async () => {
    const [expected, actual] = await Promise.all([readModelChecksum(everyChunk.url), readModelChecksum(catchingUp.url)]);
    expect(expected.visits.rows).toBeGreaterThan(0);
    expect(expected.statements.rows).toBeGreaterThan(0);
    expect(expected.track_claims.rows).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
    expect((await counts(catchingUp)).backlog).toBe(0);
  });

  it('recomputes each merge group once instead of after every chunk: fewer changes on the way', async () => {
    const [each, late] = await Promise.all([counts(everyChunk), counts(catchingUp)]);
    expect(late.changes).toBeGreaterThan(0);
    expect(late.changes).toBeLessThan(each.changes);
  });

  it('rebuilds the merged read models exactly from a backlog drained in many small slices on several connections at once', async () => {
    // Every merge group noted again and the merged tables emptied: the drain alone brings them back. Slices of seven
    // groups make many transactions of each model run side by side, sharing the envoys' and tracks' locks.
    const client = new Client({ connectionString: catchingUp.url });
    await client.connect();
    try {
      await client.query('TRUNCATE visits, statements, track_claims, envoys, tracks');
      for (const [model, table, column] of [
        [ITINERARY_MERGES.name, 'article_visits', 'bucket'],
        [STATEMENT_LOG_MERGES.name, 'article_statements', 'bucket'],
        [PEACE_PROCESS_MERGES.name, 'article_status_claims', 'claim_key'],
      ]) {
        await client.query(`INSERT INTO merge_backlog (model, key) SELECT $1, ${column} FROM ${table}`, [model]);
      }
    } finally {
      await client.end();
    }
    const pool = createPool({ url: catchingUp.url, poolSize: DRAIN_CONNECTIONS });
    try {
      const { groups } = await drainMergeBacklog(pool, { groupsPerTransaction: 7 });
      expect(groups).toBeGreaterThan(DRAIN_CONNECTIONS * 7 * 10);
    } finally {
      await pool.end();
    }
    const [expected, actual] = await Promise.all([readModelChecksum(everyChunk.url), readModelChecksum(catchingUp.url)]);
    expect(actual).toEqual(expected);
    expect((await counts(catchingUp)).backlog).toBe(0);
  });
});
