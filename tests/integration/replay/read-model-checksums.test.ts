// The per-table checksums a replay shows and tests compare, on the real Postgres: they depend on the rows a table
// holds, not on the order they were written in, and any changed, missing or added row changes them.
import { createGenerationSchema, readModelChecksums } from '@newsroom/database';
import { Pool } from 'pg';
import { createScratchDatabase, type ScratchDatabase } from '../../support/scratch-database';

const ENVOYS: readonly (readonly unknown[])[] = [
  ['alice-envoy', 'Alice Envoy', ['A. Envoy'], 'NO', '[{"title":"special envoy"}]', 3, '2026-01-02', '2026-03-04'],
  ['bob-minister', 'Bob Minister', [], null, '[]', 1, null, null],
  ['carol-head', 'Carol Head', [], 'QA', '[]', 2, '2026-02-01', '2026-02-09'],
];

describe('read-model checksums', () => {
  let database: ScratchDatabase;
  let db: Pool;

  const fill = async (schema: string, rows: readonly (readonly unknown[])[]) => {
    await db.query(`TRUNCATE ${schema}.envoys`);
    for (const row of rows) {
      await db.query(
        `INSERT INTO ${schema}.envoys (id, name, aliases, country, roles, visit_count, first_date, last_date) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)`,
        [...row],
      );
    }
    return (await readModelChecksums(db, schema)).envoys;
  };

  beforeAll(async () => {
    database = await createScratchDatabase('checksums');
    db = new Pool({ connectionString: database.url, max: 3 });
    db.on('error', () => undefined);
    await createGenerationSchema(db, 'rm_gen_7');
  });

  afterAll(async () => {
    await db?.end();
    await database?.drop();
  });

  it('is the same for the same rows written in another order, in another generation', async () => {
    const forward = await fill('public', ENVOYS);
    const backward = await fill('rm_gen_7', [...ENVOYS].reverse());
    expect(forward).toEqual(backward);
    expect(forward.rows).toBe(3);
    expect(forward.md5).toMatch(/^[0-9a-f]{32}$/);
  });

  it('differs when a row changes, goes missing or is added, and counts the rows', async () => {
    const original = await fill('public', ENVOYS);
    const changed = await fill('rm_gen_7', [ENVOYS[0], ENVOYS[1], [...ENVOYS[2].slice(0, 5), 3, ...ENVOYS[2].slice(6)]]);
    expect(changed.md5).not.toBe(original.md5);
    const missing = await fill('rm_gen_7', ENVOYS.slice(0, 2));
    expect(missing).toMatchObject({ rows: 2 });
    expect(missing.md5).not.toBe(original.md5);
    const added = await fill('rm_gen_7', [...ENVOYS, ['carol-head-2', 'Carol Head 2', [], 'QA', '[]', 2, '2026-02-01', '2026-02-09']]);
    expect(added.rows).toBe(4);
    expect(added.md5).not.toBe(original.md5);
    const empty = await fill('rm_gen_7', []);
    expect(empty).toMatchObject({ rows: 0 });
    expect(empty.md5).not.toBe(original.md5);
  });
});
