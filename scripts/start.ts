// `npm start`: the whole system on this machine. Kafka and Postgres (scripts/infra), migrations, a build of the
// apps, the projector and the gateway, the demo articles ingested, then the URLs and development keys printed.
// Ctrl-C stops the apps and whatever infrastructure this run started.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { loadConfig } from '@newsroom/config';
import { createPrismaClient } from '@newsroom/database';
import { applyMigrations, redact } from './db/migrations';
import { REPO_ROOT, loadInfraConfig } from './infra/config';
import { infraUp } from './infra/infra';
import { startApp, type AppProcess } from './start/app-process';
import { readDemoArticles, submitDemoArticles } from './start/demo-articles';
import { ensureDevKeys } from './start/dev-keys';

const log = (line: string) => process.stdout.write(`[start] ${line}\n`);

const oneLine = (error: unknown) => (error as Error).message?.split('\n')[0] ?? String(error);

async function main(): Promise<void> {
  const infra = await infraUp();
  const apps: AppProcess[] = [];
  let stopping = false;
  // stops what this run started, whether it is Ctrl-C or a failure half-way
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping the gateway and the projector');
    await Promise.all(apps.map((app) => app.stop()));
    await infra.down();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  try {
    await run(infra.env, apps, () => stopping, shutdown);
  } catch (error) {
    process.stderr.write(`start: ${oneLine(error)}\n`);
    await shutdown(1);
  }
}

async function run(
  infraEnv: Record<string, string>,
  apps: AppProcess[],
  stopping: () => boolean,
  shutdown: (code: number) => Promise<void>,
): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...infraEnv };
  const config = loadConfig(env);
  const { applied } = await applyMigrations(config.DATABASE_URL);
  log(`database ${redact(config.DATABASE_URL)}: ${applied.length ? `applied ${applied.join(', ')}` : 'migrations up to date'}`);

  log('building the apps (tsc)');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });

  const prisma = createPrismaClient({ url: config.DATABASE_URL, poolSize: 1 });
  const keys = await ensureDevKeys(prisma, loadInfraConfig(env).runDir).finally(() => prisma.$disconnect());

  const { GATEWAY_PORT: gatewayPort, PROJECTOR_HEALTH_PORT: projectorPort, GATEWAY_HOST: host } = config;
  const projector = startApp('projector', env);
  const gateway = startApp('gateway', env);
  apps.push(projector, gateway);
  for (const app of apps) app.child.on('exit', (code) => !stopping() && (log(`${app.name} exited (${code}): stopping`), void shutdown(1)));
  await projector.waitHealthy(`http://127.0.0.1:${projectorPort}/health`);
  const base = `http://${host}:${gatewayPort}`;
  await gateway.waitHealthy(`${base}/health`);

  const demo = readDemoArticles(path.join(REPO_ROOT, 'tests', 'fixtures', 'seeds'));
  const ids = await submitDemoArticles(base, keys.publisher, demo);
  log(`demo articles submitted (idempotent): ${ids.join(', ')}`);

  process.stdout.write(
    [
      '',
      'The newsroom event store is running:',
      `  dashboard     ${base}/   (asks for the reader key below)`,
      `  API docs      ${base}/api/docs`,
      `  health        ${base}/health   (projector: http://127.0.0.1:${projectorPort}/health)`,
      `  articles      ${base}/api/articles/{id}`,
      '',
      'Development API keys (header X-API-Key; kept in .run/dev-keys.json, never commit them):',
      `  publisher     ${keys.publisher}`,
      `  reader        ${keys.reader}`,
      `  admin         ${keys.admin}`,
      '',
      'Ctrl-C stops everything this command started.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`start: ${oneLine(error)}\n`);
  process.exit(1);
});
