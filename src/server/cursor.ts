/** Opaque page cursors: base64url JSON, so clients cannot come to depend on their contents. */
import { z } from 'zod';
import { badRequest } from './problem.js';

export const encodeCursor = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export function decodeCursor<S extends z.ZodType>(cursor: string | undefined, schema: S): z.output<S> | undefined {
  if (cursor === undefined) return undefined;
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw badRequest('query.cursor is not a cursor this API issued', [{ path: 'query.cursor', message: 'invalid cursor' }]);
  }
}
