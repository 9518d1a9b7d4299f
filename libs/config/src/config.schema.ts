import { z } from 'zod';

// Every setting comes from an environment variable with a sane default (documented in README.md).
const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const nonNegativeInt = z.coerce.number().int().min(0);
const csv = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgresql:// URL')
    .default('postgresql://postgres@127.0.0.1:5432/newsroom'),
  DATABASE_POOL_SIZE: positiveInt.default(10),
  READ_MODEL_GENERATION: z
    .string()
    .regex(/^(live|public|rm_gen_\d{1,9})$/, 'live, public or rm_gen_<n>')
    .default('live'),
  GENERATION_RETIRE_MS: positiveInt.default(30_000),
  KAFKA_BROKERS: csv.pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'host:port')).min(1)).default(['127.0.0.1:9092']),
  KAFKA_CLIENT_ID: z.string().min(1).default('newsroom'),
  ARTICLES_TOPIC: z.string().regex(/^[a-zA-Z0-9._-]+$/, 'a Kafka topic name').default('newsroom.article-events'),
  DEAD_LETTER_TOPIC: z.string().regex(/^[a-zA-Z0-9._-]+$/, 'a Kafka topic name').default('newsroom.article-events.dlq'),
  ARTICLES_TOPIC_PARTITIONS: positiveInt.max(1000).default(4),
  KAFKA_ACK_TIMEOUT_MS: positiveInt.default(5000),
  GATEWAY_HOST: z.string().min(1).default('127.0.0.1'),
  GATEWAY_PORT: port.default(3000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: positiveInt.default(65_000),
  PROJECTOR_GROUP_ID: z.string().min(1).default('newsroom-projector'),
  PROJECTOR_HEALTH_HOST: z.string().min(1).default('127.0.0.1'),
  PROJECTOR_HEALTH_PORT: port.default(3001),
  PROJECTOR_MAX_RETRIES: nonNegativeInt.max(20).default(3),
  PROJECTOR_RETRY_BACKOFF_MS: nonNegativeInt.default(200),
  PROJECTOR_CATCH_UP_LAG: nonNegativeInt.default(0),
  MAX_BODY_BYTES: positiveInt.default(2 * 1024 * 1024),
  MAX_ARTICLE_CHARS: positiveInt.default(500_000),
  BATCH_MAX_ARTICLES: positiveInt.max(10_000).default(100),
  RATE_LIMIT_PER_MINUTE: positiveInt.default(1200),
  /** How long the gateway keeps an API key's row: a revocation or expiry takes effect within this time. */
  API_KEY_CACHE_TTL_MS: nonNegativeInt.max(300_000).default(5_000),
  CORS_ORIGINS: csv.default([]),
});

export type AppConfig = z.infer<typeof configSchema>;
