// Development API keys for `npm start`: created on first run, kept in .run/dev-keys.json (gitignored) so that
// later runs print the same ones. Recreated when the database no longer knows them (e.g. a new database).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiKeyRepository, ROLES, type Role } from '@newsroom/auth';
import type { PrismaClient } from '@newsroom/database';

export type DevKeys = Record<Role, string>;

export async function ensureDevKeys(prisma: PrismaClient, runDir: string): Promise<DevKeys> {
  const file = path.join(runDir, 'dev-keys.json');
  const keys = new ApiKeyRepository(prisma);
  if (fs.existsSync(file)) {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<DevKeys>;
    const valid = await Promise.all(ROLES.map(async (role) => saved[role] && (await keys.authenticate(saved[role]))?.role === role));
    if (valid.every(Boolean)) return saved as DevKeys;
  }
  const created = {} as DevKeys;
  for (const role of ROLES) created[role] = (await keys.create(`development ${role} (npm start)`, role)).secret;
  fs.mkdirSync(runDir, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600 });
  return created;
}
