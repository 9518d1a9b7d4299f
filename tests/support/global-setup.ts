// Jest global setup of the integration project: Kafka and Postgres started when they are not running
// (scripts/infra, the same code as `npm run infra:up`), then a database of this run's own, migrated.
// Every test names its topics and consumer groups after the run id, so runs never see each other's data.
import { randomBytes } from 'node:crypto';
import { applyMigrations } from '../../scripts/db/migrations';
import { infraUp, type InfraUpResult } from '../../scripts/infra/infra';

declare global {
  var __NEWSROOM_INFRA__: InfraUpResult | undefined;
}

export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const database = `newsroom_test_${runId}`;
  const log = (line: string) => process.stdout.write(`[test infra] ${line}\n`);
  const infra = await infraUp({ database, log });
  await applyMigrations(infra.env.DATABASE_URL, { log: () => undefined });
  globalThis.__NEWSROOM_INFRA__ = infra;
  process.env.NEWSROOM_TEST_RUN_ID = runId;
  process.env.NEWSROOM_TEST_DATABASE = database;
  process.env.DATABASE_URL = infra.env.DATABASE_URL;
  process.env.KAFKA_BROKERS = infra.env.KAFKA_BROKERS;
  log(`run ${runId}: Kafka ${infra.env.KAFKA_BROKERS}, database ${database} (${infra.postgres.kind})`);
}
