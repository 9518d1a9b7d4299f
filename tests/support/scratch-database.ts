// A database of a test's own (for whole-table comparisons), migrated like the run's database and dropped after.
import { Client } from 'pg';
import { applyMigrations } from '../../scripts/db/migrations';
import { ensureDatabase, quoteIdent, withDatabase } from '../../scripts/infra/postgres';
import { testRun, uniqueName } from './test-env';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const { databaseUrl } = testRun();
  const name = uniqueName(`newsroom_test_${prefix}`).replace(/[^a-zA-Z0-9_]/g, '_').toLowerCase().slice(0, 63);
  const url = await ensureDatabase(databaseUrl, name);
  await applyMigrations(url, { log: () => undefined });
  return {
    url,
    async drop() {
      if (process.env.KEEP_TEST_DATABASE === '1') return;
      const admin = new Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}
