/** POST /v1/assess: a Case in, an Assessment out; stateless, no account, nothing stored, rate-limited. */
import type { FastifyPluginAsync } from 'fastify';
import { assess } from '../../assess.js';
import { AssessmentSchema, CaseSchema } from '../../case/schema.js';
import { jsonSchema, problemResponse } from '../openapi.js';

export const assessRoutes: FastifyPluginAsync = async (app) => {
  const limit = app.settings.assessRateLimit;
  app.post(
    '/v1/assess',
    {
      ...(limit && { config: { rateLimit: { max: limit.max, timeWindow: limit.timeWindow } } }),
      schema: {
        tags: ['assess'],
        summary: 'Assess a case (nothing is stored)',
        querystring: { type: 'object', properties: { lenient: { type: 'boolean', description: 'drop unknown finding ids with a warning instead of rejecting the case' } } },
        body: jsonSchema(CaseSchema, 'input'),
        response: { 200: jsonSchema(AssessmentSchema), 400: problemResponse, 413: problemResponse, 429: problemResponse },
      },
    },
    async (request) => {
      const lenient = (request.query as { lenient?: string }).lenient === 'true';
      return assess(request.body, { lenient });
    },
  );
};
