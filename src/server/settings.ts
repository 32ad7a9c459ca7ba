/** The options of buildApp, resolved with their defaults. */
import type { Store } from '../store/open.js';

export interface RateLimitSetting {
  /** Requests allowed per client IP per window. */
  readonly max: number;
  readonly timeWindow: string | number;
}

export interface AppOptions {
  readonly store: Store;
  /** pino level (`info` by default; `silent` turns logging off). */
  readonly logLevel?: string;
  /** Largest request body in bytes (default 1 MiB). */
  readonly bodyLimit?: number;
  /** Rate limit of the public, stateless POST /v1/assess; `false` turns it off (benchmarks). */
  readonly assessRateLimit?: RateLimitSetting | false;
  /** A built web app (directory with index.html) served at `/`, when it exists. */
  readonly webRoot?: string | undefined;
  /** Trust X-Forwarded-For for the client address (behind a load balancer). */
  readonly trustProxy?: boolean;
}

export interface AppSettings {
  readonly bodyLimit: number;
  readonly assessRateLimit: RateLimitSetting | false;
  readonly webRoot: string | undefined;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const DEFAULT_ASSESS_RATE_LIMIT: RateLimitSetting = { max: 120, timeWindow: '1 minute' };

export const resolveSettings = (options: AppOptions): AppSettings => ({
  bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
  assessRateLimit: options.assessRateLimit ?? DEFAULT_ASSESS_RATE_LIMIT,
  webRoot: options.webRoot,
});
