/**
 * Patients (account needed). A clinician sees and writes only their own
 * patients; someone else's patient is a 404, indistinguishable from one that
 * does not exist. Every read and write is audited.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { createPatient, findPatient, listPatients } from '../../store/patients.js';
import { appendAudit } from '../../store/audit.js';
import { auditEntry } from '../audit.js';
import { currentUser, requireUser } from '../auth.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { BEARER_SECURITY, jsonSchema, problemResponse } from '../openapi.js';
import { parseWith } from '../parse.js';
import { notFound } from '../problem.js';
import { IdParamsSchema, pageOf, PatientInputSchema, PatientListQuerySchema, PatientSchema } from '../schemas.js';

const PatientCursorSchema = z.object({ createdAt: z.string(), id: z.string() });

export const patientRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('preHandler', requireUser);

  app.post(
    '/v1/patients',
    {
      schema: {
        tags: ['patients'],
        summary: 'Register a patient (no names: a reference, birth year and sex)',
        security: BEARER_SECURITY,
        body: jsonSchema(PatientInputSchema, 'input'),
        response: { 201: jsonSchema(PatientSchema), 400: problemResponse, 401: problemResponse, 409: problemResponse },
      },
    },
    async (request, reply) => {
      const input = parseWith(PatientInputSchema, request.body, 'body');
      const patient = await app.store.transact(async (trx) => {
        const created = await createPatient(trx, currentUser(request), input);
        await appendAudit(trx, auditEntry(request, { action: 'patient.create', patientId: created.id, targetId: created.id }));
        return created;
      });
      return reply.code(201).send(patient);
    },
  );

  app.get(
    '/v1/patients',
    {
      schema: {
        tags: ['patients'],
        summary: 'The patients the caller may see, newest first',
        security: BEARER_SECURITY,
        querystring: jsonSchema(PatientListQuerySchema, 'input'),
        response: { 200: jsonSchema(pageOf(PatientSchema)), 400: problemResponse, 401: problemResponse },
      },
    },
    async (request) => {
      const query = parseWith(PatientListQuerySchema, request.query, 'query');
      const after = decodeCursor(query.cursor, PatientCursorSchema);
      const { rows, more } = await listPatients(app.store.reader, currentUser(request), { limit: query.limit, after, externalRef: query.externalRef });
      await app.audit(request, { action: 'patient.list' });
      const last = rows.at(-1);
      return { items: rows, next: more && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null };
    },
  );

  app.get(
    '/v1/patients/:id',
    {
      schema: {
        tags: ['patients'],
        summary: 'One patient',
        security: BEARER_SECURITY,
        params: jsonSchema(IdParamsSchema),
        response: { 200: jsonSchema(PatientSchema), 401: problemResponse, 404: problemResponse },
      },
    },
    async (request) => {
      const { id } = parseWith(IdParamsSchema, request.params, 'params');
      const patient = await findPatient(app.store.reader, currentUser(request), id);
      await app.audit(request, { action: 'patient.read', patientId: id, outcome: patient ? 'ok' : 'not_found' });
      if (!patient) throw notFound(`patient ${id}`);
      return patient;
    },
  );
};
