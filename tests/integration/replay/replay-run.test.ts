// The run of a replay against the real Postgres, with a stand-in build (no Kafka): cancel, lease, release, failure.
import { claimReplay, createReplay, findReplay, pgSql, ReplayConflictError, ReplayStoppedError, runReplay, type ReplayBuild, type ReplayRecord } from '@newsroom/database';
import { Pool } from 'pg';
import { createScratchDatabase, type ScratchDatabase } from '../../support/scratch-database';

const TOPIC = 'replay-run-test';

describe('running a replay: cancel, lease, release and failure', () => {
  let database: ScratchDatabase;
  let db: Pool;

  beforeAll(async () => {
    database = await createScratchDatabase('replay_run');
    db = new Pool({ connectionString: database.url, max: 4 });
    db.on('error', () => undefined); // idle connections ended by the server are not this test's failure
  });

  afterAll(async () => {
    await db?.end();
    await database?.drop();
  });

  afterEach(async () => {
    await db.query(`UPDATE replays SET state = 'cancelled' WHERE state IN ('requested', 'running')`);
  });

  /** A build that applies nothing (the log has 100 events, the generation none): the run goes on until stopped. */
  const stuck = (log: string[], failure?: string) => async (schema: string): Promise<ReplayBuild> => {
    log.push(`start ${schema}`);
    return { stop: async () => void log.push(`stop ${schema}`), failure: () => failure };
  };
  /** Never reached: these builds do not catch up. */
  const completeGeneration = async () => ({ groups: 0, seconds: 0 });
  const run = (replay: ReplayRecord, runner: string, build: (schema: string) => Promise<ReplayBuild>, interrupted?: () => false | 'interrupt' | 'release') =>
    runReplay({ db, runner, replay, topic: TOPIC, extractorVersion: 'test-x', headOffsets: async () => 100, startBuild: build, completeGeneration, interrupted, pollMs: 50 });
  const generationExists = async (schema: string) =>
    (await db.query(`SELECT 1 FROM information_schema.schemata WHERE schema_name = $1`, [schema])).rows.length > 0;

  it('cancels a running replay at its next heartbeat and drops its partial generation', async () => {
    const log: string[] = [];
    const replay = await createReplay(pgSql(db), { topic: TOPIC, requestedBy: 'test', switchWhenDone: true, runner: 'runner-a' });
    const running = run(replay, 'runner-a', stuck(log));
    const schema = await waitFor(async () => (await findReplay(pgSql(db), replay.id))?.generation ?? undefined);
    expect(await generationExists(schema)).toBe(true);
    await db.query(`UPDATE replays SET cancel_requested = true WHERE id = $1`, [replay.id]);
    const stopped = await running.catch((e) => e);
    expect(stopped).toBeInstanceOf(ReplayStoppedError);
    expect(stopped.message).toMatch(/cancelled at 0\/100 events; its partial generation rm_gen_\d+ was dropped/);
    expect((await findReplay(pgSql(db), replay.id))!.state).toBe('cancelled');
    expect(await generationExists(schema)).toBe(false);
    expect(log).toEqual([`start ${schema}`, `stop ${schema}`]);
  });

  it('refuses a second replay while one runs', async () => {
    const first = await createReplay(pgSql(db), { topic: TOPIC, requestedBy: 'test', switchWhenDone: true });
    await expect(createReplay(pgSql(db), { topic: TOPIC, requestedBy: 'test', switchWhenDone: true })).rejects.toThrow(ReplayConflictError);
    await expect(createReplay(pgSql(db), { topic: TOPIC, requestedBy: 'test', switchWhenDone: true })).rejects.toThrow(`replay ${first.id} is already requested`);
  });

  it('lets only the projectors of the replay’s topic claim it, and one of them only', async () => {
    const requested = await createReplay(pgSql(db), { topic: TOPIC, requestedBy: 'test', switchWhenDone: true });
    expect(await claimReplay(pgSql(db), 'another-topic', 'runner-x')).toBeUndefined();
    const claims = await Promise.all(['runner-a', 'runner-b', 'runner-c'].map((r) => claimReplay(pgSql(db), TOPIC, r)));
    expect(claims.filter(Boolean).map((c) => c!.id)).toEqual([requested.id]);
  });

  it('hands the replay of a runner that stopped beating to the next one, which resumes the same generation', async () => {
    const replay = await createReplay(pgSql(db), { topic: TOPIC, requestedBy: 'test', switchWhenDone: true, runner: 'runner-a' });
    const log: string[] = [];
    // runner-a is released (a projector shutting down): the replay stays running, without a runner
    let release = false;
    const first = run(replay, 'runner-a', stuck(log), () => (release ? 'release' : false));
    const schema = await waitFor(async () => (await findReplay(pgSql(db), replay.id))?.generation ?? undefined);
    release = true;
    await expect(first).rejects.toThrow(/released at 0\/100 events: the next projector resumes it/);
    expect(await findReplay(pgSql(db), replay.id)).toMatchObject({ state: 'running', runner: null, heartbeatAt: null });

    const claimed = await claimReplay(pgSql(db), TOPIC, 'runner-b');
    expect(claimed).toMatchObject({ id: replay.id, runner: 'runner-b', generation: schema });
    // runner-b dies without a word: after the lease, runner-c takes over
    await db.query(`UPDATE replays SET heartbeat_at = now() - interval '1 hour' WHERE id = $1`, [replay.id]);
    const taken = await claimReplay(pgSql(db), TOPIC, 'runner-c');
    expect(taken).toMatchObject({ id: replay.id, runner: 'runner-c', generation: schema });
    // runner-b's late heartbeat finds the replay is no longer its own
    const late = await run(claimed!, 'runner-b', stuck([])).catch((e) => e);
    expect(late).toBeInstanceOf(ReplayStoppedError);
    expect(late.message).toMatch(/no longer run by runner-b/);
  });

  it('refuses to take over a generation started by another extractor version', async () => {
    const replay = await createReplay(pgSql(db), { topic: TOPIC, requestedBy: 'test', switchWhenDone: true, runner: 'runner-a' });
    let release = false;
    const first = run(replay, 'runner-a', stuck([]), () => (release ? 'release' : false));
    const schema = await waitFor(async () => (await findReplay(pgSql(db), replay.id))?.generation ?? undefined);
    release = true;
    await expect(first).rejects.toThrow(/released/);
    const claimed = (await claimReplay(pgSql(db), TOPIC, 'runner-newer'))!;
    const log: string[] = [];
    const refused = await runReplay({ db, runner: 'runner-newer', replay: claimed, topic: TOPIC, extractorVersion: 'test-y', headOffsets: async () => 100, startBuild: stuck(log), completeGeneration, pollMs: 50 }).catch((e) => e);
    expect(refused.message).toBe(`generation ${schema} was started by extractor test-x, this runner has test-y: start a new replay`);
    expect(await findReplay(pgSql(db), replay.id)).toMatchObject({ state: 'failed', error: refused.message });
    expect(log).toEqual([]);
  });

  it('records a build that stops by itself as failed, with the reason, and keeps the generation to resume', async () => {
    const replay = await createReplay(pgSql(db), { topic: TOPIC, requestedBy: 'test', switchWhenDone: true, runner: 'runner-a' });
    const failed = await run(replay, 'runner-a', stuck([], 'its process exited')).catch((e) => e);
    expect(failed).toBeInstanceOf(ReplayStoppedError);
    const record = (await findReplay(pgSql(db), replay.id))!;
    expect(record).toMatchObject({ state: 'failed', error: expect.stringMatching(/the replay's projector stopped \(its process exited\)/), finishedAt: expect.any(Date) });
    expect(await generationExists(record.generation!)).toBe(true);
  });
});

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
