// Exercises the WASM schema engine on in-memory PGlite, and the migration runner on PGlite with
// Prisma's own engine reading back the bookkeeping. One engine (and its two PGlite databases) is
// shared by the whole file; nothing here needs a PostgreSQL server.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import {
  applyMigrationsWith,
  closeSchemaEngine,
  createMigration,
  diffSchemaToMigrations,
  LOCK_FILE,
  migrationList,
  sharedSchemaEngine,
  type SqlSession,
} from './migrations';
import { resetPGlite } from './pglite-adapter';

jest.setTimeout(60_000);

const repoRoot = path.resolve(__dirname, '..', '..');
const repoSchema = path.join(repoRoot, 'prisma', 'schema.prisma');

const BASE_SCHEMA = `datasource db {
  provider = "postgresql"
}

enum Colour {
  red
  green
}

model Widget {
  id     Int    @id @default(autoincrement())
  name   String @unique
  colour Colour
  tags   String[]
  parts  Part[]

  @@map("widgets")
}

model Part {
  id       BigInt @id
  widgetId Int    @map("widget_id")
  widget   Widget @relation(fields: [widgetId], references: [id], onDelete: Cascade)

  @@index([widgetId])
  @@map("parts")
}
`;

let tmp: string;
beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'migrations-spec-'));
  await sharedSchemaEngine();
});
afterAll(async () => {
  await closeSchemaEngine();
  rmSync(tmp, { recursive: true, force: true });
});

function workspace(name: string, schema = BASE_SCHEMA) {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  const schemaPath = path.join(dir, 'schema.prisma');
  writeFileSync(schemaPath, schema);
  return { schemaPath, migrationsDir: path.join(dir, 'migrations') };
}

const at = (iso: string) => ({ now: new Date(iso) });

function pgliteSession(db: PGlite): SqlSession {
  return {
    query: async (sql, params) => ({ rows: (await db.query<Record<string, unknown>>(sql, params)).rows }),
    exec: async (script) => {
      await db.exec(script);
    },
  };
}

describe('diffSchemaToMigrations', () => {
  // The project's schema as it is now, with a migration written for it by createMigration: this
  // exercises every type the project uses without depending on prisma/migrations being current
  // (db:migrate:check covers that).
  let project: { schemaPath: string; migrationsDir: string };
  beforeAll(async () => {
    project = workspace('project', readFileSync(repoSchema, 'utf8'));
    await createMigration('init', { ...project, ...at('2026-01-01T00:00:00Z') });
  });

  it("is empty for the project's schema.prisma against its own migrations", async () => {
    expect(await diffSchemaToMigrations(project)).toBe('');
  });

  it('is the whole schema when there are no migrations yet', async () => {
    const ws = workspace('fresh');
    const sql = await diffSchemaToMigrations(ws);
    expect(sql).toContain(`CREATE TYPE "Colour" AS ENUM ('red', 'green');`);
    expect(sql).toContain('CREATE TABLE "widgets"');
    expect(sql).toContain('"id" SERIAL NOT NULL');
    expect(sql).toContain('"tags" TEXT[]');
    expect(sql).toContain('CREATE UNIQUE INDEX "widgets_name_key"');
    expect(sql).toMatch(/FOREIGN KEY \("widget_id"\) REFERENCES "widgets"\("id"\) ON DELETE CASCADE/);
  });

  it('is empty once the migration it produced is written, and a later schema change yields only that change', async () => {
    const ws = workspace('evolve');
    const first = await createMigration('init', { ...ws, ...at('2026-01-01T00:00:00Z') });
    expect(first.name).toBe('20260101000000_init');
    expect(await diffSchemaToMigrations(ws)).toBe('');

    writeFileSync(ws.schemaPath, BASE_SCHEMA.replace('  tags   String[]\n', '  tags   String[]\n  weight Float?\n'));
    const change = await diffSchemaToMigrations(ws);
    expect(change).toContain('ALTER TABLE "widgets" ADD COLUMN     "weight" DOUBLE PRECISION');
    expect(change).not.toContain('CREATE TABLE');
  });

  it('sees a change to the project schema (an added model) against the project migrations', async () => {
    const ws = workspace('project-change', readFileSync(repoSchema, 'utf8') + '\nmodel Extra {\n  id Int @id\n  @@map("extra")\n}\n');
    const sql = await diffSchemaToMigrations({ schemaPath: ws.schemaPath, migrationsDir: project.migrationsDir });
    expect(sql).toBe('-- CreateTable\nCREATE TABLE "extra" (\n    "id" INTEGER NOT NULL,\n\n    CONSTRAINT "extra_pkey" PRIMARY KEY ("id")\n);\n');
  });

  it('fails with the database error when a migration does not apply', async () => {
    const ws = workspace('broken');
    mkdirSync(path.join(ws.migrationsDir, '20260101000000_broken'), { recursive: true });
    writeFileSync(path.join(ws.migrationsDir, '20260101000000_broken', 'migration.sql'), 'CREATE TABLE "x" ("id" NOSUCHTYPE);\n');
    await expect(diffSchemaToMigrations(ws)).rejects.toThrow(
      /^schema engine: P3006: Migration `20260101000000_broken` failed to apply cleanly to the shadow database: ERROR: type "nosuchtype" does not exist$/,
    );
    // the engine stays usable
    expect(await diffSchemaToMigrations(project)).toBe('');
  });

  it('reads a schema split over a folder of .prisma files', async () => {
    const dir = path.join(tmp, 'folder-schema');
    mkdirSync(dir, { recursive: true });
    const [datasource, rest] = [BASE_SCHEMA.slice(0, BASE_SCHEMA.indexOf('enum')), BASE_SCHEMA.slice(BASE_SCHEMA.indexOf('enum'))];
    writeFileSync(path.join(dir, 'main.prisma'), datasource);
    writeFileSync(path.join(dir, 'models.prisma'), rest);
    const single = await diffSchemaToMigrations(workspace('single'));
    expect(await diffSchemaToMigrations({ schemaPath: dir, migrationsDir: path.join(dir, 'migrations') })).toBe(single);
  });
});

