import { describe, expect, it } from 'vitest';
import type { User } from '../../src/store/users.js';
import { TokenCache } from '../../src/server/token-cache.js';

describe('TokenCache', () => {
  const alice: User = { id: 'u1', name: 'alice', role: 'clinician' };

  it('looks a valid token up once per TTL, and an unknown token every time', async () => {
    const lookups: string[] = [];
    const cache = new TokenCache(async (token) => {
      lookups.push(token);
      return token === 'good' ? alice : undefined;
    });
    expect(await cache.userFor('good', 0)).toEqual(alice);
    expect(await cache.userFor('good', 5_000)).toEqual(alice);
    expect(await cache.userFor('bad', 5_000)).toBeUndefined();
    expect(await cache.userFor('bad', 5_001)).toBeUndefined();
    expect(await cache.userFor('good', 10_001)).toEqual(alice);
    expect(lookups).toEqual(['good', 'bad', 'bad', 'good']);
  });
});
