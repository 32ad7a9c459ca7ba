import { apiContract } from './api.contract.js';
import { tempDbFile } from './harness.js';

apiContract('SQLite', async () => ({ url: tempDbFile() }));
