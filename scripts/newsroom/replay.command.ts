// `newsroom replay` and `newsroom generations ...`: rebuild every read model from the event log into a new
// generation (a Postgres schema) beside the live one, with progress; switch to it atomically once it has caught up
// and been verified; roll back or drop old generations; diff two generations. An interrupted replay resumes from
// its own checkpoints. The run itself and its `replays` record are shared with the API (libs/database replays.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { Pool } from 'pg';
import type { AppConfig } from '@newsroom/config';
import {
  claimReplay,
  createReplay,
  GENERATION_SCHEMA,
  liveSchema,
  PARTIAL_REPLAY_REFUSED,
  pgSql,
  PUBLIC_SCHEMA,
  readGenerationFacts,
  ReplayConflictError,
  ReplayStoppedError,
  runReplay,
  switchGeneration,
  type ReplayRecord,
} from '@newsroom/database';
import { EXTRACTOR_VERSION } from '@newsroom/extraction';
import { createKafka, fetchTopicOffsets } from '@newsroom/kafka';
import { diffGenerations, formatGenerationDiff } from '@newsroom/read-models';
import { completeGeneration } from '../../apps/projector/src/consumer/merge-backlog';
import { freePort } from '../infra/process';
import { appEntry, startApp, type AppProcess } from '../start/app-process';
import { UsageError } from './usage-error';

export const REPLAY_USAGE =
  'replay [--projection all] [--no-switch] [--diff [--against SCHEMA] [--json]] | generations [list] | generations rollback | generations drop SCHEMA | generations diff FROM TO [--json]';

export type ReplayCommand =
  | { action: 'replay'; switch: boolean; diff: boolean; against?: string; json: boolean }
  | { action: 'list' }
  | { action: 'rollback' }
  | { action: 'drop'; schema: string }
  | { action: 'diff'; from: string; to: string; json: boolean };

const isGeneration = (schema: string) => schema === PUBLIC_SCHEMA || GENERATION_SCHEMA.test(schema);

function parse<T extends Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>>(argv: string[], options: T, positionals = false) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: positionals, options });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; usage: ${REPLAY_USAGE}`);
  }
}

/** Pure: argv after the command word -> what to do. */
export function parseReplayCommand(command: 'replay' | 'generations', argv: string[]): ReplayCommand {
  if (command === 'generations') {
    const [action = 'list', ...rest] = argv;
    if (action === 'list' && !rest.length) return { action };
    if (action === 'rollback' && !rest.length) return { action };
    if (action === 'drop' && rest.length === 1 && GENERATION_SCHEMA.test(rest[0])) return { action, schema: rest[0] };
    if (action === 'drop') throw new UsageError('generations drop takes one generation schema such as rm_gen_2 (see `generations list`)');
    if (action === 'diff') {
      const { values, positionals } = parse(rest, { json: { type: 'boolean', default: false } }, true);
      if (positionals.length !== 2 || !positionals.every(isGeneration)) {
        throw new UsageError('generations diff takes two generations, such as `generations diff public rm_gen_2` (see `generations list`)');
      }
      return { action, from: positionals[0], to: positionals[1], json: Boolean(values.json) };
    }
    throw new UsageError(`unknown generations action "${action}"; usage: ${REPLAY_USAGE}`);
  }
  const { values } = parse(argv, {
    projection: { type: 'string', default: 'all' },
    'no-switch': { type: 'boolean', default: false },
    'from-offset': { type: 'string' },
    'from-date': { type: 'string' },
    diff: { type: 'boolean', default: false },
    against: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (values.projection !== 'all') {
    throw new UsageError(`--projection ${values.projection}: a generation holds every read model, so only --projection all is supported`);
  }
  if (values['from-offset'] !== undefined || values['from-date'] !== undefined) {
    throw new UsageError(`--${values['from-offset'] !== undefined ? 'from-offset' : 'from-date'}: ${PARTIAL_REPLAY_REFUSED}`);
  }
  if (values.against !== undefined && !isGeneration(values.against)) throw new UsageError(`--against ${values.against}: a generation such as public or rm_gen_2`);
  if ((values.against !== undefined || values.json) && !values.diff) throw new UsageError('--against and --json go with --diff');
  return { action: 'replay', switch: !values['no-switch'], diff: Boolean(values.diff), ...(values.against ? { against: values.against } : {}), json: Boolean(values.json) };
}

interface GenerationRow {
  id: number;
  schema: string;
  state: 'building' | 'live' | 'retired';
  extractor_version: string | null;
  created_at: Date;
  switched_at: Date | null;
}

export async function runReplayCommand(command: ReplayCommand, config: AppConfig, out: (line: string) => void): Promise<void> {
  const db = new Pool({ connectionString: config.DATABASE_URL, max: 2 });
  db.on('error', () => undefined); // an idle connection dropped by the server: the next query says so
  try {
    switch (command.action) {
      case 'list': {
        const { rows } = await db.query<GenerationRow>('SELECT * FROM public.read_model_generations ORDER BY id');
        for (const g of rows) {
          out(`${g.schema.padEnd(12)} ${g.state.padEnd(9)} extractor ${g.extractor_version ?? '?'}  created ${g.created_at.toISOString()}${g.switched_at ? `  switched ${g.switched_at.toISOString()}` : ''}`);
        }
        return;
      }
      case 'rollback': {
        const client = await db.connect();
        try {
          await client.query('BEGIN');
          const { rows } = await client.query<GenerationRow>(`SELECT * FROM public.read_model_generations WHERE state = 'retired' ORDER BY switched_at DESC NULLS LAST, id DESC LIMIT 1 FOR UPDATE`);
          if (!rows.length) throw new UsageError('no retired generation to roll back to');
          await switchGeneration(client, rows[0].schema);
          await client.query('COMMIT');
          out(`live generation is now ${rows[0].schema} again; its projectors resume from its own checkpoints`);
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        } finally {
          client.release();
        }
        return;
      }
      case 'drop': {
        const { rows } = await db.query<GenerationRow>('SELECT * FROM public.read_model_generations WHERE "schema" = $1', [command.schema]);
        if (!rows.length) throw new UsageError(`no generation ${command.schema}`);
        if (rows[0].state === 'live') throw new UsageError(`${command.schema} is live: switch to another generation before dropping it`);
        await db.query(`DROP SCHEMA IF EXISTS "${command.schema}" CASCADE`);
        await db.query('DELETE FROM public.read_model_generations WHERE "schema" = $1', [command.schema]);
        out(`dropped ${command.schema}`);
        return;
      }
      case 'diff':
        return await printDiff(db, command.from, command.to, command.json, out);
      case 'replay':
        return await replay(db, config, command, out);
    }
  } finally {
    await db.end();
  }
}

/** What changed from one generation to another: visits, statements and status claims per envoy and track. */
async function printDiff(db: Pool, from: string, to: string, json: boolean, out: (line: string) => void): Promise<void> {
  for (const schema of [from, to]) {
    const { rows } = await db.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'visits'`, [schema]);
    if (!rows.length) throw new UsageError(`no generation ${schema} (see \`generations list\`)`);
  }
  const diff = diffGenerations(from, await readGenerationFacts(db, from), to, await readGenerationFacts(db, to));
  if (json) out(JSON.stringify(diff, null, 2));
  else formatGenerationDiff(diff).forEach((line) => out(line));
}

