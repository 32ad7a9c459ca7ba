/** GET /v1/audit: the append-only audit log, newest first, for admins. Reading it is itself audited. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { listAudit } from '../../store/audit.js';
import { requireAdmin } from '../auth.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { BEARER_SECURITY, jsonSchema, problemResponse } from '../openapi.js';
import { parseWith } from '../parse.js';
import { AuditQuerySchema, AuditRecordSchema, pageOf } from '../schemas.js';

export const auditRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/v1/audit',
    {
      preHandler: requireAdmin,
      schema: {
        tags: ['audit'],
        summary: 'The audit log (admins only)',
        security: BEARER_SECURITY,
        querystring: jsonSchema(AuditQuerySchema, 'input'),
        response: { 200: jsonSchema(pageOf(AuditRecordSchema)), 401: problemResponse, 403: problemResponse },
      },
    },
    async (request) => {
      const query = parseWith(AuditQuerySchema, request.query, 'query');
      const before = decodeCursor(query.cursor, z.number().int());
      const items = await listAudit(app.store.reader, { patientId: query.patientId, userId: query.userId, before, limit: query.limit + 1 });
      await app.audit(request, { action: 'audit.read', patientId: query.patientId });
      const page = items.slice(0, query.limit);
      const last = page.at(-1);
      return { items: page, next: items.length > query.limit && last ? encodeCursor(last.id) : null };
    },
  );
};
