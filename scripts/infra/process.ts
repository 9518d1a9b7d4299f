// Small process helpers for scripts/infra: pid files, liveness, graceful stop, ports, tools, a lock.
import { execFile, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** An error whose message is a complete, user-facing one-liner (the CLI prints only the message). */
export class InfraError extends Error {
  override name = 'InfraError';
}

export function readPidFile(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim().split(/\s+/)[0], 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function writePidFile(file: string, pid: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${pid}\n`);
}

export function removeFile(file: string): void {
  fs.rmSync(file, { force: true });
}

/** True when the process exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).charAt(0);
    if (state === 'Z' || state === 'X') return false;
  } catch {
    // no /proc (macOS): trust kill(0)
  }
  return true;
}

/** The command line of a process, or undefined when it cannot be read. */
export function commandLine(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    try {
      return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      return undefined;
    }
  }
}

/** Alive and its command line contains every marker (guards against a recycled pid). */
export function isOurProcess(pid: number | undefined, markers: string[]): pid is number {
  if (pid === undefined || !isAlive(pid)) return false;
  const cmd = commandLine(pid);
  if (cmd === undefined) return true;
  return markers.every((m) => cmd.includes(m));
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
  }
}

/**
 * SIGTERM, wait up to graceMs, then SIGKILL and wait. Resolves to what happened.
 */
export async function terminate(pid: number, graceMs: number): Promise<'not-running' | 'stopped' | 'killed'> {
  if (!isAlive(pid)) return 'not-running';
  signal(pid, 'SIGTERM');
  if (await waitForExit(pid, graceMs)) return 'stopped';
  signal(pid, 'SIGKILL');
  if (await waitForExit(pid, 10_000)) return 'killed';
  throw new InfraError(`process ${pid} did not exit after SIGKILL`);
}

export async function killNow(pid: number): Promise<void> {
  if (!isAlive(pid)) return;
  signal(pid, 'SIGKILL');
  if (!(await waitForExit(pid, 10_000))) throw new InfraError(`process ${pid} did not exit after SIGKILL`);
}

export function sendSignal(pid: number, sig: NodeJS.Signals): void {
  signal(pid, sig);
}

/** True when something accepts TCP connections on host:port. */
export function isPortOpen(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** The last `lines` lines of a text file ('' when missing). */
export function tailFile(file: string, lines = 20): string {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.split('\n').slice(-lines - 1).join('\n').trimEnd();
  } catch {
    return '';
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { env, timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err ? ((err as NodeJS.ErrnoException).code === 'ENOENT' ? null : (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1)) : 0;
      resolve({ code, out: `${stdout ?? ''}${stderr ?? ''}` });
    });
  });
}

/** Parses the major version out of `java -version` output ("1.8.0_x" -> 8, "17.0.15" -> 17). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!m) return undefined;
  const major = Number(m[1]);
  return major === 1 && m[2] ? Number(m[2]) : major;
}

export const JAVA_MIN_MAJOR = 11;
const JAVA_FIX =
  'install it with `apt-get install openjdk-17-jre-headless` (macOS: `brew install openjdk@17`) or set JAVA_HOME to a JDK/JRE 17';

/** Finds java (JAVA_HOME/bin/java, else PATH) and checks its version; throws InfraError with the fix. */
export async function findJava(env: NodeJS.ProcessEnv = process.env): Promise<{ java: string; major: number }> {
  const java = env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const { code, out } = await run(java, ['-version'], env);
  if (code === null) {
    throw new InfraError(
      `Java 17+ not found${env.JAVA_HOME ? ` (JAVA_HOME=${env.JAVA_HOME} has no bin/java)` : ' on PATH'}: ${JAVA_FIX}`,
    );
  }
  const major = parseJavaMajor(out);
  if (code !== 0 || major === undefined) {
    throw new InfraError(`\`${java} -version\` failed (${out.trim().split('\n')[0] ?? 'no output'}): ${JAVA_FIX}`);
  }
  if (major < JAVA_MIN_MAJOR) {
    throw new InfraError(`Java ${major} is too old for the Kafka broker (needs ${JAVA_MIN_MAJOR}+, 17 recommended): ${JAVA_FIX}`);
  }
  return { java, major };
}

/** Finds mvn (MAVEN_HOME/bin/mvn, else PATH); throws InfraError with the fix. */
export async function findMaven(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const home = env.MAVEN_HOME || env.M2_HOME;
  const mvn = home ? path.join(home, 'bin', 'mvn') : 'mvn';
  const { code, out } = await run(mvn, ['-v', '-B'], env);
  if (code === null) {
    throw new InfraError(
      'Maven not found (needed once, to download the Kafka jars from Maven Central): install it with `apt-get install maven` (macOS: `brew install maven`) or put mvn on PATH',
    );
  }
  if (code !== 0) throw new InfraError(`\`${mvn} -v\` failed: ${out.trim().split('\n')[0]}`);
  return mvn;
}

/**
 * A cross-process lock: an exclusive lock file holding the owner's pid; a lock whose owner died is taken over.
 */
export async function withLock<T>(lockFile: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = readPidFile(lockFile);
      let young = false;
      try {
        young = Date.now() - fs.statSync(lockFile).mtimeMs < 5000;
      } catch {
        continue; // released meanwhile
      }
      if ((owner === undefined && !young) || (owner !== undefined && !isAlive(owner))) {
        removeFile(lockFile);
        continue;
      }
      if (Date.now() >= deadline) {
        throw new InfraError(`timed out waiting for ${lockFile} (held by pid ${owner ?? '?'}); remove it if that process is gone`);
      }
      await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    if (readPidFile(lockFile) === process.pid) removeFile(lockFile);
  }
}

/** A TCP port nobody listens on right now (for private brokers, test apps and benchmarks). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
