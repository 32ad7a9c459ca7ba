/**
 * Every schema migration, in order. Migrations run on server start and before
 * any CLI command touches the database. To add one: write
 * `NNN-name.ts` exporting `(dialect) => Migration` and add ONE line below.
 * Never edit a migration that has shipped; add a new one.
 */
import type { Migration } from 'kysely';
import type { DialectName } from '../dialect.js';
import { initial } from './001-initial.js';

export const migrations = (dialect: DialectName): Record<string, Migration> => ({
  '001-initial': initial(dialect),
});
