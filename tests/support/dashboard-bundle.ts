// The dashboard bundle the gateway serves, built by the browser tests when a clean clone has none or the sources changed.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dashboardDir } from '../../apps/gateway/src/dashboard/serve-dashboard';

const ROOT = path.resolve(__dirname, '../..');
const SOURCES = path.join(ROOT, 'apps', 'dashboard');

/** Newest modification time under a folder. */
const newest = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const file = path.join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(file) : fs.statSync(file).mtimeMs);
  }, 0);

/** Builds the bundle when dist/dashboard is missing or older than its sources (a clean clone, or edits since). */
export function ensureDashboardBuilt(): string {
  const dir = dashboardDir();
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index) || fs.statSync(index).mtimeMs < newest(SOURCES)) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(SOURCES, 'vite.config.mts'), '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
  }
  return dir;
}
