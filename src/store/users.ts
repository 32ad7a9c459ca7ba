/**
 * Accounts. A bearer token is 32 random bytes shown once at creation; only
 * its sha256 is stored, so a copy of the database does not hand out logins.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { guarded, isUniqueViolation, StoreConflictError } from './errors.js';
import type { DatabaseSchema, UserRole, UserRow } from './schema.js';

export interface User {
  readonly id: string;
  readonly name: string;
  readonly role: UserRole;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const toUser = (row: Pick<UserRow, 'id' | 'name' | 'role'>): User => ({ id: row.id, name: row.name, role: row.role });

/** Creates a user and returns it with its bearer token (the only time the token exists in clear). */
export async function createUser(db: Kysely<DatabaseSchema>, name: string, role: UserRole): Promise<{ user: User; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const row = { id: randomUUID(), name, role, token_hash: hashToken(token), created_at: new Date().toISOString() };
  try {
    await db.insertInto('users').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new StoreConflictError(`a user named ${JSON.stringify(name)} already exists`, error);
    throw error;
  }
  return { user: toUser(row), token };
}

export const findUserByToken = (db: Kysely<DatabaseSchema>, token: string): Promise<User | undefined> =>
  guarded(async () => {
    const row = await db
      .selectFrom('users')
      .select(['id', 'name', 'role'])
      .where('token_hash', '=', hashToken(token))
      .executeTakeFirst();
    return row && toUser(row);
  });

export const listUsers = (db: Kysely<DatabaseSchema>): Promise<(User & { createdAt: string })[]> =>
  guarded(async () =>
    (await db.selectFrom('users').select(['id', 'name', 'role', 'created_at']).orderBy('created_at').execute()).map((r) => ({
      ...toUser(r),
      createdAt: r.created_at,
    })),
  );
