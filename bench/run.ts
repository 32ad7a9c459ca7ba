/**
 * `npm run bench`: runs every bench/*.bench.ts in turn, each in its own Node
 * process (so one benchmark's heap and JIT state cannot colour another's),
 * and fails if any of them fails. A name filter may be given:
 * `npm run bench -- assess`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(BENCH_DIR)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();

let failed = 0;
for (const name of files) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(BENCH_DIR, name)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`${name} failed (exit ${result.status ?? result.signal})`);
  }
}
if (files.length === 0) console.error('no benchmarks matched');
process.exitCode = failed > 0 || files.length === 0 ? 1 : 0;
