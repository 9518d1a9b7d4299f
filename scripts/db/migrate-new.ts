// npm run db:migrate:new -- <snake_case_name> — writes a migration from the schema.prisma diff.
import path from 'node:path';
import { createMigration, validateMigrationName } from './migrations';
import { rejectOptions, runCli } from './cli';

void runCli(async (args) => {
  rejectOptions(args);
  if (args.length > 1) throw new Error(`expected one migration name, got ${args.length}: ${args.join(' ')}`);
  const name = validateMigrationName(args[0]);
  const created = await createMigration(name);
  if (created.file === null) {
    process.stdout.write('no changes: schema.prisma and prisma/migrations are in sync; nothing written\n');
    return 0;
  }
  process.stdout.write(`wrote ${path.relative(process.cwd(), created.file)}\n`);
  return 0;
});
