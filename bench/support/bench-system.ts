// What the benchmarks that run the built apps share: a database and a topic of the run's own, and the apps'
// environment on them (production mode, quiet logs, free ports).
import { applyMigrations } from '../../scripts/db/migrations';
import { ensureDatabase } from '../../scripts/infra/postgres';
import { freePort } from '../../scripts/infra/process';
import { createTopic, testKafka } from '../../tests/support/generated-events';

export const benchBaseUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/newsroom';
export const benchBrokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

/** A migrated database `<prefix>_<stamp>`, a 4-partition topic, and the environment of apps working on both. */
export async function benchSystem(prefix: string, stamp: string, clientId: string, extraEnv: Record<string, string> = {}) {
  const database = `${prefix}_${stamp}`;
  const url = await ensureDatabase(benchBaseUrl, database);
  await applyMigrations(url, { log: () => undefined });
  const topic = `bench.article-events.${stamp}`;
  const kafka = testKafka(benchBrokers, clientId);
  await createTopic(kafka, topic, 4);
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    DATABASE_URL: url,
    KAFKA_BROKERS: benchBrokers.join(','),
    ARTICLES_TOPIC: topic,
    DEAD_LETTER_TOPIC: `${topic}.dlq`,
    ARTICLES_TOPIC_PARTITIONS: '4',
    PROJECTOR_GROUP_ID: `bench-projector-${stamp}`,
    PROJECTOR_HEALTH_PORT: String(await freePort()),
    GATEWAY_PORT: String(await freePort()),
    ...extraEnv,
  };
  return { database, url, topic, kafka, env };
}
