import type { PrismaClient } from '@newsroom/database';
import { issueKey, keyIdOf, keyMatches, type Role } from './api-key';

export interface ApiKeySummary {
  id: string;
  name: string;
  role: Role;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface AuthenticatedKey {
  id: string;
  name: string;
  role: Role;
}

/** What authenticating a key needs of its row. */
export interface StoredKey {
  id: string;
  name: string;
  role: string;
  secretHash: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** Pure: the key's identity when `secret` matches the stored hash (in constant time) and the key is live. */
export function verifyKey(secret: string, stored: StoredKey | null, now: Date): AuthenticatedKey | null {
  if (!stored || !keyMatches(secret, stored.secretHash)) return null;
  if (stored.revokedAt || (stored.expiresAt && stored.expiresAt <= now)) return null;
  return { id: stored.id, name: stored.name, role: stored.role as Role };
}

/** API keys in Postgres, stored only as hashes. Used by the gateway's guard and by the keys CLI. */
export class ApiKeyRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async create(name: string, role: Role, expiresAt?: Date): Promise<{ key: ApiKeySummary; secret: string }> {
    const issued = issueKey();
    const row = await this.prisma.apiKey.create({
      data: { id: issued.id, name, role, secretHash: issued.secretHash, expiresAt: expiresAt ?? null },
    });
    return { key: summary(row), secret: issued.secret };
  }

  async list(): Promise<ApiKeySummary[]> {
    const rows = await this.prisma.apiKey.findMany({ orderBy: { createdAt: 'asc' } });
    return rows.map(summary);
  }

  async revoke(id: string): Promise<ApiKeySummary | null> {
    const rows = await this.prisma.apiKey.updateManyAndReturn({
      where: { id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (rows.length) return summary(rows[0]);
    const existing = await this.prisma.apiKey.findUnique({ where: { id } });
    return existing ? summary(existing) : null;
  }

  /** The key's identity when the secret is valid, unexpired and unrevoked; null otherwise. */
  async authenticate(secret: string, now = new Date()): Promise<AuthenticatedKey | null> {
    const id = keyIdOf(secret);
    return id ? verifyKey(secret, await this.findStored(id), now) : null;
  }

  async findStored(id: string): Promise<StoredKey | null> {
    return this.prisma.apiKey.findUnique({
      where: { id },
      select: { id: true, name: true, role: true, secretHash: true, expiresAt: true, revokedAt: true },
    });
  }

  async touch(id: string): Promise<void> {
    await this.prisma.apiKey.update({ where: { id }, data: { lastUsedAt: new Date() } });
  }
}

const summary = (row: {
  id: string;
  name: string;
  role: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}): ApiKeySummary => ({
  id: row.id,
  name: row.name,
  role: row.role as Role,
  createdAt: row.createdAt,
  expiresAt: row.expiresAt,
  revokedAt: row.revokedAt,
  lastUsedAt: row.lastUsedAt,
});
