// What the integration tests share: the per-run names set by global-setup.ts, and helpers to build the apps'
// environment (free ports, unique consumer groups) so no test touches development data.
import { randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig } from '@newsroom/config';
import { freePort } from '../../scripts/infra/process';

export { freePort };

/** Set by global-setup.ts for every test file of the run. */
export interface TestRun {
  runId: string;
  databaseUrl: string;
  kafkaBrokers: string;
}

export function testRun(): TestRun {
  const { NEWSROOM_TEST_RUN_ID: runId, DATABASE_URL: databaseUrl, KAFKA_BROKERS: kafkaBrokers } = process.env;
  if (!runId || !databaseUrl || !kafkaBrokers) throw new Error('tests/support/global-setup.ts did not run (use `npm test`)');
  return { runId, databaseUrl, kafkaBrokers };
}

/** A name unique to this run and this call: topics, consumer groups (random, as Jest reloads this module per file). */
export function uniqueName(prefix: string): string {
  return `${prefix}-${testRun().runId}-${randomBytes(5).toString('hex')}`;
}

/**
 * Environment for a gateway and a projector of one test: the run's database, fresh topics and consumer group,
 * free ports. Returns the raw variables (for child processes) and the parsed config (for in-process apps).
 */
export async function appEnvironment(overrides: Record<string, string> = {}): Promise<{ env: Record<string, string>; config: AppConfig }> {
  const run = testRun();
  const topic = uniqueName('test.article-events');
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: run.databaseUrl,
    DATABASE_POOL_SIZE: '4',
    KAFKA_BROKERS: run.kafkaBrokers,
    ARTICLES_TOPIC: topic,
    DEAD_LETTER_TOPIC: `${topic}.dlq`,
    ARTICLES_TOPIC_PARTITIONS: '3',
    PROJECTOR_GROUP_ID: uniqueName('test-projector'),
    GATEWAY_PORT: String(await freePort()),
    PROJECTOR_HEALTH_PORT: String(await freePort()),
    ...overrides,
  };
  return { env, config: loadConfig(env) };
}
