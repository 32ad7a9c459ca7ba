/**
 * A patient's assessments over time (account needed): store a new one
 * (compared with the earlier ones: progression), list them newest first, read
 * one, and the timeline for charts. Someone else's patient is a 404; every
 * read and write is audited.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CaseSchema } from '../../case/schema.js';
import { parseCase } from '../../case/validate.js';
import { assessCaseWithHistory, buildTimeline } from '../../progression/index.js';
import { appendAssessment, findAssessment, listAssessments, seriesOf } from '../../store/assessments.js';
import { findPatient, type Patient } from '../../store/patients.js';
import { auditEntry } from '../audit.js';
import { currentUser, requireUser } from '../auth.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { BEARER_SECURITY, jsonSchema, problemResponse } from '../openapi.js';
import { parseWith } from '../parse.js';
import { notFound } from '../problem.js';
import { AssessQuerySchema, IdParamsSchema, PageQuerySchema, pageOf, StoredAssessmentSchema, TimelineSchema } from '../schemas.js';

/** Stored records go out as the JSON text kept in the database, not re-serialised. */
const JSON_TYPE = 'application/json; charset=utf-8';

const docs = (summary: string, extra: Record<string, unknown>) => ({
  tags: ['assessments'],
  summary,
  security: BEARER_SECURITY,
  ...extra,
});

export const assessmentRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('preHandler', requireUser);

  // Who may see a patient never changes (patients are neither transferred nor
  // deleted, and accounts keep their role), so a viewer's successful look-up
  // can be remembered. Only successes are kept: a refusal is always asked of
  // the database again.
  const allowed = new Map<string, Patient>();
  const ALLOWED_MAX = 10_000;

  /** The patient, if the caller may see it; otherwise the refusal is audited and the answer is 404. */
  const visiblePatient = async (request: FastifyRequest, action: string): Promise<Patient> => {
    const { id } = parseWith(IdParamsSchema, request.params, 'params');
    const viewer = currentUser(request);
    const key = `${viewer.id}\u0000${id}`;
    let patient = allowed.get(key);
    if (!patient) {
      patient = await findPatient(app.store.reader, viewer, id);
      if (patient) {
        if (allowed.size >= ALLOWED_MAX) allowed.delete(allowed.keys().next().value!);
        allowed.set(key, patient);
      }
    }
    if (!patient) {
      await app.audit(request, { action, patientId: id, outcome: 'not_found' });
      throw notFound(`patient ${id}`);
    }
    return patient;
  };

  app.post(
    '/v1/patients/:id/assessments',
    {
      schema: docs('Assess a case for this patient and store it, compared with the earlier assessments', {
        params: jsonSchema(IdParamsSchema),
        querystring: jsonSchema(AssessQuerySchema, 'input'),
        body: jsonSchema(CaseSchema, 'input'),
        response: { 201: jsonSchema(StoredAssessmentSchema), 400: problemResponse, 401: problemResponse, 404: problemResponse, 413: problemResponse, 503: problemResponse },
      }),
    },
    async (request, reply) => {
      const { lenient } = parseWith(AssessQuerySchema, request.query, 'query');
      // Validate before touching the database: a bad case never opens a transaction.
      const { case: validated, warnings } = parseCase(request.body, { lenient: lenient === 'true' });
      const patient = await visiblePatient(request, 'assessment.create');
      const { record, json } = await appendAssessment(app.store, {
        patientId: patient.id,
        author: currentUser(request),
        evaluate: (history) => assessCaseWithHistory(validated, history, warnings),
        audit: auditEntry(request, { action: 'assessment.create', patientId: patient.id }),
      });
      return reply.code(201).header('location', `/v1/assessments/${record.assessmentId}`).type(JSON_TYPE).send(json);
    },
  );

  app.get(
    '/v1/patients/:id/assessments',
    {
      schema: docs("The patient's assessments, newest first", {
        params: jsonSchema(IdParamsSchema),
        querystring: jsonSchema(PageQuerySchema, 'input'),
        response: { 200: jsonSchema(pageOf(StoredAssessmentSchema)), 400: problemResponse, 401: problemResponse, 404: problemResponse },
      }),
    },
    async (request, reply) => {
      const query = parseWith(PageQuerySchema, request.query, 'query');
      const patient = await visiblePatient(request, 'assessment.list');
      const beforeSeq = decodeCursor(query.cursor, z.number().int().positive());
      const { items, nextSeq } = await listAssessments(app.store.reader, patient.id, { limit: query.limit, beforeSeq });
      await app.audit(request, { action: 'assessment.list', patientId: patient.id });
      const next = JSON.stringify(nextSeq === null ? null : encodeCursor(nextSeq));
      return reply.type(JSON_TYPE).send(`{"items":[${items.join(',')}],"next":${next}}`);
    },
  );

  app.get(
    '/v1/patients/:id/timeline',
    {
      schema: docs("The patient's series for charts: triage level, pain, MRC grades and regions per assessment, oldest first", {
        params: jsonSchema(IdParamsSchema),
        response: { 200: jsonSchema(TimelineSchema), 401: problemResponse, 404: problemResponse },
      }),
    },
    async (request) => {
      const patient = await visiblePatient(request, 'timeline.read');
      const series = await seriesOf(app.store.reader, patient.id);
      await app.audit(request, { action: 'timeline.read', patientId: patient.id });
      return { patientId: patient.id, points: buildTimeline(series) };
    },
  );

  app.get(
    '/v1/assessments/:id',
    {
      schema: docs('One stored assessment', {
        params: jsonSchema(IdParamsSchema),
        response: { 200: jsonSchema(StoredAssessmentSchema), 401: problemResponse, 404: problemResponse },
      }),
    },
    async (request, reply) => {
      const { id } = parseWith(IdParamsSchema, request.params, 'params');
      const stored = await findAssessment(app.store.reader, currentUser(request), id);
      await app.audit(request, { action: 'assessment.read', patientId: stored?.patientId, targetId: id, outcome: stored ? 'ok' : 'not_found' });
      if (!stored) throw notFound(`assessment ${id}`);
      return reply.type(JSON_TYPE).send(stored.json);
    },
  );
};
