// A checksum of every read-model table of a database: two databases built from the same events must agree
// table by table. Rows are compared as their text form, sorted with the "C" collation, so the order in which
// they were written does not matter. Bookkeeping tables (offsets, applied ids, dead letters, keys, ingest
// records, the change log, migrations) hold times and ids of their own and are left out.
import { Client } from 'pg';

export const BOOKKEEPING_TABLES = [
  '_prisma_migrations',
  'api_keys',
  'ingest_records',
  'projection_checkpoints',
  'applied_events',
  'dead_letters',
  'change_log',
];

export interface TableChecksum {
  rows: number;
  md5: string;
}

/** table name → row count and md5 of its rows; every table of the public schema except the bookkeeping ones. */
export async function readModelChecksum(databaseUrl: string): Promise<Record<string, TableChecksum>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1::text[]))
       ORDER BY table_name`,
      [BOOKKEEPING_TABLES],
    );
    const result: Record<string, TableChecksum> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; md5: string }>(
        `SELECT count(*)::text AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS md5 FROM "${name.replace(/"/g, '""')}" t`,
      );
      result[name] = { rows: Number(rows[0].n), md5: rows[0].md5 };
    }
    return result;
  } finally {
    await client.end();
  }
}
