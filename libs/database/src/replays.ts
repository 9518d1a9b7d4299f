// The `replays` record, shared by the `newsroom replay` command and POST /api/admin/replays, and the run of one
// replay: prepare its generation, let a build (a projector in the generation's own consumer group) apply the log
// from offset 0, record progress with a heartbeat, then verify checksums and switch in one transaction.
//
// Who runs a replay: the command runs its own (spawning a projector process); a replay requested over the API is
// claimed by a live projector (FOR UPDATE SKIP LOCKED), which builds it in-process. A runner holds its replay by a
// lease: every progress update is also a heartbeat, and a replay whose heartbeat is older than REPLAY_LEASE_SECONDS
// (its runner crashed or was killed) is claimed again by the next runner, which resumes the generation from its own
// checkpoints.
import type { Pool, PoolClient } from 'pg';
import { addSample, replayProgress, type ProgressSample, type ReplayProgress, type ReplayState } from '@newsroom/read-models';
import { createGenerationSchema, generationSchema, liveSchema, readModelChecksums, type TableChecksum } from './generations';

/** Why a replay cannot start from an offset or a date (the command and the API refuse both; README, Replays). */
export const PARTIAL_REPLAY_REFUSED =
  'a replay builds a new generation from empty tables, so it reads the log from offset 0: from an offset or a date it would miss every earlier ' +
  'report of the visits, statements and timelines it merges. To see what an extractor change does, replay everything with --no-switch --diff';

/** Seconds without a heartbeat after which a running replay is taken to be orphaned and may be claimed again. */
export const REPLAY_LEASE_SECONDS = 15;

/** A query runner: pg (`pgSql`) or Prisma (`$queryRawUnsafe`), so the command, projector and gateway share the SQL. */
export type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
export const pgSql =
  (db: Pick<Pool | PoolClient, 'query'>): Sql =>
  async <T>(text: string, params: unknown[] = []) =>
    (await db.query(text, params)).rows as T[];

export interface ReplayRecord {
  id: number;
  state: ReplayState;
  topic: string;
  generation: string | null;
  extractorVersion: string | null;
  switchWhenDone: boolean;
  requestedBy: string;
  runner: string | null;
  eventsDone: number;
  eventsTotal: number;
  rate: number | null;
  etaSeconds: number | null;
  cancelRequested: boolean;
  error: string | null;
  checksums: Record<string, TableChecksum & { live: boolean }> | null;
  createdAt: Date;
  startedAt: Date | null;
  heartbeatAt: Date | null;
  updatedAt: Date;
  finishedAt: Date | null;
}

const asDate = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));

export function toReplayRecord(row: Record<string, unknown>): ReplayRecord {
  return {
    id: Number(row.id),
    state: row.state as ReplayState,
    topic: String(row.topic),
    generation: (row.generation as string | null) ?? null,
    extractorVersion: (row.extractor_version as string | null) ?? null,
    switchWhenDone: Boolean(row.switch_when_done),
    requestedBy: String(row.requested_by),
    runner: (row.runner as string | null) ?? null,
    eventsDone: Number(row.events_done),
    eventsTotal: Number(row.events_total),
    rate: row.rate === null || row.rate === undefined ? null : Number(row.rate),
    etaSeconds: row.eta_seconds === null || row.eta_seconds === undefined ? null : Number(row.eta_seconds),
    cancelRequested: Boolean(row.cancel_requested),
    error: (row.error as string | null) ?? null,
    checksums: (row.checksums as ReplayRecord['checksums']) ?? null,
    createdAt: asDate(row.created_at)!,
    startedAt: asDate(row.started_at),
    heartbeatAt: asDate(row.heartbeat_at),
    updatedAt: asDate(row.updated_at)!,
    finishedAt: asDate(row.finished_at),
  };
}

/** Another replay is requested or running: at most one at a time. */
export class ReplayConflictError extends Error {
  constructor(readonly active: ReplayRecord) {
    super(`replay ${active.id} is already ${active.state}${active.runner ? ` (run by ${active.runner})` : ''}: wait for it or cancel it`);
  }
}

const ACTIVE = `state IN ('requested', 'running')`;

