/**
 * The one place where failures become HTTP statuses: validation → 400, an
 * oversized body → 413, a database that cannot answer → 503, anything else →
 * 500 (logged with the request id; the client sees no internals).
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CaseValidationError, toFieldIssues } from '../case/validate.js';
import { StoreConflictError, StoreUnavailableError } from '../store/errors.js';
import { HttpProblem, PROBLEM_TYPES, sendProblem, type Problem } from './problem.js';

const STATUS_TITLES: Readonly<Record<number, string>> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Request body too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export const titleFor = (status: number): string => STATUS_TITLES[status] ?? 'Error';

export function toProblem(error: unknown): Problem {
  if (error instanceof HttpProblem) return error.problem;
  if (error instanceof CaseValidationError)
    return { type: PROBLEM_TYPES.validation, title: 'Invalid case', status: 400, detail: error.message, errors: error.issues };
  if (error instanceof z.ZodError) {
    const errors = toFieldIssues(error);
    return { type: PROBLEM_TYPES.validation, title: 'Invalid request', status: 400, detail: errors.map((e) => `${e.path || '(body)'}: ${e.message}`).join('; '), errors };
  }
  if (error instanceof StoreUnavailableError)
    return { type: PROBLEM_TYPES.unavailable, title: titleFor(503), status: 503, detail: 'The database is not answering; try again shortly.' };
  if (error instanceof StoreConflictError) return { type: PROBLEM_TYPES.conflict, title: titleFor(409), status: 409, detail: error.message };
  const status = (error as Partial<FastifyError>).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Fastify's own client errors (malformed JSON, body too large, wrong content type, rate limit).
    const message = error instanceof Error ? error.message : String(error);
    const errors = status === 400 ? [{ path: '', message }] : [];
    return { type: 'about:blank', title: titleFor(status), status, detail: message, errors };
  }
  return { type: 'about:blank', title: titleFor(500), status: 500, detail: 'An unexpected error occurred; it has been logged.' };
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem = toProblem(error);
  // A database outage is an expected condition (warn, once per request); anything else at 5xx is a bug.
  if (problem.status === 503) request.log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'service unavailable');
  else if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
  if (problem.status === 429 || problem.status === 503) reply.header('retry-after', '1');
  return sendProblem(reply, problem);
}
