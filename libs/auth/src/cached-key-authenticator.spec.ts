import { issueKey } from './api-key';
import type { StoredKey } from './api-key.repository';
import { CachedKeyAuthenticator } from './cached-key-authenticator';

describe('CachedKeyAuthenticator', () => {
  const issued = issueKey();
  const row = (changes: Partial<StoredKey> = {}): StoredKey => ({
    id: issued.id, name: 'wire', role: 'publisher', secretHash: issued.secretHash, expiresAt: null, revokedAt: null, ...changes,
  });

  it('loads a key row once per period for any number of requests, concurrent or not, and records one use', async () => {
    const load = jest.fn(async () => row());
    const used: string[] = [];
    const keys = new CachedKeyAuthenticator(load, 60_000, (id) => used.push(id));
    const results = await Promise.all(Array.from({ length: 20 }, () => keys.authenticate(issued.secret)));
    await keys.authenticate(issued.secret);
    expect(results.every((k) => k?.role === 'publisher')).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    expect(used).toEqual([issued.id]);
  });

  it('still checks the secret on every request: a wrong secret for a cached id is refused', async () => {
    const keys = new CachedKeyAuthenticator(async () => row(), 60_000);
    await keys.authenticate(issued.secret);
    expect(await keys.authenticate(`${issued.secret.slice(0, -1)}${issued.secret.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
  });

  it('sees a revocation once the period is over', async () => {
    let revokedAt: Date | null = null;
    const keys = new CachedKeyAuthenticator(async () => row({ revokedAt }), 30);
    expect(await keys.authenticate(issued.secret)).not.toBeNull();
    revokedAt = new Date();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await keys.authenticate(issued.secret)).toBeNull();
  });

  it('refuses an expired key even while its row is cached', async () => {
    const keys = new CachedKeyAuthenticator(async () => row({ expiresAt: new Date('2030-01-01') }), 60_000);
    expect(await keys.authenticate(issued.secret, new Date('2029-12-31'))).not.toBeNull();
    expect(await keys.authenticate(issued.secret, new Date('2030-01-02'))).toBeNull();
  });

  it('remembers unknown ids, so forged keys do not each cost a query, and never loads a malformed key', async () => {
    const load = jest.fn(async () => null);
    const keys = new CachedKeyAuthenticator(load, 60_000);
    const forged = issueKey().secret;
    expect(await keys.authenticate(forged)).toBeNull();
    expect(await keys.authenticate(forged)).toBeNull();
    expect(await keys.authenticate("' OR 1=1 --")).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
