/**
 * FHIR R4 (`/fhir/*`) and CDS Hooks 2.0 (`/cds-services*`) routes. Adapters
 * only: parse → core (src/fhir) → serialise. FHIR routes answer
 * application/fhir+json and report errors as OperationOutcome (status from
 * `statusOf`); CDS Hooks routes answer plain JSON, and their malformed
 * requests get the API's usual problem+json.
 */
import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Case } from '../../case/schema.js';
import {
  assessFhir,
  buildAssessOperation,
  buildCapabilityStatement,
  buildCodeSystem,
  cdsDiscovery,
  CdsRequestSchema,
  CODE_SYSTEM_ID,
  notFoundOutcome,
  operationOutcome,
  PATIENT_VIEW_SERVICE_ID,
  patientViewService,
  QUESTIONNAIRE_BUILDERS,
  QUESTIONNAIRE_IDS,
  statusOf,
  toOperationOutcome,
} from '../../fhir/index.js';
import { badRequest, notFound } from '../problem.js';
import { parseWith } from '../parse.js';

export const FHIR_CONTENT_TYPE = 'application/fhir+json; charset=utf-8';

const baseUrl = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;

/** A deep link into the web app's result page with the case in the fragment (never sent to a server). */
export const resultUrl = (base: string, kase: Case): string => `${base}/#/result?case=${encodeURIComponent(JSON.stringify(kase))}`;

const sendFhir = (reply: FastifyReply, resource: Resource, status = 200): FastifyReply => reply.code(status).type(FHIR_CONTENT_TYPE).send(resource);

/** Every stored resource of a type as a searchset Bundle, optionally filtered by canonical `url`. */
function searchset(request: FastifyRequest, type: string, resources: readonly (Resource & { url?: string })[]): Bundle {
  const { url } = (request.query ?? {}) as { url?: string };
  // A canonical may carry a version (`url|0.1.0`); match both parts when it does.
  const [wantedUrl, wantedVersion] = url?.split('|') ?? [];
  const matches = resources.filter(
    (r) => wantedUrl === undefined || (r.url === wantedUrl && (wantedVersion === undefined || (r as { version?: string }).version === wantedVersion)),
  );
  const base = baseUrl(request);
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: matches.length,
    link: [{ relation: 'self', url: `${base}${request.url}` }],
    entry: matches.map((resource) => ({ fullUrl: `${base}/fhir/${type}/${resource.id ?? ''}`, resource, search: { mode: 'match' } })),
  };
}

const fhirOnly: FastifyPluginAsync = async (app: FastifyInstance) => {
  // FHIR clients send application/fhir+json; parse it like JSON (this plugin's scope only).
  app.addContentTypeParser(['application/fhir+json'], { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  app.setErrorHandler((error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, body too large, rate limit.
      return sendFhir(reply, operationOutcome([{ code: 'invalid', expression: 'body', message: error instanceof Error ? error.message : String(error) }]), status);
    }
    const outcome = toOperationOutcome(error);
    const code = statusOf(outcome);
    if (code >= 500) request.log.error({ err: error }, 'FHIR request failed');
    return sendFhir(reply, outcome, code);
  });

  const questionnaires = () => QUESTIONNAIRE_IDS.map((id) => QUESTIONNAIRE_BUILDERS[id]());
  const schema = (summary: string) => ({ schema: { tags: ['fhir'], summary } });

  app.get('/fhir/metadata', schema('FHIR CapabilityStatement'), async (request, reply) => sendFhir(reply, buildCapabilityStatement(baseUrl(request))));
  app.get('/fhir/Questionnaire', schema('The interview and examination Questionnaires (searchset Bundle)'), async (request, reply) =>
    sendFhir(reply, searchset(request, 'Questionnaire', questionnaires())),
  );
  app.get<{ Params: { id: string } }>('/fhir/Questionnaire/:id', schema('One Questionnaire'), async (request, reply) => {
    const found = questionnaires().find((q) => q.id === request.params.id);
    return found ? sendFhir(reply, found) : sendFhir(reply, notFoundOutcome(`Questionnaire/${request.params.id}`), 404);
  });
  app.get('/fhir/CodeSystem', schema('Our CodeSystem (searchset Bundle)'), async (request, reply) => sendFhir(reply, searchset(request, 'CodeSystem', [buildCodeSystem()])));
  app.get<{ Params: { id: string } }>('/fhir/CodeSystem/:id', schema('Our CodeSystem'), async (request, reply) =>
    request.params.id === CODE_SYSTEM_ID ? sendFhir(reply, buildCodeSystem()) : sendFhir(reply, notFoundOutcome(`CodeSystem/${request.params.id}`), 404),
  );

  app.get<{ Params: { id: string } }>('/fhir/OperationDefinition/:id', schema('The $assess OperationDefinition'), async (request, reply) =>
    request.params.id === 'assess' ? sendFhir(reply, buildAssessOperation()) : sendFhir(reply, notFoundOutcome(`OperationDefinition/${request.params.id}`), 404),
  );

  const limit = app.settings.assessRateLimit;
  app.post(
    '/fhir/$assess',
    {
      ...(limit && { config: { rateLimit: { max: limit.max, timeWindow: limit.timeWindow } } }),
      ...schema('Assess a QuestionnaireResponse or a Bundle of Observations; returns a Bundle (nothing is stored)'),
    },
    async (request, reply) => sendFhir(reply, assessFhir(request.body, { timestamp: new Date() }).bundle),
  );

  // Anything else under /fhir is a FHIR 404, not the API's problem+json.
  app.all('/fhir/*', { schema: { hide: true } }, async (request, reply) => sendFhir(reply, notFoundOutcome(`${request.method} ${request.url.split('?', 1)[0] ?? ''}`), 404));
};

const cdsHooks: FastifyPluginAsync = async (app: FastifyInstance) => {
  // CDS Hooks clients may call from a browser (e.g. the CDS Hooks sandbox): the
  // specification asks services to allow cross-origin calls.
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-allow-headers', 'Authorization, Content-Type');
    reply.header('access-control-allow-methods', 'GET, POST, OPTIONS');
  });
  app.options('/cds-services', { schema: { hide: true } }, async (_request, reply) => reply.code(204).send());
  app.options('/cds-services/:id', { schema: { hide: true } }, async (_request, reply) => reply.code(204).send());
  app.get('/cds-services', { schema: { tags: ['cds-hooks'], summary: 'CDS Hooks discovery' } }, async () => cdsDiscovery());
  app.post<{ Params: { id: string } }>('/cds-services/:id', { schema: { tags: ['cds-hooks'], summary: 'Call a CDS service (patient-view)' } }, async (request) => {
    if (request.params.id !== PATIENT_VIEW_SERVICE_ID) throw notFound(`CDS service ${request.params.id}`);
    const call = parseWith(CdsRequestSchema, request.body, 'body');
    if (call.hook !== 'patient-view') throw badRequest(`service ${PATIENT_VIEW_SERVICE_ID} answers the patient-view hook, not ${call.hook}`, [{ path: 'hook', message: 'expected patient-view' }]);
    const base = baseUrl(request);
    return patientViewService(call, { resultUrl: (kase) => resultUrl(base, kase) });
  });
};

export const fhirRoutes: FastifyPluginAsync = async (app) => {
  await app.register(fhirOnly);
  await app.register(cdsHooks);
};
