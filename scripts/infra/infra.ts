// `npm run infra:up` / `npm run infra:down` (and `tsx scripts/infra/infra.ts status`):
// the project's own Kafka broker (KRaft, jars from Maven Central) and a PostgreSQL database, without Docker.
// Environment variables: see config.ts (KAFKA_PORT, KAFKA_CONTROLLER_PORT, KAFKA_HEAP_MB, NEWSROOM_CACHE_DIR, ...).
import * as fs from 'fs';
import * as path from 'path';
import { ConfigError, loadInfraConfig } from './config';
import { KafkaHandle, kafkaStatus, startKafka, stopKafka } from './kafka';
import {
  PostgresHandle,
  buildUrl,
  embeddedPostgresStatus,
  ensurePostgres,
  probePostgres,
  redactUrl,
  stopEmbeddedPostgres,
} from './postgres';
import { InfraError } from './process';

const log = (line: string) => console.log(`[infra] ${line}`);

function writeEnvFile(runDir: string, lines: string[]): string {
  const file = path.join(runDir, 'infra.env');
  fs.mkdirSync(runDir, { recursive: true });
  fs.writeFileSync(file, `# written by \`npm run infra:up\`\n${lines.join('\n')}\n`);
  return file;
}

export interface InfraUpOptions {
  /** Database to use/create (default NEWSROOM_DATABASE or `newsroom`); tests pass e.g. `newsroom_test`. */
  database?: string;
  /** Progress lines; default prints `[infra] ...`. */
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface InfraUpResult {
  kafka: KafkaHandle;
  postgres: PostgresHandle;
  /** KAFKA_BROKERS and DATABASE_URL, ready to merge into process.env. */
  env: { KAFKA_BROKERS: string; DATABASE_URL: string };
  /** true when this call started anything (Kafka JVM or embedded Postgres). */
  startedNow: boolean;
  /** Stops only what this call started (for a Jest globalTeardown). */
  down(): Promise<void>;
}

/**
 * Kafka + Postgres, started when not running (idempotent). The programmatic form of `npm run infra:up`,
 * e.g. for a Jest globalSetup: `const infra = await infraUp({ database: 'newsroom_test' })`.
 */
export async function infraUp(options: InfraUpOptions = {}): Promise<InfraUpResult> {
  const logger = options.log ?? log;
  const kafka = await startKafka({ log: logger, env: options.env });
  const postgres = await ensurePostgres({ log: logger, env: options.env, database: options.database });
  return {
    kafka,
    postgres,
    env: { KAFKA_BROKERS: kafka.brokers.join(','), DATABASE_URL: postgres.url },
    startedNow: kafka.startedNow || postgres.startedNow,
    async down() {
      if (kafka.startedNow) await kafka.stop();
      if (postgres.startedNow && postgres.stop) await postgres.stop();
    },
  };
}

async function up(): Promise<void> {
  const cfg = loadInfraConfig();
  const t0 = Date.now();
  const { kafka, postgres: pg, env, startedNow } = await infraUp();
  if (!kafka.startedNow) {
    log(
      kafka.external
        ? `Kafka: ${kafka.brokers[0]} already answers (not started by infra:up, left alone)`
        : `Kafka: already running (pid ${kafka.pid}) on ${kafka.brokers[0]}, nothing to do`,
    );
  }
  const lines = [`KAFKA_BROKERS=${env.KAFKA_BROKERS}`, `DATABASE_URL=${env.DATABASE_URL}`];
  writeEnvFile(cfg.runDir, lines);
  log(
    !startedNow
      ? `everything was already running: no-op (${((Date.now() - t0) / 1000).toFixed(1)} s)`
      : `up in ${((Date.now() - t0) / 1000).toFixed(1)} s (Postgres: ${pg.kind}); stop with \`npm run infra:down\``,
  );
  for (const line of lines) console.log(line);
}

async function down(): Promise<void> {
  const cfg = loadInfraConfig();
  const k = await stopKafka({ stopTimeoutMs: 30_000 });
  log(
    k === 'not-running'
      ? `Kafka: nothing to stop (no broker started by infra:up on port ${cfg.kafka.port})`
      : `Kafka: ${k === 'stopped' ? 'stopped' : 'killed after the grace period'} (port ${cfg.kafka.port})`,
  );
  const p = await stopEmbeddedPostgres();
  log(
    p === 'not-running'
      ? 'Postgres: nothing to stop (env/local servers are never stopped; no embedded server running)'
      : `Postgres: embedded server ${p === 'stopped' ? 'stopped' : 'killed'} (port ${cfg.postgres.embeddedPort}); its data stays in ${cfg.runDir}`,
  );
  fs.rmSync(path.join(cfg.runDir, 'infra.env'), { force: true });
}

async function status(): Promise<number> {
  const cfg = loadInfraConfig();
  const k = await kafkaStatus();
  const kafkaLine = k.up
    ? `Kafka: up on ${k.brokers[0]}${k.pid ? ` (pid ${k.pid}, started by infra:up, log ${k.logFile})` : ' (not started by infra:up)'}`
    : `Kafka: down on ${k.brokers[0]}${k.pid ? ` (pid ${k.pid} alive but not answering: see ${k.logFile})` : ''}`;
  log(kafkaLine);
  // status never starts anything: it only probes what `up` would pick
  const e = await embeddedPostgresStatus();
  const candidates: Array<{ kind: string; url: string }> = [];
  if (cfg.postgres.databaseUrl) candidates.push({ kind: 'DATABASE_URL', url: cfg.postgres.databaseUrl });
  const { localHost: host, localPort: port, localUser: user, localPassword: password } = cfg.postgres;
  candidates.push({ kind: 'local', url: buildUrl({ host, port, user, password, database: cfg.postgres.database }) });
  candidates.push({
    kind: `embedded${e.pid ? ` (pid ${e.pid}, started by infra:up)` : ''}`,
    url: buildUrl({ host: '127.0.0.1', port: e.port, user: 'postgres', database: cfg.postgres.database }),
  });
  let pgUp = false;
  for (const c of candidates) {
    const probe = await probePostgres(c.url, 2000);
    if (probe.ok || probe.missingDatabase) {
      pgUp = true;
      log(`Postgres: ${c.kind} ${redactUrl(c.url)}${probe.ok ? '' : ' (database not created yet: run `npm run infra:up`)'}`);
      break;
    }
  }
  if (!pgUp) log('Postgres: none reachable (run `npm run infra:up`)');
  return k.up && pgUp ? 0 : 3;
}

const USAGE = 'usage: tsx scripts/infra/infra.ts up|down|status';

async function main(argv: string[]): Promise<number> {
  const cmd = argv[0];
  switch (cmd) {
    case 'up':
      await up();
      return 0;
    case 'down':
      await down();
      return 0;
    case 'status':
      return status();
    default:
      console.error(USAGE);
      return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      if (err instanceof InfraError || err instanceof ConfigError) {
        console.error(`infra: ${err.message}`);
      } else {
        console.error('infra: unexpected error:', err);
      }
      process.exit(1);
    },
  );
}

export { main };
