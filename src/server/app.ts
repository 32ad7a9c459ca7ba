/**
 * The HTTP application: `buildApp(options)` returns a ready-to-listen Fastify
 * instance with the API under /v1, /openapi.json, /docs, /healthz, /readyz,
 * and the web app at / when one is built. Routes come from ONE list,
 * ./routes/index.ts (ROUTE_PLUGINS); read its header to add a plugin.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { auditWriter } from './audit.js';
import './context.js';
import { handleError } from './errors.js';
import { registerOpenApi } from './openapi.js';
import { notFound } from './problem.js';
import { ROUTE_PLUGINS } from './routes/index.js';
import { resolveSettings, type AppOptions } from './settings.js';
import { TokenCache } from './token-cache.js';
import { findUserByToken } from '../store/users.js';

export type { AppOptions } from './settings.js';

/** Paths that belong to the API: never answered with the web app's index.html. */
const API_PREFIXES = ['/v1', '/fhir', '/cds-services', '/openapi.json', '/docs', '/healthz', '/readyz'];

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/**
 * Helmet's security headers (CSP, HSTS, nosniff, frame options, ...) on every
 * response, API and web app alike. The middleware is built once: the headers
 * never change, and building it parses the CSP directives each time.
 */
const setSecurityHeaders = helmet({
  // Served over plain http on localhost in development: upgrading subresource
  // requests to https there would break the web app. TLS belongs to the proxy in front.
  contentSecurityPolicy: { useDefaults: true, directives: { upgradeInsecureRequests: null } },
});
const noop = (): void => {};

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const settings = resolveSettings(options);
  const app = Fastify({
    bodyLimit: settings.bodyLimit,
    trustProxy: options.trustProxy ?? false,
    logger: {
      level: options.logLevel ?? 'info',
      // Request logs carry method, path, status and request id; never bodies
      // (the default serializers leave them out) and never credentials.
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      serializers: {
        // The path without its query string: a query may carry a patient's reference.
        req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, path: req.url.split('?', 1)[0], ip: req.ip }),
      },
    },
    // A caller's X-Request-Id is kept (so logs join up across services), else a fresh one.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });

  app.decorate('store', options.store);
  app.decorate('settings', settings);
  app.decorate('audit', auditWriter);
  app.decorate('tokens', new TokenCache((token) => findUserByToken(options.store.reader, token)));
  app.decorateRequest('user', null);

  // Validation is zod inside handlers (one error format everywhere); route
  // schemas feed the OpenAPI description only. Responses are plain JSON.
  app.setValidatorCompiler(() => (value) => ({ value }));
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler((error, request, reply) => handleError(error, request, reply));
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', String(request.id));
    // Helmet sets its headers synchronously and throws on a bad configuration rather than passing an error on.
    setSecurityHeaders(request.raw, reply.raw, noop);
    done();
  });
  await app.register(rateLimit, { global: false });
  await registerOpenApi(app);
  for (const plugin of ROUTE_PLUGINS) await app.register(plugin);
  await registerWebApp(app, settings.webRoot);
  return app;
}

/** Serves the built web app, with index.html for any non-API GET so client-side routes survive a reload. */
async function registerWebApp(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  const hasWebApp = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (hasWebApp) await app.register(fastifyStatic, { root: resolve(webRoot), wildcard: false });
  app.setNotFoundHandler(async (request, reply) => {
    if (hasWebApp && wantsWebPage(request)) return reply.sendFile('index.html');
    throw notFound(`${request.method} ${request.url.split('?', 1)[0]}`);
  });
}

const wantsWebPage = (request: FastifyRequest): boolean =>
  (request.method === 'GET' || request.method === 'HEAD') && !API_PREFIXES.some((prefix) => request.url.startsWith(prefix));
