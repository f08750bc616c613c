import { RULE_SET_SCHEMA } from '@social-lens/rules';
import { SCENARIO_SCHEMA } from '@social-lens/rules/testing';

/**
 * Body of `PUT /v1/rulesets/{publisher}/{name}/{version}`: the document, its scenario tests and,
 * for a publisher with a registered key, a detached signature. `ruleset` itself is checked with
 * the rules package (for its better messages); the OpenAPI document shows its full schema.
 */
export const PUBLISH_REQUEST_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://social-lens.org/schemas/publish-request.json',
  title: 'Publish request',
  type: 'object',
  required: ['ruleset'],
  additionalProperties: false,
  properties: {
    ruleset: { type: 'object', description: `A rule-set document (${RULE_SET_SCHEMA.$id})` },
    tests: { type: 'object', description: `Its scenario tests (${SCENARIO_SCHEMA.$id}); required for client-record rule sets` },
    signature: {
      type: 'string',
      pattern: '^[A-Za-z0-9_-]{86}$',
      description: 'Ed25519 signature (base64url, 64 bytes) over the RFC 8785 canonical JSON of `ruleset`',
    },
  },
} as const;

/** Body of `POST /v1/rulesets/{publisher}/{name}/{version}/deprecate`. */
export const DEPRECATE_REQUEST_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://social-lens.org/schemas/deprecate-request.json',
  title: 'Deprecate request',
  type: 'object',
  additionalProperties: false,
  properties: { message: { type: 'string', maxLength: 500, description: 'What members should use instead' } },
} as const;

/** Body of `POST /v1/publishers/{publisher}/keys`. */
export const ADD_KEY_REQUEST_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://social-lens.org/schemas/add-key-request.json',
  title: 'Add key request',
  type: 'object',
  required: ['publicKey'],
  additionalProperties: false,
  properties: {
    publicKey: { type: 'string', minLength: 43, maxLength: 400, description: 'Ed25519 public key: 32 raw bytes base64url, or SPKI PEM' },
  },
} as const;
