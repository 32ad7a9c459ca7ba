// Placeholder until the knowledge base and Bayesian model land: a flat,
// low-confidence answer so the rest of the engine can be wired and tested.
import type { Case } from '../case/schema.js';
import { CONDITIONS } from '../knowledge/vocabulary.js';
import type { Inference } from './types.js';

export type { Inference } from './types.js';

export function infer(kase: Case): Inference {
  void kase;
  return {
    painMechanism: [
      { id: 'somatic_referred', probability: 0.4 },
      { id: 'radicular', probability: 0.4 },
      { id: 'non_spinal', probability: 0.2 },
    ],
    roots: [],
    conditions: CONDITIONS.map((id) => ({ id, name: id, probability: 1 / CONDITIONS.length })),
    confidence: 'low',
    explanation: [],
  };
}
