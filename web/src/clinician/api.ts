/**
 * The clinician view's calls to the HTTP API. The bearer token (from
 * `sciatrace user add`) is kept for this browser tab only (sessionStorage).
 */
import type { Assessment, Case } from '../../../src/case/schema.js';
import type { Movement, Region, Side, TriageLevel } from '../../../src/knowledge/vocabulary.js';

const TOKEN_KEY = 'sciatrace.token';

export const getToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);
export const setToken = (token: string | null) =>
  token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY);

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown, token = getToken()): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        ...(token && { authorization: `Bearer ${token}` }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'The server cannot be reached. Are you offline?');
  }
  if (!response.ok) {
    // Errors are RFC 9457 problem+json naming the field.
    const problem = (await response.json().catch(() => ({}))) as { title?: string; detail?: string };
    throw new ApiError(response.status, problem.detail ?? problem.title ?? `HTTP ${response.status}`);
  }
  return (await response.json()) as T;
}

export interface Patient {
  readonly id: string;
  readonly externalRef: string;
  readonly birthYear: number | null;
  readonly sex: string | null;
  readonly createdAt: string;
}

export interface StoredAssessment {
  readonly assessmentId: string;
  readonly patientId: string;
  readonly createdAt: string;
  readonly comparedWith: string | null;
  readonly assessment: Assessment;
}

export interface TimelinePoint {
  readonly assessmentId: string;
  readonly createdAt: string;
  readonly triageLevel: TriageLevel;
  readonly redFlags: readonly string[];
  readonly pain: { readonly back: string | null; readonly leg: string | null; readonly legSides: readonly Side[]; readonly legRegions: readonly Region[] };
  readonly grades: readonly { readonly movement: Movement; readonly side: Side | null; readonly grade: number }[];
  readonly progression: readonly string[];
}

export const checkToken = (token: string) => call<{ items: Patient[] }>('GET', '/v1/patients?limit=1', undefined, token);
export const listPatients = () => call<{ items: Patient[] }>('GET', '/v1/patients?limit=100');
export const getPatient = (id: string) => call<Patient>('GET', `/v1/patients/${encodeURIComponent(id)}`);
export const createPatient = (input: { externalRef: string; birthYear?: number; sex?: string }) =>
  call<Patient>('POST', '/v1/patients', input);
export const saveAssessment = (patientId: string, kase: Case) =>
  call<StoredAssessment>('POST', `/v1/patients/${encodeURIComponent(patientId)}/assessments`, kase);

export async function getTimeline(patientId: string): Promise<TimelinePoint[]> {
  const body = await call<{ items?: TimelinePoint[]; points?: TimelinePoint[] } | TimelinePoint[]>(
    'GET',
    `/v1/patients/${encodeURIComponent(patientId)}/timeline`,
  );
  const points = Array.isArray(body) ? body : (body.items ?? body.points ?? []);
  return [...points].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
