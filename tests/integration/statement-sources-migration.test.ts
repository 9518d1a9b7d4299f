// The migration statement_sources_by_report on the real PostgreSQL, applied to a database that holds statements
// with their sources in the row (as every earlier version wrote them): each source becomes a link from its report,
// in public and in a replay's generation, and the API's view of the statement reads the same sources back.
import { createGenerationSchema, generationSchema, statementSourcesSql } from '@newsroom/database';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { applyMigrations } from '../../scripts/db/migrations';
import { ensureDatabase, quoteIdent, withDatabase } from '../../scripts/infra/postgres';
import { testRun, uniqueName } from '../support/test-env';

const MIGRATION = '20261203211843_statement_sources_by_report';
const REPO_MIGRATIONS = path.resolve(__dirname, '..', '..', 'prisma', 'migrations');

const report = (articleId: string, ordinal: number, publishedAt: string) => ({
  articleId,
  ordinal,
  outlet: `Outlet of ${articleId}`,
  url: null,
  publishedAt,
  evidence: `Evidence ${articleId}/${ordinal}.`,
});
// Stored in merge order (compareSources): the later article first here would be a different order.
const SOURCES = [report('art-b', 2, '2026-03-01'), report('art-a', 0, '2026-03-04')];

describe('migration statement_sources_by_report', () => {
  const { databaseUrl } = testRun();
  const name = uniqueName('newsroom_test_stmt_sources').replace(/[^a-zA-Z0-9_]/g, '_').toLowerCase().slice(0, 63);
  let db: Pool;
  let url: string;
  let before: string;

  beforeAll(async () => {
    url = await ensureDatabase(databaseUrl, name);
    // every migration before this one
    before = mkdtempSync(path.join(tmpdir(), 'migrations-before-'));
    for (const entry of readdirSync(REPO_MIGRATIONS)) if (entry < MIGRATION) cpSync(path.join(REPO_MIGRATIONS, entry), path.join(before, entry), { recursive: true });
    await applyMigrations(url, { migrationsDir: before, log: () => undefined });
    db = new Pool({ connectionString: url, max: 2 });
  });

  afterAll(async () => {
    await db?.end();
    rmSync(before, { recursive: true, force: true });
    const admin = new Pool({ connectionString: withDatabase(databaseUrl, 'postgres'), max: 1 });
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await admin.end();
  });

  it('links every stored source to its report, in order, in public and in a generation, and drops the copy', async () => {
    const generation = generationSchema(5);
    await createGenerationSchema(db, generation);
    for (const schema of ['public', generation]) {
      for (const s of SOURCES) {
        await db.query(
          `INSERT INTO ${schema}.article_statements (article_id, ordinal, speaker, text, type, evidence, extractor_version, tracks, bucket, outlet, url, published_at)
           VALUES ($1, $2, 'Ana Envoy', 'Talks will resume.', 'direct', $3, '1.0.0', '{}', 'b', $4, NULL, $5)`,
          [s.articleId, s.ordinal, s.evidence, s.outlet, s.publishedAt],
        );
      }
      await db.query(
        `INSERT INTO ${schema}.statements (id, bucket, speaker, text, type, date, tracks, sources, corroboration)
         VALUES ('stmt_1', 'b', 'Ana Envoy', 'Talks will resume.', 'direct', '2026-03-01', '{}', $1::jsonb, 2)`,
        [JSON.stringify(SOURCES)],
      );
    }

    await applyMigrations(url, { log: () => undefined });

    for (const schema of ['public', generation]) {
      const { rows: links } = await db.query(`SELECT article_id, ordinal, statement_id FROM ${schema}.article_statements ORDER BY article_id`);
      expect(links).toEqual([
        { article_id: 'art-a', ordinal: 0, statement_id: 'stmt_1' },
        { article_id: 'art-b', ordinal: 2, statement_id: 'stmt_1' },
      ]);
      // read back as the views read them: the stored sources, in their order
      const { rows: read } = await db.query(`SELECT ${statementSourcesSql({ statementId: 's.id', evidence: true, ordinal: true, schema })} AS sources FROM ${schema}.statements s`);
      expect(read[0].sources).toEqual(SOURCES);
      const { rows: statements } = await db.query(`SELECT id, source_count FROM ${schema}.statements`);
      expect(statements).toEqual([{ id: 'stmt_1', source_count: 2 }]);
      const { rows: columns } = await db.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'statements' AND column_name = 'sources'`,
        [schema],
      );
      expect(columns).toEqual([]);
    }
  });
});
