// Runs one of the built apps (dist/apps/<name>/src/main.js) as a child process: used by `npm start` and by the
// tests that need real processes to stop, kill and restart.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from '../infra/config';
import { sleep } from '../infra/process';

export type AppName = 'gateway' | 'projector';

export interface AppProcess {
  name: AppName;
  child: ChildProcess;
  /** Resolves when GET healthUrl answers 200; rejects when the process exits first or the time is up. */
  waitHealthy(healthUrl: string, timeoutMs?: number): Promise<void>;
  /** SIGTERM, then SIGKILL after graceMs; resolves with the exit code (null when killed by a signal). */
  stop(graceMs?: number): Promise<number | null>;
  /** SIGKILL at once (a crash). */
  kill(): Promise<void>;
  exited(): boolean;
}

export function appEntry(name: AppName): string {
  return path.join(REPO_ROOT, 'dist', 'apps', name, 'src', 'main.js');
}

export function startApp(
  name: AppName,
  env: NodeJS.ProcessEnv,
  output: (line: string) => void = (line) => process.stdout.write(`[${name}] ${line}\n`),
): AppProcess {
  const child = spawn(process.execPath, [appEntry(name)], { env, cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let exitCode: number | null | undefined;
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve((exitCode = code))));
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line) output(line);
    });
  }
  const exited = () => exitCode !== undefined;
  return {
    name,
    child,
    exited,
    async waitHealthy(healthUrl, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (exited()) throw new Error(`${name} exited (code ${exitCode}) before it was healthy`);
        try {
          const response = await fetch(healthUrl, { signal: AbortSignal.timeout(2000) });
          if (response.ok) return;
        } catch {
          // not listening yet
        }
        await sleep(250);
      }
      throw new Error(`${name} was not healthy at ${healthUrl} within ${timeoutMs} ms`);
    },
    async stop(graceMs = 15_000) {
      if (exited()) return exitCode ?? null;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exit;
      clearTimeout(timer);
      return code;
    },
    async kill() {
      if (exited()) return;
      child.kill('SIGKILL');
      await exit;
    },
  };
}
