import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export const ROLES = ['publisher', 'reader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What each role may do: admin can do everything, publisher can also read what it published. */
export const ROLE_GRANTS: Record<Role, readonly Role[]> = {
  admin: ['admin', 'publisher', 'reader'],
  publisher: ['publisher', 'reader'],
  reader: ['reader'],
};

const KEY_PATTERN = /^nk_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export interface IssuedKey {
  id: string;
  /** Shown once to the user; never stored. */
  secret: string;
  secretHash: string;
}

/** A key is `nk_<id>_<32 random bytes>`: the id finds the row, the hash of the whole key proves it. */
export function issueKey(): IssuedKey {
  const id = randomUUID();
  const secret = `nk_${id.replace(/-/g, '')}_${randomBytes(32).toString('base64url')}`;
  return { id, secret, secretHash: hashKey(secret) };
}

export function hashKey(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The row id a presented key claims, or null when it is not shaped like one of ours. */
export function keyIdOf(secret: string): string | null {
  const match = KEY_PATTERN.exec(secret);
  if (!match) return null;
  const hex = match[1];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function keyMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashKey(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

export function grants(role: Role, required: Role): boolean {
  return ROLE_GRANTS[role].includes(required);
}
