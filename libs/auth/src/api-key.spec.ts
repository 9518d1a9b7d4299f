import { grants, hashKey, issueKey, keyIdOf, keyMatches } from './api-key';

describe('api keys', () => {
  it('issues a key whose id can be read back from the secret', () => {
    const key = issueKey();
    expect(keyIdOf(key.secret)).toBe(key.id);
  });

  it('stores a SHA-256 hash, never the secret', () => {
    const key = issueKey();
    expect(key.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(key.secretHash).not.toContain(key.secret);
    expect(key.secretHash).toBe(hashKey(key.secret));
  });

  it('matches only the exact secret', () => {
    const key = issueKey();
    expect(keyMatches(key.secret, key.secretHash)).toBe(true);
    expect(keyMatches(`${key.secret.slice(0, -1)}x`, key.secretHash)).toBe(false);
  });

  it('does not read an id out of a forged or malformed key', () => {
    expect(keyIdOf('nk_123_abc')).toBeNull();
    expect(keyIdOf("' OR 1=1 --")).toBeNull();
    expect(keyIdOf('')).toBeNull();
  });

  it('lets admin do everything, publisher publish and read, reader only read', () => {
    expect(grants('admin', 'admin')).toBe(true);
    expect(grants('publisher', 'reader')).toBe(true);
    expect(grants('publisher', 'admin')).toBe(false);
    expect(grants('reader', 'publisher')).toBe(false);
  });
});