export async function activeReplay(sql: Sql): Promise<ReplayRecord | undefined> {
  const [row] = await sql(`SELECT * FROM public.replays WHERE ${ACTIVE} ORDER BY id DESC LIMIT 1`);
  return row ? toReplayRecord(row) : undefined;
}

export async function findReplay(sql: Sql, id: number): Promise<ReplayRecord | undefined> {
  const [row] = await sql(`SELECT * FROM public.replays WHERE id = $1`, [id]);
  return row ? toReplayRecord(row) : undefined;
}

/** Newest first; `before` pages on. */
export async function listReplays(sql: Sql, limit: number, before?: number): Promise<ReplayRecord[]> {
  const rows = await sql(`SELECT * FROM public.replays WHERE ($1::int IS NULL OR id < $1::int) ORDER BY id DESC LIMIT $2`, [before ?? null, limit]);
  return rows.map(toReplayRecord);
}

/** Replays changed since `since` (the SSE stream's feed). */
export async function replaysChangedSince(sql: Sql, since: Date): Promise<ReplayRecord[]> {
  const rows = await sql(`SELECT * FROM public.replays WHERE updated_at > $1 ORDER BY updated_at, id`, [since]);
  return rows.map(toReplayRecord);
}

/**
 * A new replay: 'requested' for a projector to claim, or 'running' already held by `runner` (the command).
 * Throws ReplayConflictError when one is requested or running (the unique index replays_one_active settles races).
 */
export async function createReplay(
  sql: Sql,
  request: { topic: string; requestedBy: string; switchWhenDone: boolean; runner?: string },
): Promise<ReplayRecord> {
  let rows: Record<string, unknown>[] = [];
  try {
    rows = await sql(
      `INSERT INTO public.replays (state, topic, requested_by, switch_when_done, runner, started_at, heartbeat_at)
       SELECT $1, $2, $3, $4, $5::text, CASE WHEN $5::text IS NULL THEN NULL ELSE now() END, CASE WHEN $5::text IS NULL THEN NULL ELSE now() END
       WHERE NOT EXISTS (SELECT 1 FROM public.replays WHERE ${ACTIVE}) RETURNING *`,
      [request.runner ? 'running' : 'requested', request.topic, request.requestedBy, request.switchWhenDone, request.runner ?? null],
    );
  } catch (error) {
    const active = await activeReplay(sql);
    if (active) throw new ReplayConflictError(active);
    throw error;
  }
  if (rows.length) return toReplayRecord(rows[0]);
  const active = await activeReplay(sql);
  if (active) throw new ReplayConflictError(active);
  throw new Error('the replay could not be recorded');
}

/**
 * Claims the oldest requested replay of `topic`, or a running one whose runner stopped beating (or released it);
 * undefined when there is none.
 */
export async function claimReplay(sql: Sql, topic: string, runner: string, leaseSeconds = REPLAY_LEASE_SECONDS): Promise<ReplayRecord | undefined> {
  const [row] = await sql(
    `UPDATE public.replays r SET state = 'running', runner = $1, started_at = coalesce(r.started_at, now()), heartbeat_at = now(), updated_at = now()
     WHERE r.id = (
       SELECT id FROM public.replays
       WHERE topic = $3 AND (state = 'requested' OR (state = 'running' AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => $2)))) AND NOT cancel_requested
       ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
     RETURNING *`,
    [runner, leaseSeconds, topic],
  );
  return row ? toReplayRecord(row) : undefined;
}

/**
 * Asks a replay to stop. A requested one (or a running one whose runner is gone) is cancelled at once; a running
 * one is flagged, and its runner stops it at its next heartbeat. Undefined when there is no such replay.
 */
export async function requestReplayCancel(
  sql: Sql,
  id: number,
  leaseSeconds = REPLAY_LEASE_SECONDS,
): Promise<{ replay: ReplayRecord; accepted: boolean } | undefined> {
  const [row] = await sql(
    `UPDATE public.replays SET cancel_requested = true, updated_at = now(),
       state = CASE WHEN state = 'requested' OR heartbeat_at < now() - make_interval(secs => $2) THEN 'cancelled' ELSE state END,
       finished_at = CASE WHEN state = 'requested' OR heartbeat_at < now() - make_interval(secs => $2) THEN now() ELSE finished_at END,
       eta_seconds = NULL
     WHERE id = $1 AND ${ACTIVE} RETURNING *`,
    [id, leaseSeconds],
  );
  if (row) return { replay: toReplayRecord(row), accepted: true };
  const replay = await findReplay(sql, id);
  return replay && { replay, accepted: false };
}

