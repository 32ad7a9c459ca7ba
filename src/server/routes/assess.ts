/** POST /v1/assess: a Case in, an Assessment out; stateless, no account, nothing stored, rate-limited. */
import type { FastifyPluginAsync } from 'fastify';
import { assess } from '../../assess.js';
import { assessmentJsonBytes } from '../../case/assessmentJson.js';
import { AssessmentSchema, CaseSchema } from '../../case/schema.js';
import { jsonSchema, problemResponse } from '../openapi.js';
import { parseWith } from '../parse.js';
import { AssessQuerySchema } from '../schemas.js';

const JSON_TYPE = 'application/json; charset=utf-8';

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
    async (request, reply) => {
      const { lenient } = parseWith(AssessQuerySchema, request.query, 'query');
      const assessment = assess(request.body, { lenient: lenient === 'true' });
      // The shape-aware writer gives JSON.stringify's bytes at about half the cost of stringifying and
      // encoding (the writer's buffer is reused, so the bytes are copied out).
      return reply.type(JSON_TYPE).send(Buffer.from(assessmentJsonBytes(assessment)));
    },
  );
};