/**
 * Runs a replay from this command: a new one recorded in `replays` (or one requested over the API that no
 * projector has claimed, or one whose runner died), built by a projector process of its own, with a progress bar.
 */
async function replay(db: Pool, config: AppConfig, command: Extract<ReplayCommand, { action: 'replay' }>, out: (line: string) => void): Promise<void> {
  if (!fs.existsSync(appEntry('projector'))) throw new UsageError('the projector is not built: run `npm run build` first');
  const sql = pgSql(db);
  const runner = `cli ${os.hostname()}:${process.pid}`;
  let record: ReplayRecord | undefined;
  try {
    record = await createReplay(sql, { topic: config.ARTICLES_TOPIC, requestedBy: 'cli', switchWhenDone: command.switch, runner });
  } catch (error) {
    if (!(error instanceof ReplayConflictError)) throw error;
    record = await claimReplay(sql, config.ARTICLES_TOPIC, runner);
    if (!record) throw new UsageError(`${error.message} (\`GET /api/admin/replays/${error.active.id}\` shows its progress)`);
    out(`running replay ${record.id}, ${record.startedAt ? 'left without a runner' : `requested by ${record.requestedBy}`}`);
  }
  const before = command.against ?? (await liveSchema(db));

  const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-replay` });
  let projector: AppProcess | undefined;
  let interrupted = false;
  const stop = () => {
    interrupted = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const bar = new SingleBar({ format: '[replay] {bar} {percentage}% | {value}/{total} events | {rate} events/s | ETA {remaining}', etaBuffer: 20 });
  let barStarted = false;
  let final: ReplayRecord;
  try {
    final = await runReplay({
      db,
      runner,
      replay: record,
      topic: config.ARTICLES_TOPIC,
      extractorVersion: EXTRACTOR_VERSION,
      headOffsets: async () => Number((await fetchTopicOffsets(kafka, config.ARTICLES_TOPIC)).reduce((sum, p) => sum + BigInt(p.high), 0n)),
      startBuild: async (schema) => {
        const port = await freePort();
        const child = startApp(
          'projector',
          {
            ...process.env,
            // the projector of the replay reads the same log and database as this command was configured with
            DATABASE_URL: config.DATABASE_URL,
            KAFKA_BROKERS: config.KAFKA_BROKERS.join(','),
            ARTICLES_TOPIC: config.ARTICLES_TOPIC,
            DEAD_LETTER_TOPIC: config.DEAD_LETTER_TOPIC,
            PROJECTOR_GROUP_ID: config.PROJECTOR_GROUP_ID,
            READ_MODEL_GENERATION: schema,
            PROJECTOR_HEALTH_PORT: String(port),
            LOG_LEVEL: 'warn',
          },
          () => undefined,
        );
        projector = child;
        return { stop: async () => void (await child.stop()), failure: () => (child.exited() ? 'its process exited' : undefined) };
      },
      completeGeneration: (schema) => completeGeneration(config.DATABASE_URL, schema),
      interrupted: () => (interrupted ? 'interrupt' : false),
      onProgress: (progress) => {
        const payload = { rate: progress.rate ?? 0, remaining: formatEta(progress.etaSeconds) }; // not {eta}: cli-progress's own estimate would win
        if (!barStarted) {
          bar.start(progress.total, progress.done, payload);
          barStarted = true;
        }
        bar.setTotal(progress.total);
        bar.update(progress.done, payload);
      },
      log: (line) => {
        if (barStarted) bar.stop();
        barStarted = false;
        out(line);
      },
    });
  } catch (error) {
    if (error instanceof ReplayStoppedError && error.replay.state === 'interrupted') throw new UsageError(error.message);
    throw error;
  } finally {
    bar.stop();
    await projector?.stop();
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
  }
  out(`replay ${final.id}: ${final.state}`);
  if (command.diff && final.generation) await printDiff(db, before, final.generation, command.json, out);
}

const formatEta = (seconds: number | null) =>
  seconds === null ? '?' : seconds >= 3600 ? `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m` : seconds >= 60 ? `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s` : `${seconds}s`;