// ---------------------------------------------------------------------------------------------------------------
// Running a replay

/** A build of a generation under way: a projector in the generation's own consumer group. */
export interface ReplayBuild {
  stop(): Promise<void>;
  /** Why the build stopped by itself (its process exited), if it did. */
  failure(): string | undefined;
}

export interface ReplayRunOptions {
  db: Pool;
  runner: string;
  /** the claimed replay */
  replay: ReplayRecord;
  topic: string;
  extractorVersion: string;
  /** Sum of the high watermarks of the topic's partitions: the events to apply. */
  headOffsets(): Promise<number>;
  startBuild(schema: string): Promise<ReplayBuild>;
  /**
   * Once the build has caught up and stopped: completes the generation (a build defers its merges; this recomputes
   * them). Idempotent: a replay resumed after a crash in it completes it again.
   */
  completeGeneration(schema: string): Promise<{ groups: number; seconds: number }>;
  /**
   * Ctrl-C of the command ('interrupt': the replay ends interrupted, resumable by the next `replay`) or shutdown of
   * the projector ('release': it stays running without a runner, so the next projector claims and resumes it).
   */
  interrupted?(): false | 'interrupt' | 'release';
  onProgress?(progress: ReplayProgress, replay: ReplayRecord): void;
  log?(line: string): void;
  pollMs?: number;
}