describe('createMigration', () => {
  it('writes <timestamp>_<name>/migration.sql and migration_lock.toml, then nothing when in sync', async () => {
    const ws = workspace('create');
    const created = await createMigration('init', { ...ws, ...at('2026-05-06T07:08:09Z') });
    expect(created.file).toBe(path.join(ws.migrationsDir, '20260506070809_init', 'migration.sql'));
    expect(readFileSync(created.file as string, 'utf8')).toBe(created.sql);
    expect(readFileSync(path.join(ws.migrationsDir, LOCK_FILE), 'utf8')).toMatch(/^provider = "postgresql"$/m);

    const again = await createMigration('again', { ...ws, ...at('2026-05-06T07:08:10Z') });
    expect(again).toEqual({ name: null, file: null, sql: '' });
    expect(readdirSync(ws.migrationsDir).sort()).toEqual(['20260506070809_init', LOCK_FILE]);
  });

  it('rejects a non-snake_case name before doing anything', async () => {
    const ws = workspace('badname');
    await expect(createMigration('AddThing', ws)).rejects.toThrow(/snake_case/);
    expect(existsSync(ws.migrationsDir)).toBe(false);
  });
});

describe('applyMigrationsWith (PGlite), read back by Prisma’s own engine', () => {
  let db: PGlite;
  let ws: { schemaPath: string; migrationsDir: string };

  beforeAll(async () => {
    ws = workspace('runner');
    await createMigration('init', { ...ws, ...at('2026-01-01T00:00:00Z') });
    writeFileSync(ws.schemaPath, BASE_SCHEMA.replace('  tags   String[]\n', '  tags   String[]\n  weight Float?\n'));
    await createMigration('add_weight', { ...ws, ...at('2026-01-02T00:00:00Z') });
    db = (await sharedSchemaEngine()).mainDatabase;
  });
  beforeEach(async () => {
    await resetPGlite(db);
  });

  const diagnose = async (migrationsDir = ws.migrationsDir) => (await sharedSchemaEngine()).diagnoseMigrationHistory(migrationList(migrationsDir));

  it('applies pending migrations in order, records them so Prisma sees an up-to-date history, and is a no-op the second time', async () => {
    const lines: string[] = [];
    const first = await applyMigrationsWith(pgliteSession(db), { migrationsDir: ws.migrationsDir, log: (l) => lines.push(l) });
    expect(first.applied).toEqual(['20260101000000_init', '20260102000000_add_weight']);
    expect(lines[0]).toBe('applying 20260101000000_init');

    const { rows } = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'widgets' AND column_name = 'weight'`,
    );
    expect(rows).toHaveLength(1);

    expect(await diagnose()).toEqual({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null });

    const second = await applyMigrationsWith(pgliteSession(db), { migrationsDir: ws.migrationsDir });
    expect(second.applied).toEqual([]);
  });

  it('fills in Prisma’s columns: uuid id, sha256 checksum, finished_at, applied_steps_count 1', async () => {
    await applyMigrationsWith(pgliteSession(db), { migrationsDir: ws.migrationsDir });
    const { rows } = await db.query<Record<string, unknown>>(`SELECT * FROM _prisma_migrations ORDER BY migration_name`);
    const init = readFileSync(path.join(ws.migrationsDir, '20260101000000_init', 'migration.sql'));
    expect(rows[0]).toMatchObject({
      migration_name: '20260101000000_init',
      checksum: require('node:crypto').createHash('sha256').update(init).digest('hex'),
      applied_steps_count: 1,
      rolled_back_at: null,
      logs: null,
    });
    expect(rows[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.prototype.toString.call(rows[0].finished_at)).toBe("[object Date]"); // PGlite lives in another realm under Jest
  });

  it('refuses when an applied migration was edited (and Prisma agrees it was edited)', async () => {
    const copy = path.join(tmp, 'runner-edited');
    cpSync(ws.migrationsDir, copy, { recursive: true });
    await applyMigrationsWith(pgliteSession(db), { migrationsDir: copy });
    writeFileSync(path.join(copy, '20260101000000_init', 'migration.sql'), '-- edited\n' + readFileSync(path.join(copy, '20260101000000_init', 'migration.sql'), 'utf8'));
    await expect(applyMigrationsWith(pgliteSession(db), { migrationsDir: copy })).rejects.toThrow(
      /20260101000000_init was changed after it was applied \(checksum mismatch\)/,
    );
    expect((await diagnose(copy)).editedMigrationNames).toEqual(['20260101000000_init']);
  });

  it('refuses when an applied migration is missing locally, applying nothing', async () => {
    const copy = path.join(tmp, 'runner-missing');
    cpSync(ws.migrationsDir, copy, { recursive: true });
    await applyMigrationsWith(pgliteSession(db), { migrationsDir: copy });
    rmSync(path.join(copy, '20260101000000_init'), { recursive: true });
    mkdirSync(path.join(copy, '20260103000000_more'));
    writeFileSync(path.join(copy, '20260103000000_more', 'migration.sql'), 'CREATE TABLE "more" ("id" INT);\n');
    await expect(applyMigrationsWith(pgliteSession(db), { migrationsDir: copy })).rejects.toThrow(/20260101000000_init is recorded as applied but missing/);
    expect((await db.query(`SELECT to_regclass('more') AS t`)).rows[0]).toEqual({ t: null });
  });

  it('rolls a failing migration back completely and records nothing for it', async () => {
    const copy = path.join(tmp, 'runner-failing');
    cpSync(ws.migrationsDir, copy, { recursive: true });
    mkdirSync(path.join(copy, '20260103000000_bad'));
    writeFileSync(path.join(copy, '20260103000000_bad', 'migration.sql'), 'CREATE TABLE "half" ("id" INT);\nSELECT no_such_function();\n');
    await expect(applyMigrationsWith(pgliteSession(db), { migrationsDir: copy })).rejects.toThrow(
      /migration 20260103000000_bad failed and was rolled back: .*no_such_function/,
    );
    expect((await db.query(`SELECT to_regclass('half') AS t`)).rows[0]).toEqual({ t: null });
    const { rows } = await db.query<{ migration_name: string }>(`SELECT migration_name FROM _prisma_migrations ORDER BY 1`);
    expect(rows.map((r) => r.migration_name)).toEqual(['20260101000000_init', '20260102000000_add_weight']);
  });

  it('refuses while a migration is recorded as failed by Prisma', async () => {
    await applyMigrationsWith(pgliteSession(db), { migrationsDir: ws.migrationsDir });
    await db.query(`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '20260102000000_add_weight'`);
    await expect(applyMigrationsWith(pgliteSession(db), { migrationsDir: ws.migrationsDir })).rejects.toThrow(
      /20260102000000_add_weight failed earlier/,
    );
  });
});
