/** The lexicon is data: it covers the case format, compiles, and the core stays free of Node built-ins. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FINDINGS, MOVEMENTS, REGIONS } from '../../src/knowledge/vocabulary.js';
import { LEXICON } from '../../src/text/index.js';
import { TRANSPARENT } from '../../src/text/lexicon/index.js';
import { phraseTokens } from '../../src/text/tokenize.js';

const concepts = LEXICON.map((e) => e.concept);

describe('lexicon', () => {
  it('names every finding of the case format', () => {
    const named = new Set(concepts.flatMap((c) => (c.kind === 'finding' ? c.targets.map((t) => t.finding) : c.kind === 'pain' && c.quality ? [c.quality] : [])));
    // Findings composed from other words rather than named by one.
    for (const composed of ['leg_pain', 'groin_pain', 'pain_worse_cough_sneeze', 'pain_worse_sitting', 'pain_worse_bending_forward']) named.add(composed as never);
    expect(FINDINGS.filter((f) => !named.has(f))).toEqual([]);
  });

  it('names every region and movement', () => {
    const regions = new Set(concepts.flatMap((c) => (c.kind === 'site' || c.kind === 'dermatome' ? c.regions : [])));
    expect(REGIONS.filter((r) => !regions.has(r))).toEqual([]);
    const movements = new Set(concepts.flatMap((c) => (c.kind === 'finding' ? c.targets.flatMap((t) => (t.movement ? [t.movement] : [])) : [])));
    expect(MOVEMENTS.filter((m) => !movements.has(m))).toEqual([]);
  });

  it('every phrase is words the tokenizer can match', () => {
    for (const entry of LEXICON) for (const phrase of entry.phrases) expect(phraseTokens(phrase).length, phrase).toBeGreaterThan(0);
  });

  it('no phrase of several words shrinks to a bare joining word once the words the matcher steps over are gone', () => {
    // "and my" would match every "and", "if your" every "if": the matcher steps over "my" and "your".
    const joining = new Set(['and', 'or', ',', 'if', 'but', 'to', 'of', 'in', 'on', 'with', 'for', 'not', 'no']);
    const shrunk = LEXICON.flatMap((e) => e.phrases).filter((phrase) => {
      const words = phraseTokens(phrase);
      const kept = words.filter((w) => !TRANSPARENT.has(w));
      return kept.length < words.length && kept.length === 1 && joining.has(kept[0]!);
    });
    expect(shrunk).toEqual([]);
  });

  it('the text core imports no Node built-ins (it runs in the browser)', () => {
    const dir = fileURLToPath(new URL('../../src/text/', import.meta.url));
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const file of files) expect(readFileSync(`${dir}${file}`, 'utf8'), file).not.toMatch(/from ['"](node:|fs|path|os|worker_threads)/);
  });
});