/** Why a run ended without finishing: the record says it; callers decide how to tell it. */
export class ReplayStoppedError extends Error {
  constructor(
    message: string,
    readonly replay: ReplayRecord,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The generation a replay builds: the one being built with the same extractor version (resumed from its
 * checkpoints), else a new one. A building generation of another extractor version is left as it is (its rows
 * come from another extractor; `generations drop` removes it).
 */
async function prepareGeneration(db: Pool, extractorVersion: string, log: (line: string) => void): Promise<string> {
  const { rows } = await db.query<{ schema: string }>(
    `SELECT "schema" FROM public.read_model_generations WHERE state = 'building' AND extractor_version IS NOT DISTINCT FROM $1 ORDER BY id DESC LIMIT 1`,
    [extractorVersion],
  );
  let schema: string;
  if (rows.length) {
    schema = rows[0].schema;
    log(`resuming the replay into ${schema} from its own checkpoints`);
  } else {
    const created = await db.query<{ id: number }>(
      `INSERT INTO public.read_model_generations ("schema", state, extractor_version) VALUES ('pending-' || gen_random_uuid(), 'building', $1) RETURNING id`,
      [extractorVersion],
    );
    schema = generationSchema(created.rows[0].id);
    await db.query('UPDATE public.read_model_generations SET "schema" = $1 WHERE id = $2', [schema, created.rows[0].id]);
    log(`replaying the log from the beginning into a new generation ${schema} (extractor ${extractorVersion})`);
  }
  await createGenerationSchema(db, schema);
  return schema;
}

/** Events applied by a generation: the sum of its checkpoints of the topic. */
export async function generationEventsDone(db: Pick<Pool, 'query'>, schema: string, topic: string): Promise<number> {
  const { rows } = await db.query<{ n: string }>(
    `SELECT coalesce(sum(next_offset), 0)::text AS n FROM "${schema}".projection_checkpoints WHERE projection = 'articles' AND topic = $1`,
    [topic],
  );
  return Number(rows[0].n);
}

/** One update: the given generation live, the live one retired. */
export async function switchGeneration(client: Pick<Pool | PoolClient, 'query'>, schema: string, checksums?: Record<string, TableChecksum>): Promise<void> {
  await client.query(`UPDATE public.read_model_generations SET state = 'retired' WHERE state = 'live'`);
  await client.query(
    `UPDATE public.read_model_generations SET state = 'live', switched_at = now(), checksums = coalesce($2::jsonb, checksums) WHERE "schema" = $1`,
    [schema, checksums ? JSON.stringify(checksums) : null],
  );
}

/** Runs `work` while renewing the runner's lease on the replay (its heartbeat), so no other runner claims it meanwhile. */
async function keepingLease<T>(db: Pool, replay: ReplayRecord, runner: string, work: () => Promise<T>): Promise<T> {
  const beat = setInterval(() => {
    db.query(`UPDATE public.replays SET heartbeat_at = now() WHERE id = $1 AND runner = $2 AND state = 'running'`, [replay.id, runner]).catch(() => undefined);
  }, (REPLAY_LEASE_SECONDS * 1000) / 5);
  try {
    return await work();
  } finally {
    clearInterval(beat);
  }
}

/** Ends the runner's replay in `state`; when it is no longer the runner's, returns it as it stands. */
async function finish(db: Pick<Pool | PoolClient, 'query'>, replay: ReplayRecord, runner: string, state: ReplayState, fields: { error?: string; checksums?: unknown } = {}) {
  const { rows } = await db.query(
    `UPDATE public.replays SET state = $3, finished_at = now(), updated_at = now(), heartbeat_at = now(), eta_seconds = CASE WHEN $3 IN ('caught_up', 'switched') THEN 0 ELSE NULL END,
       error = coalesce($4, error), checksums = coalesce($5::jsonb, checksums)
     WHERE id = $1 AND runner = $2 AND state = 'running' RETURNING *`,
    [replay.id, runner, state, fields.error ?? null, fields.checksums === undefined ? null : JSON.stringify(fields.checksums)],
  );
  return rows[0] ? toReplayRecord(rows[0]) : ((await findReplay(pgSql(db), replay.id)) ?? replay);
}

/**
 * Runs a claimed replay to its end: caught_up (kept beside the live generation), switched, cancelled (its partial
 * generation dropped), interrupted (resumable) or failed. Returns the final record; throws ReplayStoppedError for
 * an interruption, a cancel, a lost lease or a failure.
 */
export async function runReplay(options: ReplayRunOptions): Promise<ReplayRecord> {
  const { db, runner, topic, log = () => undefined, pollMs = 1_000 } = options;
  let replay = options.replay;
  let build: ReplayBuild | undefined;
  let schema: string | undefined;
  try {
    schema = replay.generation ?? (await prepareGeneration(db, options.extractorVersion, log));
    if (replay.generation) {
      // taken over from another runner: only a generation still building, with this runner's extractor
      const { rows } = await db.query<{ state: string; extractor_version: string | null }>(
        `SELECT state, extractor_version FROM public.read_model_generations WHERE "schema" = $1`,
        [schema],
      );
      if (rows[0]?.state !== 'building') throw new Error(`generation ${schema} is ${rows[0]?.state ?? 'gone'}, not building: start a new replay`);
      if (rows[0].extractor_version !== options.extractorVersion) {
        throw new Error(`generation ${schema} was started by extractor ${rows[0].extractor_version}, this runner has ${options.extractorVersion}: start a new replay`);
      }
      log(`resuming replay ${replay.id} into ${schema} from its own checkpoints`);
      await createGenerationSchema(db, schema);
    }
    const claimed = await db.query(`UPDATE public.replays SET generation = $3, extractor_version = $4, updated_at = now() WHERE id = $1 AND runner = $2 RETURNING *`, [
      replay.id,
      runner,
      schema,
      options.extractorVersion,
    ]);
    if (!claimed.rows.length) throw new ReplayStoppedError(`replay ${replay.id} is no longer run by ${runner}`, replay);
    replay = toReplayRecord(claimed.rows[0]);

    build = await options.startBuild(schema);
    let samples: ProgressSample[] = [];
    for (;;) {
      const [done, total] = [await generationEventsDone(db, schema, topic), await options.headOffsets()];
      samples = addSample(samples, { at: Date.now(), done });
      const progress = replayProgress(samples, total);
      const beat = await db.query(
        `UPDATE public.replays SET events_done = $3, events_total = $4, rate = $5, eta_seconds = $6, heartbeat_at = now(), updated_at = now()
         WHERE id = $1 AND runner = $2 AND state = 'running' RETURNING *`,
        [replay.id, runner, progress.done, progress.total, progress.rate, progress.etaSeconds],
      );
      if (!beat.rows.length) {
        const now = (await findReplay(pgSql(db), replay.id)) ?? replay;
        throw new ReplayStoppedError(`replay ${replay.id} is ${now.state} and no longer run by ${runner}`, now);
      }
      replay = toReplayRecord(beat.rows[0]);
      options.onProgress?.(progress, replay);
      if (replay.cancelRequested) {
        await build.stop();
        build = undefined;
        const dropped = await db.query(`DELETE FROM public.read_model_generations WHERE "schema" = $1 AND state = 'building' RETURNING id`, [schema]);
        if (dropped.rows.length) await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        replay = await finish(db, replay, runner, 'cancelled');
        throw new ReplayStoppedError(`replay ${replay.id} cancelled at ${done}/${total} events; its partial generation ${schema} was dropped`, replay);
      }
      if (done >= total) break;
      const interruption = options.interrupted?.();
      if (interruption === 'release') {
        await build.stop();
        build = undefined;
        await db.query(`UPDATE public.replays SET runner = NULL, heartbeat_at = NULL, updated_at = now() WHERE id = $1 AND runner = $2`, [replay.id, runner]);
        throw new ReplayStoppedError(`replay ${replay.id} released at ${done}/${total} events: the next projector resumes it`, replay);
      }
      if (interruption) {
        replay = await finish(db, replay, runner, 'interrupted');
        throw new ReplayStoppedError(`replay interrupted at ${done}/${total} events: run \`replay\` again to resume ${schema}, or \`generations drop ${schema}\``, replay);
      }
      const failure = build.failure();
      if (failure) throw new Error(`the replay's projector stopped (${failure}): run \`replay\` again to resume ${schema}`);
      await sleep(pollMs);
    }
    await build.stop();
    build = undefined;
    log(`caught up with the log: recomputing the merged read models of ${schema}`);
    const built = schema;
    const { groups, seconds } = await keepingLease(db, replay, runner, () => options.completeGeneration(built));
    log(`${groups} merge groups recomputed in ${seconds.toFixed(1)} s`);

    const live = await liveSchema(db);
    const [fresh, current] = await Promise.all([readModelChecksums(db, schema), readModelChecksums(db, live)]);
    const checksums = Object.fromEntries(Object.entries(fresh).map(([table, sum]) => [table, { ...sum, live: current[table]?.md5 === sum.md5 }]));
    const differing = Object.keys({ ...fresh, ...current }).filter((t) => fresh[t]?.md5 !== current[t]?.md5);
    for (const [table, sum] of Object.entries(fresh)) {
      log(`  ${table.padEnd(22)} ${String(sum.rows).padStart(8)} rows  md5 ${sum.md5}${differing.includes(table) ? `  (live ${live}: ${current[table]?.rows ?? 0} rows, ${current[table]?.md5 ?? '-'})` : '  = live'}`);
    }
    log(differing.length ? `${differing.length} table(s) differ from the live generation ${live}` : `identical to the live generation ${live}`);
    if (!replay.switchWhenDone) {
      replay = await finish(db, replay, runner, 'caught_up', { checksums });
      log(`${schema} has caught up and is kept beside ${live}; switch later with \`replay\` (it resumes and switches) or drop it`);
      return replay;
    }
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      const building = await client.query(`SELECT 1 FROM public.read_model_generations WHERE "schema" = $1 AND state = 'building' FOR UPDATE`, [schema]);
      if (!building.rows.length) throw new Error(`generation ${schema} is no longer building: not switched`);
      await switchGeneration(client, schema, fresh);
      replay = await finish(client, replay, runner, 'switched', { checksums });
      if (replay.state !== 'switched') throw new ReplayStoppedError(`replay ${replay.id} was ${replay.state} before the switch`, replay);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
    log(`switched: ${schema} is live (${live} retired, kept for \`generations rollback\` until \`generations drop ${live}\`)`);
    return replay;
  } catch (error) {
    await build?.stop().catch(() => undefined);
    if (error instanceof ReplayStoppedError) throw error;
    const failed = await finish(db, replay, runner, 'failed', { error: (error as Error).message }).catch(() => replay);
    throw new ReplayStoppedError((error as Error).message, failed);
  }
}
