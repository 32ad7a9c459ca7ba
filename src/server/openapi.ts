/**
 * The OpenAPI 3.1 description, built from the same zod schemas that validate
 * requests (`jsonSchema(zodSchema)` on each route's `schema`), served at
 * /openapi.json with a browsable page at /docs.
 *
 * Route schemas are documentation only: the app validates with zod inside the
 * handlers (so errors name fields the same way everywhere) and serialises with
 * JSON.stringify, so a schema can never silently drop a field from a response.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

/** A zod schema as JSON Schema for a route's `schema` (request side uses the input shape: defaults optional). */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

export const problemResponse = {
  description: 'RFC 9457 problem details naming each bad field',
  content: {
    'application/problem+json': {
      schema: {
        type: 'object',
        required: ['type', 'title', 'status'],
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
        },
      },
    },
  },
} as const;

export const BEARER_SECURITY = [{ bearer: [] }];

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Sciatrace API',
        version: '0.1.0',
        description:
          'Back-related leg pain: triage, nerve root, likely conditions and a plan, with reasons. ' +
          'Patients and their assessments over time, with progression between visits.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    // Swagger UI sets inline styles from its script; allow those on the docs page only.
    transformStaticCSP: (header) => header.replace(/style-src ([^;]*)/, (directive) => `${directive} 'unsafe-inline'`),
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
