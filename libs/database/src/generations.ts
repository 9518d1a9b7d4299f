// Read-model generations: each a Postgres schema holding its own read-model tables, with views onto the tables
// that belong to the whole system (API keys, ingest records, migrations, the generations themselves).
import { Pool, type Client } from 'pg';

export const PUBLIC_SCHEMA = 'public';
/** Tables every generation shares: views in a generation's schema, so one client reaches both. */
export const SHARED_TABLES = ['_prisma_migrations', 'api_keys', 'ingest_records', 'read_model_generations', 'replays'] as const;
/** Tables a generation holds but that are its own bookkeeping, not read models (left out of checksums). */
export const BOOKKEEPING_TABLES = ['projection_checkpoints', 'applied_events', 'dead_letters', 'change_log', 'merge_backlog'] as const;

export const GENERATION_SCHEMA = /^rm_gen_\d{1,9}$/;
export const generationSchema = (id: number) => `rm_gen_${id}`;
/**
 * A projector pinned to a generation schema (READ_MODEL_GENERATION=rm_gen_<n>) is building it for a replay: it
 * defers the merges until the generation has caught up, and applies larger batches (it holds no merge-group lock).
 */
export const buildsGeneration = (readModelGeneration: string) => GENERATION_SCHEMA.test(readModelGeneration);

/** A Postgres identifier (schema, table) quoted for SQL text. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

type Queryable = Pick<Client | Pool, 'query'>;

/** The schema of the live generation ('public' until a replay has been switched to). */
export async function liveSchema(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ schema: string }>(`SELECT "schema" FROM public.read_model_generations WHERE state = 'live'`);
  return rows[0]?.schema ?? PUBLIC_SCHEMA;
}

/**
 * Creates `schema` with empty copies of the read-model tables of public (indexes and triggers included: the triggers
 * that fill the stored views, see the migration stored_view_items) and views of the shared ones.
 */
export async function createGenerationSchema(db: Queryable, schema: string): Promise<void> {
  if (!GENERATION_SCHEMA.test(schema)) throw new Error(`not a generation schema name: ${schema}`);
  const { rows } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  // LIKE ... INCLUDING ALL copies no trigger: each is created again on the copy, from its definition
  const triggers = await db.query<{ table: string; definition: string }>(
    `SELECT c.relname AS table, pg_get_triggerdef(t.oid) AS definition
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal ORDER BY c.relname, t.tgname`,
  );
  await db.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)}`);
  for (const { name } of rows) {
    const shared = (SHARED_TABLES as readonly string[]).includes(name);
    await db.query(
      shared
        ? `CREATE OR REPLACE VIEW ${ident(schema)}.${ident(name)} AS SELECT * FROM public.${ident(name)}`
        : `CREATE TABLE IF NOT EXISTS ${ident(schema)}.${ident(name)} (LIKE public.${ident(name)} INCLUDING ALL)`,
    );
    if (shared) continue;
    for (const { definition } of triggers.rows.filter((t) => t.table === name)) {
      await db.query(definition.replace(/^CREATE TRIGGER (.+?) ON \S+ /, `CREATE OR REPLACE TRIGGER $1 ON ${ident(schema)}.${ident(name)} `));
    }
  }
}

export interface TableChecksum {
  rows: number;
  md5: string;
}

/**
 * A checksum of every read-model table of a generation: two generations built from the same events with the same
 * extractor agree table by table. Each row's text is hashed twice (Postgres's 64-bit hashtextextended, two seeds)
 * and the hashes are added up, so write order does not matter and no table is sorted or concatenated: the checksum
 * is the md5 of the row count and the two sums, the same for the same rows. Bookkeeping and shared tables hold times
 * and ids of their own and are left out.
 */
export async function readModelChecksums(db: Queryable, schema = PUBLIC_SCHEMA): Promise<Record<string, TableChecksum>> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = $1 AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($2::text[])) ORDER BY table_name`,
    [schema, [...SHARED_TABLES, ...BOOKKEEPING_TABLES]],
  );
  const checksum = async (name: string) => {
    const { rows } = await db.query<{ n: string; md5: string }>(
      // OFFSET 0 keeps the planner from inlining the row's text into both hashes (computing it twice)
      `SELECT count(*)::text AS n, md5(count(*) || ':' || coalesce(sum(hashtextextended(row, 0)), 0) || ':' || coalesce(sum(hashtextextended(row, 1)), 0)) AS md5
       FROM (SELECT t::text AS row FROM ${ident(schema)}.${ident(name)} t OFFSET 0) rows`,
    );
    return [name, { rows: Number(rows[0].n), md5: rows[0].md5 }] as const;
  };
  // On a pool the tables side by side, each scan in a backend of its own (a core each); on one connection one after
  // the other (pg queues a second query on a busy client, deprecated, and pg 9 refuses it).
  if (db instanceof Pool) return Object.fromEntries(await Promise.all(tables.map(({ name }) => checksum(name))));
  const sums: Array<Awaited<ReturnType<typeof checksum>>> = [];
  for (const { name } of tables) sums.push(await checksum(name));
  return Object.fromEntries(sums);
}
