import { LRUCache } from 'lru-cache';
import { keyIdOf } from './api-key';
import { verifyKey, type AuthenticatedKey, type StoredKey } from './api-key.repository';

const ABSENT = Symbol('absent');
type Entry = StoredKey | typeof ABSENT;

/**
 * Authenticates keys against their rows, each row kept for `ttlMs` so that a busy client costs one query per
 * key and period rather than one per request. The secret is still checked against the hash, in constant time, on
 * every request; a revocation or expiry takes effect within `ttlMs`. Unknown ids are remembered too, so a flood of
 * forged keys does not reach the database.
 */
export class CachedKeyAuthenticator {
  private readonly rows: LRUCache<string, Entry>;
  /** Ids loaded since their last verified use: the next request that verifies records the use. */
  private readonly unrecorded = new Set<string>();

  constructor(
    load: (id: string) => Promise<StoredKey | null>,
    ttlMs: number,
    /** Called when a row is (re)loaded for a key that verified: where the caller records the key's last use. */
    private readonly onUse: (id: string) => void = () => undefined,
  ) {
    this.rows = new LRUCache<string, Entry>({
      max: 10_000,
      ttl: Math.max(1, ttlMs),
      // Concurrent requests with one key wait for the same query.
      fetchMethod: async (id) => {
        const row = await load(id);
        if (row) this.unrecorded.add(id);
        return row ?? ABSENT;
      },
    });
  }

  async authenticate(secret: string, now = new Date()): Promise<AuthenticatedKey | null> {
    const id = keyIdOf(secret);
    if (!id) return null;
    const entry = await this.rows.fetch(id);
    const key = verifyKey(secret, entry === ABSENT || entry === undefined ? null : entry, now);
    if (key && this.unrecorded.delete(key.id)) this.onUse(key.id);
    return key;
  }
}
