/**
 * A database that cannot answer (gone, locked, full, unreachable) is a
 * service condition (HTTP 503), not a bug: repositories wrap driver failures in
 * StoreUnavailableError so the edge can tell them from programming errors.
 */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`database unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StoreUnavailableError';
  }
}

/** A uniqueness rule of the schema was violated (e.g. two writers raced for the same slot). */
export class StoreConflictError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'StoreConflictError';
  }
}

/**
 * Wraps an error raised by the caller's own code inside a transaction (the
 * engine, say) so that `guarded` re-throws the original instead of calling it a
 * database failure: a bug stays a 500, never a misleading 503.
 */
export class CallerError extends Error {
  constructor(readonly original: unknown) {
    super('error in caller code', { cause: original });
    this.name = 'CallerError';
  }
}

const UNIQUE_VIOLATION = new Set(['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && UNIQUE_VIOLATION.has(String((error as { code?: unknown }).code));

/** Runs a database operation, turning driver failures into StoreUnavailableError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof CallerError) throw error.original;
    if (error instanceof StoreConflictError || error instanceof StoreUnavailableError) throw error;
    if (isUniqueViolation(error)) throw new StoreConflictError('unique constraint violated', error);
    throw new StoreUnavailableError(error);
  }
}
