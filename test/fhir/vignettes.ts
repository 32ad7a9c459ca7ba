/** The 64 dev vignettes (../shared/vignettes/dev.jsonl beside the repository). */
import { readFileSync } from 'node:fs';
import type { Case } from '../../src/case/schema.js';
import { parseCase } from '../../src/case/validate.js';

export interface Vignette {
  readonly id: string;
  readonly case: Case;
  readonly expected: { readonly triage: string; readonly condition: string };
}

const VIGNETTES_URL = new URL('../../../shared/vignettes/dev.jsonl', import.meta.url);

export const vignettes: readonly Vignette[] = readFileSync(VIGNETTES_URL, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const raw = JSON.parse(line) as { id: string; case: unknown; expected: Vignette['expected'] };
    return { id: raw.id, case: parseCase(raw.case).case, expected: raw.expected };
  });
