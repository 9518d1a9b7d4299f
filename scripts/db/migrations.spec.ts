import { createHash } from 'node:crypto';
import {
  checksumMatches,
  compareHistory,
  migrationChecksum,
  migrationTimestamp,
  newMigrationDirName,
  validateMigrationName,
  MigrationError,
  type LocalMigration,
} from './migrations';
import { evaluateGlue, normalizeScript, summarizeEngineMessage } from './schema-engine';

const local = (name: string, sql: string): LocalMigration => ({ name, file: `/m/${name}/migration.sql`, sql, checksum: migrationChecksum(sql) });
const row = (name: string, checksum: string, extra: Partial<{ finished_at: unknown; rolled_back_at: unknown }> = {}) => ({
  id: name,
  checksum,
  migration_name: name,
  finished_at: new Date(),
  rolled_back_at: null,
  logs: null,
  ...extra,
});

describe('migration checksum', () => {
  it('is the lower-case sha256 hex of the file, as Prisma records it', () => {
    const sql = 'CREATE TABLE "t" ("id" INT);\n';
    expect(migrationChecksum(sql)).toBe(createHash('sha256').update(sql, 'utf8').digest('hex'));
    expect(migrationChecksum(sql)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the UTF-8 bytes, so a string and its Buffer agree', () => {
    const sql = "COMMENT ON TABLE t IS 'café';\n";
    expect(migrationChecksum(sql)).toBe(migrationChecksum(Buffer.from(sql, 'utf8')));
  });

  it('accepts a CRLF checkout of a file recorded with LF endings, as Prisma does', () => {
    const lf = 'SELECT 1;\nSELECT 2;\n';
    expect(checksumMatches(lf.replace(/\n/g, '\r\n'), migrationChecksum(lf))).toBe(true);
  });

  it('accepts the non-zero-padded checksums older Prisma versions wrote', () => {
    // find a script whose checksum has a byte below 0x10
    let sql = '';
    for (let i = 0; ; i++) {
      sql = `SELECT ${i};`;
      if (/^(..)*0./.test(migrationChecksum(sql))) break;
    }
    const unpadded = (migrationChecksum(sql).match(/../g) ?? []).map((b) => b.replace(/^0/, '')).join('');
    expect(checksumMatches(sql, unpadded)).toBe(true);
  });

  it('rejects a changed file', () => {
    expect(checksumMatches('SELECT 2;', migrationChecksum('SELECT 1;'))).toBe(false);
  });
});

describe('migration name validation', () => {
  it.each(['init', 'add_article_tags', 'v2_backfill', 'a1'])('accepts snake_case name %s', (name) => {
    expect(validateMigrationName(name)).toBe(name);
  });

  it.each(['AddTags', 'add-tags', 'add tags', '_init', 'init_', 'add__tags', '1init', 'ärger', 'add_Tags'])(
    'rejects non-snake_case name %s',
    (name) => {
      expect(() => validateMigrationName(name)).toThrow(/not snake_case/);
    },
  );

  it('rejects a missing or blank name', () => {
    expect(() => validateMigrationName(undefined)).toThrow(MigrationError);
    expect(() => validateMigrationName('  ')).toThrow(/name is required/);
  });

  it('rejects a name too long for _prisma_migrations.migration_name (VARCHAR(255))', () => {
    expect(() => validateMigrationName('a'.repeat(241))).toThrow(/longer than/);
    expect(validateMigrationName('a'.repeat(240))).toHaveLength(240);
  });
});

describe('migration directory names', () => {
  it('use the UTC timestamp YYYYMMDDHHMMSS', () => {
    expect(migrationTimestamp(new Date('2026-03-04T05:06:07.890Z'))).toBe('20260304050607');
    expect(newMigrationDirName('init', new Date('2026-03-04T05:06:07Z'), [])).toBe('20260304050607_init');
  });

  it('always sort after the existing migrations, even within the same second or with a clock behind', () => {
    const now = new Date('2026-03-04T05:06:07Z');
    expect(newMigrationDirName('b', now, ['20260304050607_a', 'migration_lock.toml'])).toBe('20260304050608_b');
    expect(newMigrationDirName('b', now, ['20261231235959_future'])).toBe('20270101000000_b');
  });

  it('refuse an invalid name', () => {
    expect(() => newMigrationDirName('Bad', new Date(), [])).toThrow(/snake_case/);
  });
});

describe('history comparison', () => {
  const a = local('20260101000000_a', 'SELECT 1;');
  const b = local('20260102000000_b', 'SELECT 2;');

  it('lists local migrations without a finished row as pending, in order', () => {
    expect(compareHistory([a, b], [])).toEqual({ pending: [a.name, b.name], applied: [], modified: [], missing: [], failed: [] });
    expect(compareHistory([a, b], [row(a.name, a.checksum)])).toMatchObject({ pending: [b.name], applied: [a.name] });
  });

  it('reports an applied migration whose file changed as modified', () => {
    expect(compareHistory([a], [row(a.name, migrationChecksum('SELECT 0;'))])).toMatchObject({ modified: [a.name], applied: [] });
  });

  it('reports an applied migration without a local directory as missing', () => {
    expect(compareHistory([b], [row(a.name, a.checksum), row(b.name, b.checksum)])).toMatchObject({ missing: [a.name], applied: [b.name] });
  });

  it('reports an unfinished row as failed and ignores rolled-back rows', () => {
    const status = compareHistory(
      [a, b],
      [row(a.name, a.checksum, { finished_at: null }), row(b.name, 'x', { finished_at: null, rolled_back_at: new Date() })],
    );
    expect(status).toMatchObject({ failed: [a.name], pending: [a.name, b.name], modified: [] });
  });
});

describe('schema engine glue loading', () => {
  it('turns top-level ES exports into an object without running any import', () => {
    const glue = evaluateGlue('let x = 1;\nexport function f() { return x; }\nexport class C {}\n');
    expect(Object.keys(glue).sort()).toEqual(['C', 'f']);
    expect((glue.f as () => number)()).toBe(1);
  });

  it('refuses glue that imports other modules', () => {
    expect(() => evaluateGlue("import x from 'y';\nexport function f() {}\n")).toThrow(/unexpected import/);
  });
});

describe('diff script normalisation', () => {
  it("treats the engine's empty-migration comment as no change", () => {
    expect(normalizeScript('-- This is an empty migration.')).toBe('');
    expect(normalizeScript('\n\n')).toBe('');
  });

  it('keeps a real script, ending it with one newline', () => {
    expect(normalizeScript('-- CreateTable\nCREATE TABLE "t" ();\n\n')).toBe('-- CreateTable\nCREATE TABLE "t" ();\n');
  });
});

describe('engine error summary', () => {
  it('keeps the headline and the database error, dropping the Rust backtrace', () => {
    const message = [
      'P3006: Migration `x` failed to apply cleanly to the shadow database. ',
      'Error:',
      'external connector error',
      'Error querying the database: ERROR: type "nosuchtype" does not exist',
      '   0: schema_engine_wasm::wasm::engine::Diff',
      '             at schema-engine/schema-engine-wasm/src/wasm/engine.rs:242',
    ].join('\n');
    expect(summarizeEngineMessage(message)).toBe(
      'P3006: Migration `x` failed to apply cleanly to the shadow database: ERROR: type "nosuchtype" does not exist',
    );
  });
});
