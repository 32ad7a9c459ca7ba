/** `sciatrace serve`: the HTTP API (and the built web app) on one port. */
import type { Command } from 'commander';
import { resolveDbLocation } from '../../store/location.js';
import type { Store } from '../../store/open.js';

interface ServeOptions {
  port: string;
  host: string;
  db?: string;
  web: string;
  logLevel: string;
  assessRateLimit: string;
  trustProxy?: boolean;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP API: /v1, /openapi.json, /docs, /healthz, /readyz, and the web app at / when built')
    .option('-p, --port <port>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <file-or-url>', 'SQLite file or postgres:// URL (default: $SCIATRACE_DB, else ./data/sciatrace.db)')
    .option('--web <dir>', 'built web app to serve at /', 'web/dist')
    .option('--log-level <level>', 'pino log level (silent, error, warn, info, debug)', 'info')
    .option('--assess-rate-limit <n>', 'POST /v1/assess requests per minute per client; 0 turns the limit off', '120')
    .option('--trust-proxy', 'take the client address from X-Forwarded-For (behind a load balancer)')
    .action(async (options: ServeOptions) => {
      const port = Number(options.port);
      const rate = Number(options.assessRateLimit);
      if (!Number.isInteger(port) || port < 0 || port > 65535) program.error(`--port: not a port number: ${options.port}`, { exitCode: 2 });
      if (!Number.isInteger(rate) || rate < 0) program.error(`--assess-rate-limit: not a whole number: ${options.assessRateLimit}`, { exitCode: 2 });
      // Loaded here, not at the top: the server and database drivers would slow every other command's start.
      const [{ openStore }, { buildApp }] = await Promise.all([import('../../store/open.js'), import('../../server/app.js')]);
      const location = resolveDbLocation(options.db);
      let store: Store;
      try {
        store = await openStore(location, { onIdleError: (error) => console.error(`database connection lost: ${error.message}`) });
      } catch (error) {
        // Never echo a password from the URL.
        console.error(`--db: cannot open ${location.replace(/\/\/[^@/]*@/, '//***@')}: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
        return;
      }
      const app = await buildApp({
        store,
        logLevel: options.logLevel,
        webRoot: options.web,
        assessRateLimit: rate === 0 ? false : { max: rate, timeWindow: '1 minute' },
        trustProxy: options.trustProxy ?? false,
      });
      const shutdown = async (): Promise<void> => {
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGTERM', () => void shutdown());
      process.once('SIGINT', () => void shutdown());
      const address = await app.listen({ port, host: options.host });
      // Tests and scripts read this line to find the port when --port 0.
      console.log(`sciatrace listening on ${address} (database: ${store.dialect} ${store.location})`);
    });
}
