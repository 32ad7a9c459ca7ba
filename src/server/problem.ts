/**
 * RFC 9457 problem details: every error the API returns is
 * `application/problem+json` with `{type, title, status, detail, errors}`,
 * where `errors` names each bad field. Route plugins throw HttpProblem (or let
 * a CaseValidationError / store error escape) and the app's error handler
 * renders it; `sendProblem` is for the rare place that must reply directly.
 */
import type { FastifyReply } from 'fastify';
import type { FieldIssue } from '../case/validate.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface Problem {
  /** A URI naming the kind of problem; `about:blank` when the status says it all. */
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string | undefined;
  readonly errors?: readonly FieldIssue[] | undefined;
}

/** Problem kinds of our own, beyond the plain HTTP statuses. */
export const PROBLEM_TYPES = {
  validation: 'urn:sciatrace:problem:validation',
  unauthenticated: 'urn:sciatrace:problem:unauthenticated',
  forbidden: 'urn:sciatrace:problem:forbidden',
  notFound: 'urn:sciatrace:problem:not-found',
  conflict: 'urn:sciatrace:problem:conflict',
  unavailable: 'urn:sciatrace:problem:database-unavailable',
} as const;

export class HttpProblem extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'HttpProblem';
    this.problem = problem;
  }
}

export const badRequest = (detail: string, errors: readonly FieldIssue[] = []): HttpProblem =>
  new HttpProblem({ type: PROBLEM_TYPES.validation, title: 'Invalid request', status: 400, detail, errors });

/** The answer for a patient or assessment that does not exist *or belongs to someone else*: the two are indistinguishable. */
export const notFound = (what: string): HttpProblem =>
  new HttpProblem({ type: PROBLEM_TYPES.notFound, title: 'Not found', status: 404, detail: `${what} not found` });

export const unauthenticated = (detail: string): HttpProblem =>
  new HttpProblem({ type: PROBLEM_TYPES.unauthenticated, title: 'Authentication required', status: 401, detail });

export const forbidden = (detail: string): HttpProblem =>
  new HttpProblem({ type: PROBLEM_TYPES.forbidden, title: 'Forbidden', status: 403, detail });

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  const body: Problem = { ...problem, errors: problem.errors ?? [] };
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(body);
}
