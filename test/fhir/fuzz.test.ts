/**
 * Bad FHIR input never crashes the reader and never yields a case silently:
 * arbitrary JSON, and valid responses with one part replaced by arbitrary
 * JSON, either read as a valid Case or fail with a FhirInputError naming
 * where. (A crash here would be an HTTP 500 on POST /fhir/$assess.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../src/case/schema.js';
import { caseToResponses } from '../../src/fhir/caseToResponses.js';
import { fhirToCase } from '../../src/fhir/inputToCase.js';
import { FhirInputError } from '../../src/fhir/outcome.js';
import { patientViewService } from '../../src/fhir/cdsHooks.js';
import { validateServiceResponse } from './cdsHooksSchema.js';
import { vignettes } from './vignettes.js';

function readsOrRefuses(input: unknown): void {
  try {
    const { case: kase } = fhirToCase(input);
    expect(CaseSchema.safeParse(kase).success).toBe(true);
  } catch (error) {
    expect(error).toBeInstanceOf(FhirInputError);
    expect((error as FhirInputError).issues.length).toBeGreaterThan(0);
    for (const issue of (error as FhirInputError).issues) expect(issue.expression).not.toBe('');
  }
}

/** Every path to a value inside a JSON tree. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v));
  const record = value as Record<string, unknown>;
  return { ...record, [head as string]: replaceAt(record[head as string], rest, replacement) };
}

describe('CDS prefetch fuzzing', () => {
  it('any prefetch JSON gets a response of the CDS Hooks shape, never a throw', () => {
    const options = { resultUrl: () => 'https://sciatrace.example/' };
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('observations', 'questionnaireResponses', 'other'), fc.jsonValue()), (prefetch) => {
        const response = patientViewService({ hook: 'patient-view', hookInstance: 'h', context: { patientId: 'p1' }, prefetch }, options);
        expect(validateServiceResponse(response)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('FHIR input fuzzing', () => {
  it('arbitrary JSON is read or refused, never a crash', () => {
    fc.assert(fc.property(fc.jsonValue(), readsOrRefuses), { numRuns: 300 });
    fc.assert(
      fc.property(fc.constantFrom('QuestionnaireResponse', 'Observation', 'Bundle', 'Parameters', 'Patient'), fc.dictionary(fc.string(), fc.jsonValue()), (resourceType, rest) =>
        readsOrRefuses({ ...rest, resourceType }),
      ),
      { numRuns: 300 },
    );
  });

  it('refuses values whose own toString would throw, naming where (found by the property below)', () => {
    const { interview } = caseToResponses(vignettes[0]!.case);
    const hostile = { toString: false };
    readsOrRefuses({ ...interview, item: [{ linkId: hostile, answer: [] }] });
    readsOrRefuses({ ...interview, item: [{ linkId: 'symptoms', item: [{ linkId: 'back_pain', item: [{ linkId: hostile }] }] }] });
    readsOrRefuses({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: hostile } }] });
  });

  it('a valid response with any one part replaced by arbitrary JSON is read or refused, never a crash', () => {
    const responses = vignettes.flatMap((v) => {
      const { interview, examination } = caseToResponses(v.case);
      return [interview, examination].filter((r) => r !== undefined);
    });
    fc.assert(
      fc.property(fc.constantFrom(...responses), fc.nat(), fc.oneof(fc.jsonValue(), fc.constantFrom({ toString: false }, [{ valueOf: 1, toString: 2 }])), (response, pick, replacement) => {
        const all = paths(response);
        const path = all[pick % all.length] ?? [];
        const damaged = replaceAt(response, path, replacement);
        readsOrRefuses(damaged);
        const prefetch = { questionnaireResponses: { resourceType: 'Bundle', type: 'searchset', entry: [{ resource: damaged }] } };
        const cds = patientViewService({ hook: 'patient-view', hookInstance: 'h', context: { patientId: 'p1' }, prefetch }, { resultUrl: () => 'https://sciatrace.example/' });
        expect(validateServiceResponse(cds)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
