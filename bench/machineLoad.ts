/**
 * How much of the machine other processes used during a measurement: the
 * CPU time all cores spent busy (Linux /proc/stat) minus the CPU time of the
 * measured processes. A scaling figure is only as good as the idle cores it
 * had, and on a shared machine the load average alone cannot tell which run
 * was disturbed. Null where /proc/stat cannot be read.
 */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function busySeconds(): number | null {
  try {
    // cpu  user nice system idle iowait irq softirq steal …
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
    return (user! + nice! + system! + irq! + softirq! + steal!) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Starts counting; `othersSeconds(own)` gives the busy CPU seconds not accounted for by `own`. */
export function machineLoad(): { othersSeconds(ownCpuSeconds: number): number | null } {
  const start = busySeconds();
  return {
    othersSeconds: (own) => {
      const end = busySeconds();
      return start === null || end === null ? null : Math.max(0, end - start - own);
    },
  };
}

/** Waits (up to `maxSeconds`) until other processes use less than `cores` of the machine over a second. */
export async function waitForQuiet(cores = 0.15, maxSeconds = 60): Promise<boolean> {
  for (let waited = 0; waited < maxSeconds; waited++) {
    const load = machineLoad();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const others = load.othersSeconds(0);
    if (others === null || others < cores) return true;
  }
  return false;
}
