// The migration runner against the real PostgreSQL: a database of its own, created and dropped
// here (server from DATABASE_URL, default the local one), so development data is never touched.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import {
  applyMigrations,
  DEFAULT_DATABASE_URL,
  migrationChecksum,
  migrationStatus,
  pendingMigrations,
  readMigrations,
  PRISMA_MIGRATE_LOCK_KEY,
} from '../../scripts/db/migrations';

const serverUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const dbName = `migrations_test_${process.pid}_${Date.now()}`;
const urlFor = (name: string) => {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
};
const testUrl = urlFor(dbName);
const repoMigrations = path.resolve(__dirname, '..', '..', 'prisma', 'migrations');

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: urlFor('postgres') });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: testUrl });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  await admin((c) => c.query(`CREATE DATABASE "${dbName}"`));
});
afterAll(async () => {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
});

describe('applyMigrations on PostgreSQL', () => {
  const local = readMigrations(repoMigrations);

  it('reports every project migration as pending on a fresh database', async () => {
    expect(local.length).toBeGreaterThan(0);
    expect(await pendingMigrations(testUrl)).toEqual(local.map((m) => m.name));
  });

  it('applies them when two processes start at once: one applies, the other waits and finds nothing to do', async () => {
    const [a, b] = await Promise.all([applyMigrations(testUrl), applyMigrations(testUrl)]);
    expect([...a.applied, ...b.applied].sort()).toEqual(local.map((m) => m.name).sort());
    expect(a.applied.length === 0 || b.applied.length === 0).toBe(true);

    const rows = await query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      `SELECT migration_name, checksum, applied_steps_count FROM _prisma_migrations WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL ORDER BY migration_name`,
    );
    expect(rows).toEqual(local.map((m) => ({ migration_name: m.name, checksum: m.checksum, applied_steps_count: 1 })));
    expect(await pendingMigrations(testUrl)).toEqual([]);
  });

  it('creates the tables of the schema (e.g. articles) and is a no-op the second time', async () => {
    const tables = await query<{ t: string | null }>(`SELECT to_regclass('articles')::text AS t`);
    expect(tables[0].t).toBe('articles');
    expect(await applyMigrations(testUrl)).toEqual({ applied: [] });
  });

  it('compresses the large values (articles.text, ingest_records.payload) with lz4 when the server has it', async () => {
    const [{ lz4 }] = await query<{ lz4: boolean }>(`SELECT 'lz4' = ANY (enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`);
    const columns = await query<{ col: string; compression: string }>(
      `SELECT attrelid::regclass::text || '.' || attname AS col, attcompression::text AS compression FROM pg_attribute
        WHERE (attrelid, attname) IN (('articles'::regclass, 'text'), ('ingest_records'::regclass, 'payload')) ORDER BY 1`,
    );
    const expected = lz4 ? 'l' : '';
    expect(columns).toEqual([{ col: 'articles.text', compression: expected }, { col: 'ingest_records.payload', compression: expected }]);
  });

  it('releases the advisory lock it shares with Prisma', async () => {
    const [row] = await query<{ locked: boolean }>(`SELECT pg_try_advisory_lock($1) AS locked`, [PRISMA_MIGRATE_LOCK_KEY]);
    expect(row.locked).toBe(true);
  });

  it('refuses to run when an applied migration file was changed, naming it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'migrations-it-'));
    try {
      cpSync(repoMigrations, dir, { recursive: true });
      const first = path.join(dir, local[0].name, 'migration.sql');
      writeFileSync(first, readFileSync(first, 'utf8') + '\n-- edited\n');
      await expect(applyMigrations(testUrl, { migrationsDir: dir })).rejects.toThrow(
        new RegExp(`${local[0].name} was changed after it was applied \\(checksum mismatch\\)`),
      );
      expect((await migrationStatus(testUrl, { migrationsDir: dir })).modified).toEqual([local[0].name]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('applies a new migration after the existing ones and logs it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'migrations-it-'));
    try {
      cpSync(repoMigrations, dir, { recursive: true });
      const name = '99991231235959_it_extra';
      const sql = 'CREATE TABLE "it_extra" ("id" INTEGER PRIMARY KEY);\n';
      cpSync(path.join(dir, local[0].name), path.join(dir, name), { recursive: true });
      writeFileSync(path.join(dir, name, 'migration.sql'), sql);
      const lines: string[] = [];
      expect(await applyMigrations(testUrl, { migrationsDir: dir, log: (l) => lines.push(l) })).toEqual({ applied: [name] });
      expect(lines).toEqual([`applying ${name}`, expect.stringMatching(new RegExp(`^applied ${name} \\(\\d+ ms\\)$`))]);
      const [row] = await query<{ checksum: string }>(`SELECT checksum FROM _prisma_migrations WHERE migration_name = $1`, [name]);
      expect(row.checksum).toBe(migrationChecksum(sql));
      // the project's own directory no longer has it: refused as missing
      await expect(applyMigrations(testUrl)).rejects.toThrow(new RegExp(`${name} is recorded as applied but missing`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with one line naming the server when it cannot connect', async () => {
    await expect(applyMigrations('postgresql://postgres@127.0.0.1:1/nowhere')).rejects.toThrow(/^cannot connect to postgresql:\/\/postgres@127\.0\.0\.1:1\/nowhere: /);
  });
});
