// Replay on the real broker and Postgres: a rebuild into a new generation equals the incremental read models
// (corrections and retractions included), resumes after its projector is killed, switches atomically, rolls back.
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@newsroom/config';
import { createGenerationSchema, liveSchema, readModelChecksums } from '@newsroom/database';
import { EXTRACTOR_VERSION } from '@newsroom/extraction';
import type { GenerationDiff } from '@newsroom/read-models';
import { Pool } from 'pg';
import { completeGeneration } from '../../../apps/projector/src/consumer/merge-backlog';
import { parseReplayCommand, runReplayCommand } from '../../../scripts/newsroom/replay.command';
import { startApp } from '../../../scripts/start/app-process';
import { createTopic, generateEvents, produceEvents, testKafka, waitCaughtUp } from '../../support/generated-events';
import { eventually, startProjectorApp } from '../../support/projector-app';
import { createScratchDatabase, type ScratchDatabase } from '../../support/scratch-database';
import { appEnvironment, freePort } from '../../support/test-env';

describe('replay: rebuilding the read models into a new generation', () => {
  let database: ScratchDatabase;
  let db: Pool;
  let env: Record<string, string>;
  let projector: INestApplication | undefined;
  const lines: string[] = [];
  const out = (line: string) => lines.push(line);

  beforeAll(async () => {
    database = await createScratchDatabase('replay');
    db = new Pool({ connectionString: database.url, max: 2 });
    db.on('error', () => undefined); // idle connections ended by the server are not this test's failure
    ({ env } = await appEnvironment({ DATABASE_URL: database.url }));
    const kafka = testKafka(env.KAFKA_BROKERS.split(','));
    await createTopic(kafka, env.ARTICLES_TOPIC, 3);
    // submissions, corrections and retractions, projected incrementally by the live projector
    await produceEvents(kafka, env.ARTICLES_TOPIC, generateEvents(60, 42, 'replay'));
    projector = await startProjectorApp(loadConfig(env));
    await waitCaughtUp(kafka, database.url, env.ARTICLES_TOPIC, 300_000);
  });

  afterAll(async () => {
    await projector?.close();
    await db?.end();
    await database?.drop();
  });

  it('resumes a replay whose projector was killed, and ends identical to the incremental read models', async () => {
    const config = loadConfig(env);
    // a first replay, cut off: its projector is killed once it has applied some of the log
    await db.query(`INSERT INTO read_model_generations ("schema", state, extractor_version) VALUES ('rm_gen_100', 'building', $1)`, [EXTRACTOR_VERSION]);
    await createGenerationSchema(db, 'rm_gen_100');
    const cutOff = startApp('projector', { ...process.env, ...env, READ_MODEL_GENERATION: 'rm_gen_100', PROJECTOR_HEALTH_PORT: String(await freePort()) }, () => undefined);
    const progressed = await eventually(async () => {
      const { rows } = await db.query<{ n: string }>(`SELECT coalesce(sum(next_offset), 0)::text AS n FROM rm_gen_100.projection_checkpoints WHERE projection = 'articles'`);
      return Number(rows[0].n) > 0 ? Number(rows[0].n) : undefined;
    }, 120_000, 'the first replay to apply a batch');
    await cutOff.kill();
    expect(progressed).toBeGreaterThan(0);
    // a build defers its merges: the articles' facts are there, their merge groups in the backlog, no merged visit yet
    const counted = async () =>
      (
        await db.query<{ facts: number; backlog: number; merged: number }>(
          `SELECT (SELECT count(*) FROM rm_gen_100.article_visits)::int AS facts, (SELECT count(*) FROM rm_gen_100.merge_backlog)::int AS backlog,
                  (SELECT count(*) FROM rm_gen_100.visits)::int AS merged`,
        )
      ).rows[0];
    const cut = await counted();
    expect(cut.merged).toBe(0);
    expect(cut.facts).toBeGreaterThan(0);
    expect(cut.backlog).toBeGreaterThan(0);
    // draining it (as a completion cut off by a crash would have, in part) merges what the build has applied so far
    await completeGeneration(database.url, 'rm_gen_100');
    expect(await counted()).toMatchObject({ facts: cut.facts, backlog: 0 });
    expect((await counted()).merged).toBeGreaterThan(0);

    await runReplayCommand({ action: 'replay', switch: true, diff: false, json: false }, config, out);
    expect(lines.join('\n')).toMatch(/resuming the replay into rm_gen_100 from its own checkpoints/);
    expect(lines.join('\n')).toMatch(/identical to the live generation public/);
    expect(await liveSchema(db)).toBe('rm_gen_100');
    expect(await readModelChecksums(db, 'rm_gen_100')).toEqual(await readModelChecksums(db, 'public'));
    const { rows } = await db.query(`SELECT state FROM read_model_generations WHERE "schema" = 'public'`);
    expect(rows[0].state).toBe('retired');
  }, 300_000);

  it('serves the new generation to a live client after the switch, and rolls back to the old one', async () => {
    const config = loadConfig(env);
    // the live projector follows the switch: new events land in the new generation
    const kafka = testKafka(env.KAFKA_BROKERS.split(','));
    await produceEvents(kafka, env.ARTICLES_TOPIC, generateEvents(3, 7, 'after-switch'));
    await eventually(async () => {
      const { rows } = await db.query(`SELECT 1 FROM rm_gen_100.articles WHERE id LIKE 'after-switch-%'`);
      return rows.length ? true : undefined;
    }, 120_000, 'events after the switch projected into the new generation');

    await runReplayCommand({ action: 'rollback' }, config, out);
    expect(await liveSchema(db)).toBe('public');
    await runReplayCommand({ action: 'drop', schema: 'rm_gen_100' }, config, out);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name = 'rm_gen_100'`);
    expect(rows[0].n).toBe(0);
  }, 300_000);

  it('reports, after a rebuild with --no-switch --diff, what the new extractor changed from the live generation', async () => {
    const config = loadConfig(env);
    expect(await liveSchema(db)).toBe('public');
    // the live rows as an older extractor would have left them: a visit it did not find, a quote it found wrongly
    const { rows: visits } = await db.query(`SELECT id, envoy FROM public.visits ORDER BY id LIMIT 1`);
    await db.query(`DELETE FROM public.visits WHERE id = $1`, [visits[0].id]);
    await db.query(
      `INSERT INTO public.statements (id, bucket, speaker, text, type, date, tracks, source_count, corroboration)
       VALUES ('stmt_older_extractor', 'b', 'Older Speaker', 'Words the older extractor misread.', 'direct', '2020-01-02', ARRAY['old-track'], 0, 1)`,
    );
    const start = lines.length;
    await runReplayCommand(parseReplayCommand('replay', ['--no-switch', '--diff', '--json']), config, out);
    const printed = lines.slice(start);
    expect(printed.join('\n')).toMatch(/replay \d+: caught_up/);
    const diff: GenerationDiff = JSON.parse(printed.find((l) => l.startsWith('{'))!);
    expect(diff.from).toBe('public');
    expect(diff.envoys.find((e) => e.envoy === visits[0].envoy)!.visits.added.map((i) => i.id)).toContain(visits[0].id);
    expect(diff.envoys.find((e) => e.envoy === 'Older Speaker')!.statements.removed).toEqual([
      { id: 'stmt_older_extractor', label: 'Older Speaker, direct 2020-01-02: "Words the older extractor misread."' },
    ]);
    expect(diff.tracks.find((t) => t.track === 'old-track')!.statements.removed).toHaveLength(1);
    // kept beside the live one, not switched to
    expect(await liveSchema(db)).toBe('public');
    expect((await db.query(`SELECT state FROM read_model_generations WHERE "schema" = $1`, [diff.to])).rows[0].state).toBe('building');
    await runReplayCommand({ action: 'drop', schema: diff.to }, config, out);
  }, 300_000);

  it('refuses to drop the live generation', async () => {
    await expect(runReplayCommand({ action: 'drop', schema: 'rm_gen_999' }, loadConfig(env), out)).rejects.toThrow(/no generation rm_gen_999/);
  });
});
