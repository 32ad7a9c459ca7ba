/**
 * What the app hands every route plugin, typed once by declaration merging:
 * `app.store` (the database, `app.store.db` is the kysely instance),
 * `app.settings` (the options the app was built with), `app.audit(...)`
 * (the audit writer) and `request.user` (set by requireUser).
 */
import type { Store } from '../store/open.js';
import type { User } from '../store/users.js';
import type { AuditWriter } from './audit.js';
import type { AppSettings } from './settings.js';
import type { TokenCache } from './token-cache.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    settings: AppSettings;
    audit: AuditWriter;
    /** Bearer token → user, cached briefly (used by requireUser). */
    tokens: TokenCache;
  }
  interface FastifyRequest {
    /** The authenticated caller; null until requireUser has run (and on public routes). */
    user: User | null;
  }
}
