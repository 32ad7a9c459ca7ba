/** zod parsing of request parts with errors that name the field (`query.limit`, `params.id`, `externalRef`). */
import type { z } from 'zod';
import { toFieldIssues } from '../case/validate.js';
import { badRequest } from './problem.js';

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, part: 'body' | 'query' | 'params'): z.output<S> {
  const result = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
  if (result.success) return result.data;
  // Body fields are named as in the document itself (`evidence[0].finding`), like the CLI does.
  const errors = toFieldIssues(result.error).map((issue) =>
    part === 'body' ? issue : { ...issue, path: issue.path ? `${part}.${issue.path}` : part },
  );
  return fail(errors);
}

const fail = (errors: { path: string; message: string }[]): never => {
  throw badRequest(errors.map((e) => `${e.path || '(body)'}: ${e.message}`).join('; '), errors);
};
