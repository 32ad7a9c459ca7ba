/** `sciatrace user add NAME --role clinician|admin`: creates an account and prints its bearer token once. */
import type { Command } from 'commander';
import { StoreConflictError } from '../../store/errors.js';
import { resolveDbLocation } from '../../store/location.js';
import { USER_ROLES, type UserRole } from '../../store/schema.js';

// The database code is loaded when an action runs: its drivers would slow every other command's start.
const storeModules = () => Promise.all([import('../../store/open.js'), import('../../store/users.js')]);

const isRole = (value: string): value is UserRole => (USER_ROLES as readonly string[]).includes(value);

export function register(program: Command): void {
  const user = program.command('user').description('manage API accounts (bearer tokens)');

  user
    .command('add <name>')
    .description('create an account; prints its bearer token once, alone on the last line (only a hash is stored)')
    .requiredOption('--role <role>', `one of ${USER_ROLES.join(', ')}`)
    .option('--db <file-or-url>', 'SQLite file or postgres:// URL (default: $SCIATRACE_DB, else ./data/sciatrace.db)')
    .action(async (name: string, options: { role: string; db?: string }) => {
      if (!isRole(options.role)) return user.error(`--role: must be one of ${USER_ROLES.join(', ')}, not "${options.role}"`, { exitCode: 2 });
      if (!/^[\w.@-]{1,100}$/.test(name)) return user.error('name: 1-100 letters, digits, dot, dash, underscore or @', { exitCode: 2 });
      const [{ openStore }, { createUser }] = await storeModules();
      const store = await openStore(resolveDbLocation(options.db));
      try {
        const { user: created, token } = await createUser(store.db, name, options.role);
        console.log(`created ${created.role} ${created.name} (id ${created.id}); its bearer token, shown only now:`);
        console.log(token);
      } catch (error) {
        if (error instanceof StoreConflictError) return user.error(`name: ${error.message}`, { exitCode: 2 });
        throw error;
      } finally {
        await store.close();
      }
    });

  user
    .command('list')
    .description('list accounts (never tokens)')
    .option('--db <file-or-url>', 'SQLite file or postgres:// URL (default: $SCIATRACE_DB, else ./data/sciatrace.db)')
    .action(async (options: { db?: string }) => {
      const [{ openStore }, { listUsers }] = await storeModules();
      const store = await openStore(resolveDbLocation(options.db));
      try {
        for (const u of await listUsers(store.db)) console.log(`${u.name}\t${u.role}\t${u.id}\t${u.createdAt}`);
      } finally {
        await store.close();
      }
    });
}
