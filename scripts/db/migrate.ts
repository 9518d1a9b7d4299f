// npm run db:migrate — applies the pending prisma/migrations to DATABASE_URL.
import { applyMigrations, DEFAULT_DATABASE_URL, redact } from './migrations';
import { rejectOptions, runCli } from './cli';

void runCli(async (args) => {
  rejectOptions(args);
  if (args.length > 0) throw new Error(`db:migrate takes no arguments (got "${args[0]}"); set DATABASE_URL to choose the database`);
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const { applied } = await applyMigrations(url, { log: (line) => process.stdout.write(`${line}\n`) });
  process.stdout.write(
    applied.length === 0
      ? `${redact(url)}: no pending migrations\n`
      : `${redact(url)}: applied ${applied.length} migration(s): ${applied.join(', ')}\n`,
  );
  return 0;
});
