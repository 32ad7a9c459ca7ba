/** POST /v1/assess: a Case in, an Assessment out; stateless, no account, nothing stored, rate-limited. */
import type { FastifyPluginAsync } from 'fastify';
import { assess } from '../../assess.js';
import { AssessmentSchema, CaseSchema } from '../../case/schema.js';
import { jsonSchema, problemResponse } from '../openapi.js';
import { parseWith } from '../parse.js';
import { AssessQuerySchema } from '../schemas.js';

export const assessRoutes: FastifyPluginAsync = async (app) => {
  const limit = app.settings.assessRateLimit;
  app.post(
    '/v1/assess',
    {
      ...(limit && { config: { rateLimit: { max: limit.max, timeWindow: limit.timeWindow } } }),
      schema: {
        tags: ['assess'],
        summary: 'Assess a case (nothing is stored)',
        querystring: jsonSchema(AssessQuerySchema, 'input'),
        body: jsonSchema(CaseSchema, 'input'),
        response: { 200: jsonSchema(AssessmentSchema), 400: problemResponse, 413: problemResponse, 429: problemResponse },
      },
    },
    async (request) => {
      const { lenient } = parseWith(AssessQuerySchema, request.query, 'query');
      return assess(request.body, { lenient: lenient === 'true' });
    },
  );
};
