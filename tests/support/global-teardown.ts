// Drops this run's database (unless KEEP_TEST_DATABASE=1) and stops only what global-setup started.
import { Client } from 'pg';
import { withDatabase } from '../../scripts/infra/postgres';

export default async function globalTeardown(): Promise<void> {
  const infra = globalThis.__NEWSROOM_INFRA__;
  const database = process.env.NEWSROOM_TEST_DATABASE;
  if (infra && database && process.env.KEEP_TEST_DATABASE !== '1') {
    const admin = new Client({ connectionString: withDatabase(infra.env.DATABASE_URL, 'postgres') });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  await infra?.down();
}
