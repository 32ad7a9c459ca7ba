// Placeholder until the free-text extractor lands.
import type { EvidenceItem } from '../case/schema.js';

export interface Extraction {
  readonly evidence: readonly EvidenceItem[];
  readonly age?: number;
  readonly sex?: 'female' | 'male';
  readonly durationDays?: number;
  readonly onset?: 'sudden' | 'gradual';
}

export function extract(text: string): Extraction {
  void text;
  return { evidence: [] };
}
