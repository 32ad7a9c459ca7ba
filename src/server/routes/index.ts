/**
 * THE route registry: every route plugin of the API, registered in this order
 * by buildApp. To add routes, write `routes/<name>.ts` exporting a
 * `FastifyPluginAsync` and add ONE line to ROUTE_PLUGINS. Inside a plugin:
 *
 *   - guard with `{ preHandler: requireUser }` / `requireAdmin` (../auth.js);
 *     the caller is then `request.user`;
 *   - the database is `app.store` (`app.store.db` is kysely; migrations go in
 *     src/store/migrations/index.ts);
 *   - audit reads and writes of patient data with `app.audit(request, {action, patientId})`;
 *   - throw `HttpProblem` / `badRequest` / `notFound` (../problem.js), or let a
 *     CaseValidationError escape: the app renders RFC 9457 problem+json;
 *   - give each route a `schema` (with `jsonSchema(zodSchema)` from ../openapi.js)
 *     so it appears in /openapi.json; validation itself is zod in the handler.
 */
import type { FastifyPluginAsync } from 'fastify';
import { assessRoutes } from './assess.js';
import { assessmentRoutes } from './assessments.js';
import { auditRoutes } from './audit.js';
import { fhirRoutes } from './fhir.js';
import { healthRoutes } from './health.js';
import { patientRoutes } from './patients.js';
import { runRoutes } from './runs.js';

export const ROUTE_PLUGINS: readonly FastifyPluginAsync[] = [
  healthRoutes,
  assessRoutes,
  patientRoutes,
  assessmentRoutes,
  auditRoutes,
  runRoutes,
  fhirRoutes,
];
