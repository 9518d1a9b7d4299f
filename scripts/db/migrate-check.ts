// npm run db:migrate:check — exit 1 when schema.prisma and prisma/migrations disagree (CI).
import { diffSchemaToMigrations } from './migrations';
import { rejectOptions, runCli } from './cli';

void runCli(async (args) => {
  rejectOptions(args);
  if (args.length > 0) throw new Error(`db:migrate:check takes no arguments (got "${args[0]}")`);
  const sql = await diffSchemaToMigrations();
  if (sql !== '') {
    const statements = sql.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('--') && /;\s*$/.test(l)).length;
    process.stderr.write(
      `schema.prisma and prisma/migrations disagree (${statements} statement(s) missing): run npm run db:migrate:new -- <name>\n`,
    );
    return 1;
  }
  process.stdout.write('in sync: schema.prisma matches prisma/migrations\n');
  return 0;
});
