/**
 * GET /v1/runs and GET /v1/runs/{id}: distributed screening runs (progress
 * and summary) for admins. Runs live in PostgreSQL beside the job queue, so
 * a server on SQLite has none to show.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { migrateQueueTables } from '../../queue/migrations.js';
import { isRunId } from '../../queue/location.js';
import { listRuns, runProgress } from '../../queue/progress.js';
import { summariseRun } from '../../queue/summary.js';
import type { QueueDatabase } from '../../queue/tables.js';
import { requireAdmin } from '../auth.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { BEARER_SECURITY, jsonSchema, problemResponse } from '../openapi.js';
import { parseWith } from '../parse.js';
import { notFound } from '../problem.js';
import { IdParamsSchema, PageQuerySchema, pageOf } from '../schemas.js';

const RunProgressSchema = z.object({
  id: z.string(),
  path: z.string(),
  format: z.enum(['csv', 'ndjson']),
  createdAt: z.string(),
  state: z.enum(['planning', 'queued', 'running', 'finished', 'finished with failures', 'cancelled']),
  chunks: z.object({ total: z.number(), done: z.number(), failed: z.number(), pending: z.number(), cancelled: z.number() }),
  notes: z.object({ planned: z.number(), screened: z.number(), errors: z.number().describe('notes that could not be read or screened') }),
  notesPerSecond: z.number().nullable(),
  workersSeen: z.array(z.string()),
  etaSeconds: z.number().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  failures: z.array(z.object({ chunk: z.number(), firstLine: z.number(), error: z.string() })).describe('chunks that failed every attempt'),
});

const RunSummarySchema = z.object({
  notes: z.number(),
  byTriage: z.record(z.string(), z.number()),
  redFlags: z.record(z.string(), z.number()).describe('notes with each red flag'),
  notesWithRedFlags: z.number(),
  errors: z.object({
    count: z.number(),
    first: z.array(z.object({ line: z.number(), id: z.string().nullable(), error: z.string() })),
  }),
});

const RunDetailSchema = RunProgressSchema.extend({ summary: RunSummarySchema });
const RunCursorSchema = z.object({ createdAt: z.string(), id: z.string() });

export const runRoutes: FastifyPluginAsync = async (app) => {
  const postgres = app.store.dialect === 'postgres';
  // The screening tables share the server's PostgreSQL; a worker or `screen --queue` may not have created them yet.
  const db = app.store.db as unknown as Kysely<QueueDatabase>;
  if (postgres) await migrateQueueTables(db as unknown as Kysely<unknown>);

  app.get(
    '/v1/runs',
    {
      preHandler: requireAdmin,
      schema: {
        tags: ['screening runs'],
        summary: 'Distributed screening runs, newest first, with their progress (admins only)',
        security: BEARER_SECURITY,
        querystring: jsonSchema(PageQuerySchema, 'input'),
        response: { 200: jsonSchema(pageOf(RunProgressSchema)), 401: problemResponse, 403: problemResponse },
      },
    },
    async (request) => {
      const query = parseWith(PageQuerySchema, request.query, 'query');
      if (!postgres) return { items: [], next: null };
      const before = decodeCursor(query.cursor, RunCursorSchema);
      const runs = await listRuns(db, { limit: query.limit + 1, ...(before && { before }) });
      const page = runs.slice(0, query.limit);
      const last = page.at(-1);
      return { items: page, next: runs.length > query.limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null };
    },
  );

  app.get(
    '/v1/runs/:id',
    {
      preHandler: requireAdmin,
      schema: {
        tags: ['screening runs'],
        summary: 'One screening run: progress and the summary of its results (admins only)',
        security: BEARER_SECURITY,
        params: jsonSchema(IdParamsSchema, 'input'),
        response: { 200: jsonSchema(RunDetailSchema), 401: problemResponse, 403: problemResponse, 404: problemResponse },
      },
    },
    async (request) => {
      const { id } = parseWith(IdParamsSchema, request.params, 'params');
      const progress = postgres && isRunId(id) ? await runProgress(db, id) : undefined;
      if (!progress) throw notFound(`screening run ${id}`);
      return { ...progress, summary: await summariseRun(db, id) };
    },
  );
};
