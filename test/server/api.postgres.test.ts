import { describe } from 'vitest';
import { freshDatabase, skipPostgres } from '../helpers/postgres.js';
import { apiContract } from './api.contract.js';

describe.skipIf(skipPostgres)('PostgreSQL', () => {
  apiContract('PostgreSQL', () => freshDatabase('sciatrace_api'));
});
