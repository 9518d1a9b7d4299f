// `newsroom keys create|list|revoke`: API keys are random, shown once, stored only as a hash.
import { parseArgs } from 'node:util';
import { ApiKeyRepository, ROLES, type Role } from '@newsroom/auth';
import type { PrismaClient } from '@newsroom/database';
import { UsageError } from './usage-error';

export const KEYS_USAGE =
  'keys create --role publisher|reader|admin --name NAME [--expires-at ISO_DATE] | keys list | keys revoke ID';

export type KeysCommand =
  | { action: 'create'; role: Role; name: string; expiresAt?: Date }
  | { action: 'list' }
  | { action: 'revoke'; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Pure: argv after `keys` -> what to do, or a UsageError naming the problem. */
export function parseKeysCommand(argv: string[]): KeysCommand {
  const [action, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { role: { type: 'string' }, name: { type: 'string' }, 'expires-at': { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; usage: ${KEYS_USAGE}`);
  }
  const { values, positionals } = parsed;
  switch (action) {
    case 'create': {
      if (positionals.length) throw new UsageError(`keys create takes no positional argument (got "${positionals[0]}")`);
      const role = values.role as Role | undefined;
      if (!role || !ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
      const name = values.name?.trim();
      if (!name) throw new UsageError('--name is required and must not be empty');
      if (name.length > 200) throw new UsageError('--name must be at most 200 characters');
      let expiresAt: Date | undefined;
      if (values['expires-at'] !== undefined) {
        expiresAt = new Date(values['expires-at']);
        if (Number.isNaN(expiresAt.getTime())) throw new UsageError(`--expires-at must be an ISO date, got "${values['expires-at']}"`);
        if (expiresAt.getTime() <= Date.now()) throw new UsageError('--expires-at must be in the future');
      }
      return { action, role, name, expiresAt };
    }
    case 'list':
      if (positionals.length || Object.keys(values).length) throw new UsageError('keys list takes no arguments');
      return { action };
    case 'revoke': {
      const [id] = positionals;
      if (positionals.length !== 1 || !UUID.test(id)) throw new UsageError('keys revoke takes one key id (a UUID, see `keys list`)');
      return { action, id: id.toLowerCase() };
    }
    default:
      throw new UsageError(`unknown keys action "${action ?? ''}"; usage: ${KEYS_USAGE}`);
  }
}

export async function runKeysCommand(command: KeysCommand, prisma: PrismaClient, out: (line: string) => void): Promise<void> {
  const keys = new ApiKeyRepository(prisma);
  switch (command.action) {
    case 'create': {
      const { key, secret } = await keys.create(command.name, command.role, command.expiresAt);
      out(`created ${key.role} key "${key.name}" (id ${key.id})`);
      out(`secret (shown once, store it now): ${secret}`);
      return;
    }
    case 'list': {
      const rows = await keys.list();
      if (!rows.length) out('no keys');
      for (const k of rows) {
        const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : k.expiresAt && k.expiresAt <= new Date() ? 'expired' : 'active';
        out(`${k.id}  ${k.role.padEnd(9)} ${state.padEnd(8)} ${k.name}  created ${k.createdAt.toISOString()}  last used ${k.lastUsedAt?.toISOString() ?? 'never'}`);
      }
      return;
    }
    case 'revoke': {
      const key = await keys.revoke(command.id);
      if (!key) throw new UsageError(`no key with id ${command.id}`);
      out(`revoked ${key.role} key "${key.name}" (id ${key.id})`);
      return;
    }
  }
}
