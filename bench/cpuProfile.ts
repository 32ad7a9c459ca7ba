/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): self time per source file
 * and per function, heaviest first, so a benchmark can say where the time went.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly byFile: readonly (readonly [string, number])[];
  readonly byFunction: readonly (readonly [string, number])[];
}

/** Reads the one profile written to `dir` and sums self time; `root` is stripped from file names. */
export function summariseProfile(dir: string, root: string): ProfileSummary {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
    total += delta;
  });
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us / 1000);
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)!.callFrame;
    const url = frame.url.replace(/^file:\/\//, '').replace(root, '');
    // V8's own entries ("(garbage collector)", "(idle)") have no file.
    add(byFile, url || frame.functionName || '(native)', us);
    add(byFunction, url ? `${frame.functionName || '(anonymous)'} ${url}` : frame.functionName || '(native)', us);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { totalMs: total / 1000, byFile: sorted(byFile), byFunction: sorted(byFunction) };
}
