// `newsroom replay` and `newsroom generations ...`: rebuild every read model from the event log into a new
// generation (a Postgres schema) beside the live one, with progress; switch to it atomically once it has caught up
// and been verified; roll back or drop old generations. An interrupted replay resumes from its own checkpoints.
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { Pool } from 'pg';
import type { AppConfig } from '@newsroom/config';
import { createGenerationSchema, generationSchema, GENERATION_SCHEMA, liveSchema, readModelChecksums, type TableChecksum } from '@newsroom/database';
import { EXTRACTOR_VERSION } from '@newsroom/extraction';
import { createKafka, fetchTopicOffsets } from '@newsroom/kafka';
import { freePort, sleep } from '../infra/process';
import { appEntry, startApp } from '../start/app-process';
import { UsageError } from './usage-error';

export const REPLAY_USAGE = 'replay [--projection all] [--no-switch] | generations [list] | generations rollback | generations drop SCHEMA';

export type ReplayCommand =
  | { action: 'replay'; switch: boolean }
  | { action: 'list' }
  | { action: 'rollback' }
  | { action: 'drop'; schema: string };

/** Pure: argv after the command word -> what to do. */
export function parseReplayCommand(command: 'replay' | 'generations', argv: string[]): ReplayCommand {
  if (command === 'generations') {
    const [action = 'list', ...rest] = argv;
    if (action === 'list' && !rest.length) return { action };
    if (action === 'rollback' && !rest.length) return { action };
    if (action === 'drop' && rest.length === 1 && GENERATION_SCHEMA.test(rest[0])) return { action, schema: rest[0] };
    if (action === 'drop') throw new UsageError('generations drop takes one generation schema such as rm_gen_2 (see `generations list`)');
    throw new UsageError(`unknown generations action "${action}"; usage: ${REPLAY_USAGE}`);
  }
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: { projection: { type: 'string', default: 'all' }, 'no-switch': { type: 'boolean', default: false } } }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; usage: ${REPLAY_USAGE}`);
  }
  if (values.projection !== 'all') {
    throw new UsageError(`--projection ${values.projection}: a generation holds every read model, so only --projection all is supported`);
  }
  return { action: 'replay', switch: !values['no-switch'] };
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
          await switchTo(client, rows[0].schema);
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
      case 'replay':
        return await replay(db, config, command.switch, out);
    }
  } finally {
    await db.end();
  }
}

/** One update: the given generation live, the live one retired. */
async function switchTo(client: Pick<Pool, 'query'>, schema: string, checksums?: Record<string, TableChecksum>): Promise<void> {
  await client.query(`UPDATE public.read_model_generations SET state = 'retired' WHERE state = 'live'`);
  await client.query(
    `UPDATE public.read_model_generations SET state = 'live', switched_at = now(), checksums = coalesce($2::jsonb, checksums) WHERE "schema" = $1`,
    [schema, checksums ? JSON.stringify(checksums) : null],
  );
}

async function replay(db: Pool, config: AppConfig, doSwitch: boolean, out: (line: string) => void): Promise<void> {
  if (!fs.existsSync(appEntry('projector'))) throw new UsageError('the projector is not built: run `npm run build` first');
  const building = await db.query<GenerationRow>(`SELECT * FROM public.read_model_generations WHERE state = 'building' ORDER BY id DESC LIMIT 1`);
  let schema: string;
  if (building.rows.length) {
    schema = building.rows[0].schema;
    out(`resuming the replay into ${schema} from its own checkpoints`);
  } else {
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO public.read_model_generations ("schema", state, extractor_version) VALUES ('pending-' || gen_random_uuid(), 'building', $1) RETURNING id`,
      [EXTRACTOR_VERSION],
    );
    schema = generationSchema(rows[0].id);
    await db.query('UPDATE public.read_model_generations SET "schema" = $1 WHERE id = $2', [schema, rows[0].id]);
    out(`replaying ${config.ARTICLES_TOPIC} from the beginning into a new generation ${schema} (extractor ${EXTRACTOR_VERSION})`);
  }
  await createGenerationSchema(db, schema);

  const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-replay` });
  const headOf = async () => (await fetchTopicOffsets(kafka, config.ARTICLES_TOPIC)).reduce((sum, p) => sum + BigInt(p.high), 0n);
  const doneOf = async () =>
    BigInt(
      (
        await db.query<{ n: string }>(
          `SELECT coalesce(sum(next_offset), 0)::text AS n FROM "${schema}".projection_checkpoints WHERE projection = 'articles' AND topic = $1`,
          [config.ARTICLES_TOPIC],
        )
      ).rows[0].n,
    );

  const port = await freePort();
  const projector = startApp(
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
  let interrupted = false;
  const stop = () => {
    interrupted = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const bar = new SingleBar({ format: '[replay] {bar} {percentage}% | {value}/{total} events | {rate} events/s | ETA {eta_formatted}', etaBuffer: 20 });
  try {
    const first = await doneOf();
    const started = Date.now();
    bar.start(Number(await headOf()), Number(first), { rate: 0 });
    for (;;) {
      const [done, head] = [await doneOf(), await headOf()];
      bar.setTotal(Number(head));
      bar.update(Number(done), { rate: Math.round(Number(done - first) / Math.max(0.001, (Date.now() - started) / 1000)) });
      if (done >= head) break;
      if (interrupted) throw new UsageError(`replay interrupted at ${done}/${head} events: run \`replay\` again to resume ${schema}, or \`generations drop ${schema}\``);
      if (projector.exited()) throw new Error(`the replay's projector exited: run \`replay\` again to resume ${schema}`);
      await sleep(500);
    }
    bar.stop();
  } finally {
    bar.stop();
    await projector.stop();
  }

  const live = await liveSchema(db);
  const [fresh, current] = [await readModelChecksums(db, schema), await readModelChecksums(db, live)];
  const differing = Object.keys({ ...fresh, ...current }).filter((t) => fresh[t]?.md5 !== current[t]?.md5);
  for (const [table, sum] of Object.entries(fresh)) {
    out(`  ${table.padEnd(22)} ${String(sum.rows).padStart(8)} rows  md5 ${sum.md5}${differing.includes(table) ? `  (live ${live}: ${current[table]?.rows ?? 0} rows, ${current[table]?.md5 ?? '-'})` : '  = live'}`);
  }
  out(differing.length ? `${differing.length} table(s) differ from the live generation ${live}` : `identical to the live generation ${live}`);
  if (!doSwitch) {
    out(`${schema} has caught up and is kept beside ${live}; switch later with \`replay\` (it resumes and switches) or drop it`);
    return;
  }
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT 1 FROM public.read_model_generations WHERE "schema" = $1 AND state = 'building' FOR UPDATE`, [schema]);
    await switchTo(client, schema, fresh);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  out(`switched: ${schema} is live (${live} retired, kept for \`generations rollback\` until \`generations drop ${live}\`)`);
}
