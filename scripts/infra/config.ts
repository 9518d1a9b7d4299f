// Configuration of the local infrastructure (scripts/infra): environment variables -> typed settings.
// Pure apart from reading the environment and the home directory, so it is unit-tested in config.spec.ts.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Kafka broker version fetched from Maven Central (see kafka.ts for why 3.9.x). */
export const DEFAULT_KAFKA_VERSION = '3.9.2';
/** slf4j binding for Kafka 3.9's log4j 1.x API (Kafka does not pull a logging backend in itself). */
export const SLF4J_RELOAD4J_VERSION = '1.7.36';

/** The nearest folder at or above `from` holding package.json and prisma/: the repository root, from the
 *  sources (scripts/infra) and from the build (dist/scripts/infra) alike. */
export function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'prisma'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..');
  }
}

export const REPO_ROOT = findRepoRoot(__dirname);

export type PostgresMode = 'auto' | 'env' | 'local' | 'embedded';

export interface InfraConfig {
  /** Directory holding downloaded jars (outside git). */
  cacheDir: string;
  /** Directory holding pid files, configs, logs and data of what `up` starts (gitignored). */
  runDir: string;
  kafka: {
    version: string;
    host: string;
    port: number;
    controllerPort: number;
    heapMb: number;
    /** Data directory; undefined = `<runDir>/kafka-<port>/data`. */
    dataDir?: string;
    startTimeoutMs: number;
    /** Extra JVM options (whitespace separated in KAFKA_JVM_OPTS). */
    jvmOpts: string[];
    /** Extra arguments for mvn (whitespace separated in NEWSROOM_MAVEN_ARGS), e.g. -s settings.xml. */
    mavenArgs: string[];
  };
  postgres: {
    mode: PostgresMode;
    /** DATABASE_URL as given (may be undefined). */
    databaseUrl?: string;
    /** Database name used for `local` and `embedded` (and for `env` when DATABASE_URL names none). */
    database: string;
    localHost: string;
    localPort: number;
    localUser: string;
    localPassword?: string;
    embeddedPort: number;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

export function parsePort(name: string, raw: string | undefined, fallback: number): number {
  const v = nonEmpty(raw);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 65535) {
    throw new ConfigError(`${name} must be a TCP port between 1 and 65535, got "${raw}"`);
  }
  return Number(v);
}

export function parsePositiveInt(name: string, raw: string | undefined, fallback: number, min = 1): number {
  const v = nonEmpty(raw);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min) {
    throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return Number(v);
}

export function splitArgs(raw: string | undefined): string[] {
  const v = nonEmpty(raw);
  return v === undefined ? [] : v.split(/\s+/);
}

/** `${NEWSROOM_CACHE_DIR:-${XDG_CACHE_HOME:-~/.cache}/newsroom}` */
export function resolveCacheDir(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  const explicit = nonEmpty(env.NEWSROOM_CACHE_DIR);
  if (explicit) return path.resolve(explicit);
  const xdg = nonEmpty(env.XDG_CACHE_HOME);
  return path.join(xdg ? path.resolve(xdg) : path.join(home, '.cache'), 'newsroom');
}

/** `${NEWSROOM_RUN_DIR:-<repo>/.run}` */
export function resolveRunDir(env: NodeJS.ProcessEnv = process.env, repoRoot: string = REPO_ROOT): string {
  const explicit = nonEmpty(env.NEWSROOM_RUN_DIR);
  return explicit ? path.resolve(explicit) : path.join(repoRoot, '.run');
}

export function loadInfraConfig(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): InfraConfig {
  const port = parsePort('KAFKA_PORT', env.KAFKA_PORT, 9092);
  const controllerPort = parsePort('KAFKA_CONTROLLER_PORT', env.KAFKA_CONTROLLER_PORT, port + 1);
  if (controllerPort === port) {
    throw new ConfigError(`KAFKA_CONTROLLER_PORT must differ from KAFKA_PORT (both ${port})`);
  }
  const version = nonEmpty(env.KAFKA_VERSION) ?? DEFAULT_KAFKA_VERSION;
  if (!/^3\.\d+\.\d+$/.test(version)) {
    throw new ConfigError(`KAFKA_VERSION must be a Kafka 3.x release such as ${DEFAULT_KAFKA_VERSION}, got "${version}"`);
  }
  const mode = (nonEmpty(env.NEWSROOM_POSTGRES) ?? 'auto') as PostgresMode;
  if (!['auto', 'env', 'local', 'embedded'].includes(mode)) {
    throw new ConfigError(`NEWSROOM_POSTGRES must be one of auto, env, local, embedded, got "${env.NEWSROOM_POSTGRES}"`);
  }
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (mode === 'env' && !databaseUrl) {
    throw new ConfigError('NEWSROOM_POSTGRES=env needs DATABASE_URL (postgresql://user:password@host:port/database)');
  }
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL must start with postgresql://, got "${databaseUrl}"`);
  }
  const database = nonEmpty(env.NEWSROOM_DATABASE) ?? 'newsroom';
  if (!/^[A-Za-z_][A-Za-z0-9_-]{0,62}$/.test(database)) {
    throw new ConfigError(`NEWSROOM_DATABASE must be a plain database name (letters, digits, _ and -), got "${database}"`);
  }
  const kafkaDataDir = nonEmpty(env.KAFKA_DATA_DIR);
  return {
    cacheDir: resolveCacheDir(env, home),
    runDir: resolveRunDir(env),
    kafka: {
      version,
      host: nonEmpty(env.KAFKA_HOST) ?? '127.0.0.1',
      port,
      controllerPort,
      heapMb: parsePositiveInt('KAFKA_HEAP_MB', env.KAFKA_HEAP_MB, 512, 128),
      dataDir: kafkaDataDir ? path.resolve(kafkaDataDir) : undefined,
      startTimeoutMs: parsePositiveInt('KAFKA_START_TIMEOUT_MS', env.KAFKA_START_TIMEOUT_MS, 90_000, 1000),
      jvmOpts: splitArgs(env.KAFKA_JVM_OPTS),
      mavenArgs: splitArgs(env.NEWSROOM_MAVEN_ARGS),
    },
    postgres: {
      mode,
      databaseUrl,
      database,
      localHost: nonEmpty(env.PGHOST) ?? '127.0.0.1',
      localPort: parsePort('PGPORT', env.PGPORT, 5432),
      localUser: nonEmpty(env.PGUSER) ?? 'postgres',
      localPassword: nonEmpty(env.PGPASSWORD),
      embeddedPort: parsePort('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329),
    },
  };
}

/** Kafka's per-broker runtime directory: `<runDir>/kafka-<port>`. */
export function kafkaRunDir(runDir: string, port: number): string {
  return path.join(runDir, `kafka-${port}`);
}

/** Where the jars of one Kafka version live: `<cacheDir>/kafka-<version>/libs`. */
export function kafkaLibsDir(cacheDir: string, version: string): string {
  return path.join(cacheDir, `kafka-${version}`, 'libs');
}

/** Embedded Postgres runtime directory: `<runDir>/postgres-<port>`. */
export function embeddedPostgresRunDir(runDir: string, port: number): string {
  return path.join(runDir, `postgres-${port}`);
}
