/**
 * Remembers which user a bearer token belongs to for a few seconds, so a
 * client's burst of requests costs one lookup, not one per request. Only
 * valid tokens are kept (keyed by their hash, like the database), so a change
 * to an account takes effect within TTL_MS.
 */
import { hashToken, type User } from '../store/users.js';

const TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;

export class TokenCache {
  readonly #lookup: (token: string) => Promise<User | undefined>;
  readonly #entries = new Map<string, { user: User; expires: number }>();

  constructor(lookup: (token: string) => Promise<User | undefined>) {
    this.#lookup = lookup;
  }

  async userFor(token: string, now: number = Date.now()): Promise<User | undefined> {
    const key = hashToken(token);
    const hit = this.#entries.get(key);
    if (hit && hit.expires > now) return hit.user;
    const user = await this.#lookup(token);
    if (!user) {
      this.#entries.delete(key);
      return undefined;
    }
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, { user, expires: now + TTL_MS });
    return user;
  }
}
