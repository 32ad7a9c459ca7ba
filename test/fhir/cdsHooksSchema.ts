/**
 * JSON Schemas (draft-07, as data) of the CDS Hooks 2.0 discovery response and
 * service response, written from the specification
 * (https://cds-hooks.hl7.org/2.0/#discovery, #cds-service-response, #card-attributes):
 * required fields, allowed values, summary under 140 characters,
 * selectionBehavior required with suggestions, a resource with every create
 * action, and "JSON elements SHALL NOT be empty" (strings and arrays, except
 * `cards`, which may be empty to mean "no guidance").
 */
import { Ajv } from 'ajv';

const text = { type: 'string', minLength: 1 } as const;
const coding = {
  type: 'object',
  required: ['code'],
  properties: { system: text, code: text, display: text },
} as const;
const extension = { type: 'object', minProperties: 1 } as const;

const action = {
  type: 'object',
  required: ['type', 'description'],
  additionalProperties: false,
  properties: {
    type: { enum: ['create', 'update', 'delete'] },
    description: text,
    resource: { type: 'object', required: ['resourceType'], properties: { resourceType: text } },
    resourceId: text,
  },
  if: { properties: { type: { const: 'create' } } },
  then: { required: ['resource'] },
} as const;

const card = {
  type: 'object',
  required: ['summary', 'indicator', 'source'],
  additionalProperties: false,
  properties: {
    uuid: text,
    summary: { type: 'string', minLength: 1, maxLength: 139 },
    detail: text,
    indicator: { enum: ['info', 'warning', 'critical'] },
    source: {
      type: 'object',
      required: ['label'],
      additionalProperties: false,
      properties: { label: text, url: { type: 'string', format: 'uri' }, icon: { type: 'string', format: 'uri' }, topic: coding },
    },
    suggestions: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['label'],
        additionalProperties: false,
        properties: { label: text, uuid: text, isRecommended: { type: 'boolean' }, actions: { type: 'array', minItems: 1, items: action } },
      },
    },
    selectionBehavior: { enum: ['at-most-one', 'any'] },
    overrideReasons: { type: 'array', minItems: 1, items: { ...coding, required: ['code', 'display'] } },
    links: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['label', 'url', 'type'],
        additionalProperties: false,
        properties: { label: text, url: { type: 'string', format: 'uri' }, type: { enum: ['absolute', 'smart'] }, appContext: text },
      },
    },
    extension,
  },
  dependencies: { suggestions: ['selectionBehavior'] },
} as const;

export const CDS_SERVICE_RESPONSE_SCHEMA = {
  type: 'object',
  required: ['cards'],
  additionalProperties: false,
  properties: { cards: { type: 'array', items: card }, systemActions: { type: 'array', minItems: 1, items: action }, extension },
} as const;

export const CDS_DISCOVERY_SCHEMA = {
  type: 'object',
  required: ['services'],
  additionalProperties: false,
  properties: {
    services: {
      type: 'array',
      items: {
        type: 'object',
        required: ['hook', 'description', 'id'],
        additionalProperties: false,
        properties: {
          hook: text,
          title: text,
          description: text,
          id: { type: 'string', pattern: '^[A-Za-z0-9._~-]+$' },
          prefetch: { type: 'object', minProperties: 1, additionalProperties: text },
          usageRequirements: text,
          extension,
        },
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: false });
// A URI check without pulling in ajv-formats: an absolute URL parses.
ajv.addFormat('uri', { type: 'string', validate: (value: string) => URL.canParse(value) });

export const validateDiscovery = ajv.compile(CDS_DISCOVERY_SCHEMA);
export const validateServiceResponse = ajv.compile(CDS_SERVICE_RESPONSE_SCHEMA);
