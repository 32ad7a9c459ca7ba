import type { Group, Patient, Reference } from '@medplum/fhirtypes';

/** Who the resources are about: what every resource we write references when the input names a patient. */
export type SubjectReference = Reference<Patient | Group>;

/** Narrows a reference read from input; only Patient and Group subjects are carried over. */
export function asSubject(reference: Reference | undefined): SubjectReference | undefined {
  if (!reference) return undefined;
  const type = reference.reference?.split('/')[0] ?? reference.type;
  return type === undefined || type === 'Patient' || type === 'Group' ? (reference as SubjectReference) : undefined;
}
