/** Liveness (the process answers) and readiness (the database answers too). */
import type { FastifyPluginAsync } from 'fastify';
import { HttpProblem, PROBLEM_TYPES } from '../problem.js';

export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get('/healthz', { schema: { tags: ['health'], summary: 'The process is up' } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { tags: ['health'], summary: 'The process and its database answer' } }, async () => {
    try {
      await app.store.ping();
    } catch {
      throw new HttpProblem({ type: PROBLEM_TYPES.unavailable, title: 'Service unavailable', status: 503, detail: 'the database is not answering' });
    }
    return { status: 'ready', database: app.store.dialect };
  });
};
