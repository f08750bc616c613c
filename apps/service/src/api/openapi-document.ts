import { CLIENT_RECORD_SCHEMA, FINDING_SCHEMA, OBJECTIVE_SCHEMA, RULE_SET_SCHEMA } from '@social-lens/rules';
import { PROGRESS_REPORT_SCHEMA } from '@social-lens/rules/indicators';
import { SCENARIO_SCHEMA } from '@social-lens/rules/testing';
import { OBJECTIVES_CHECK_REQUEST_SCHEMA } from './objectives-check-request-schema.ts';
import {
  ADD_KEY_EXAMPLE,
  DEPRECATE_EXAMPLE,
  OBJECTIVES_CHECK_EXAMPLE,
  PROGRESS_EXAMPLE,
  PUBLISH_EXAMPLE,
  RECORDS_CHECK_CSV_EXAMPLE,
  RECORDS_CHECK_JSON_EXAMPLE,
} from './openapi-examples.ts';
import { PROBLEM_SCHEMA } from './problem-schema.ts';
import { PROGRESS_REQUEST_SCHEMA } from './progress-request-schema.ts';
import { ADD_KEY_REQUEST_SCHEMA, DEPRECATE_REQUEST_SCHEMA, PUBLISH_REQUEST_SCHEMA } from './publish-request-schema.ts';
import { RECORDS_CHECK_REQUEST_SCHEMA } from './records-check-request-schema.ts';
import { toComponentSchemas } from './to-component-schemas.ts';

type JsonObject = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonObject, examples?: Record<string, unknown>) => ({ 'application/json': examples ? { schema, examples } : { schema } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const PROBLEMS = {
  '400': problem('Malformed JSON'),
  '413': problem('Body, records or objectives over the limit'),
  '415': problem('Unsupported content type or charset'),
  '422': problem('The body does not match its schema; `errors[].path` names where'),
  '429': problem('Rate limit passed'),
};
const pathParam = (name: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });
const RULE_SET_PATH = [pathParam('publisher', 'e.g. `core`'), pathParam('name', 'e.g. `client-data`')];
const BEARER = [{ publisherToken: [] }];
/** Operations anyone may call: stated, so that no reader has to guess. */
const PUBLIC: never[] = [];

/**
 * The OpenAPI 3.1 document of the service, built from the same JSON Schemas the service and the
 * rules package validate with, so the API description cannot drift from what is enforced.
 *
 * @example
 * const document = createOpenApiDocument()
 * document.paths['/v1/records/check'].post.requestBody
 */
export function createOpenApiDocument(): JsonObject & { paths: Record<string, Record<string, JsonObject>> } {
  const publishRequest = toComponentSchemas('PublishRequest', PUBLISH_REQUEST_SCHEMA)['PublishRequest'] as { properties: JsonObject };
  const document = {
    openapi: '3.1.0',
    info: {
      title: 'Social Lens',
      version: '0.1.0',
      description:
        'Checks the social objectives and client data of microfinance institutions; a registry of rule sets that associations publish and members pin.',
    },
    servers: [{ url: '/', description: 'This service' }],
    components: {
      securitySchemes: { publisherToken: { type: 'http', scheme: 'bearer', description: 'A publisher token (`lens admin add-publisher NAME`)' } },
      schemas: {
        ...toComponentSchemas('RuleSet', RULE_SET_SCHEMA),
        ...toComponentSchemas('RuleSetTests', SCENARIO_SCHEMA),
        ...toComponentSchemas('ClientRecord', CLIENT_RECORD_SCHEMA),
        ...toComponentSchemas('Finding', FINDING_SCHEMA),
        PublishRequest: { ...publishRequest, properties: { ...publishRequest.properties, ruleset: ref('RuleSet'), tests: ref('RuleSetTests') } },
        ...toComponentSchemas('DeprecateRequest', DEPRECATE_REQUEST_SCHEMA),
        ...toComponentSchemas('AddKeyRequest', ADD_KEY_REQUEST_SCHEMA),
        ...toComponentSchemas('RecordsCheckRequest', RECORDS_CHECK_REQUEST_SCHEMA),
        ...toComponentSchemas('Objective', OBJECTIVE_SCHEMA),
        ...toComponentSchemas('ObjectivesCheckRequest', OBJECTIVES_CHECK_REQUEST_SCHEMA),
        ...toComponentSchemas('Problem', PROBLEM_SCHEMA),
        ...toComponentSchemas('ProgressRequest', PROGRESS_REQUEST_SCHEMA),
        ...toComponentSchemas('ProgressReport', PROGRESS_REPORT_SCHEMA),
      },
    },
    paths: {
      '/health': {
        get: {
          operationId: 'health',
          summary: 'Liveness and database check',
          responses: { '200': { description: 'The service and its database answer' }, '503': problem('The database does not answer') },
        },
      },
      '/v1/records/check': {
        post: {
          operationId: 'checkRecords',
          summary: 'Check client records against rule sets from the registry',
          description:
            'CSV example: `curl -X POST "$SERVER/v1/records/check?ruleset=core/client-data@^1&param=povertyLinePerMember=150" -H "content-type: text/csv" -H "accept: application/json" --data-binary @clients.csv`',
          parameters: [
            {
              name: 'ruleset',
              in: 'query',
              schema: { type: 'array', items: { type: 'string' } },
              description: 'Rule set `id@range`; repeatable (NDJSON/CSV bodies)',
            },
            { name: 'param', in: 'query', schema: { type: 'array', items: { type: 'string' } }, description: '`name=value`; repeatable' },
            { name: 'map', in: 'query', schema: { type: 'string' }, description: 'JSON object: column → field' },
            { name: 'lang', in: 'query', schema: { type: 'string' } },
            { name: 'today', in: 'query', schema: { type: 'string', format: 'date' } },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { oneOf: [ref('RecordsCheckRequest'), { type: 'array', items: ref('ClientRecord') }] },
                examples: { json: RECORDS_CHECK_JSON_EXAMPLE },
              },
              'application/x-ndjson': { schema: ref('ClientRecord') },
              'text/csv': {
                schema: {
                  type: 'string',
                  description:
                    'A client export: header row, `,` `;` tab or `|` as delimiter; a `charset` parameter is honoured, else UTF-8 or windows-1251 from the bytes',
                },
                examples: { csv: RECORDS_CHECK_CSV_EXAMPLE },
              },
            },
          },
          responses: {
            '200': {
              description:
                'Findings: JSON with a summary, or streamed NDJSON (one finding a line) when `Accept: application/x-ndjson` or the body was NDJSON/CSV',
              content: {
                ...json({
                  type: 'object',
                  properties: {
                    findings: { type: 'array', items: ref('Finding') },
                    summary: { type: 'object', description: 'Counts of records and of findings by severity' },
                  },
                }),
                'application/x-ndjson': { schema: ref('Finding') },
              },
            },
            '404': problem('A rule set is not in the registry'),
            ...PROBLEMS,
          },
        },
      },
      '/v1/objectives/check': {
        post: {
          operationId: 'checkObjectives',
          summary: 'Check objectives for SMART criteria',
          requestBody: { required: true, content: json(ref('ObjectivesCheckRequest'), { objective: OBJECTIVES_CHECK_EXAMPLE }) },
          responses: {
            '200': { description: 'One result per objective: the five SMART criteria and the findings that explain them' },
            '404': problem('A rule set is not in the registry'),
            ...PROBLEMS,
          },
        },
      },
      '/v1/progress': {
        post: {
          operationId: 'progress',
          summary: 'Indicators per snapshot and segment, movement between snapshots, objectives’ status',
          requestBody: { required: true, content: json(ref('ProgressRequest'), { snapshots: PROGRESS_EXAMPLE }) },
          responses: {
            '200': {
              description: 'What `lens progress --format json` writes; problems of the input (a bad date, a bad period) are in `problems`',
              content: json(ref('ProgressReport')),
            },
            '404': problem('An indicators rule set is not in the registry'),
            ...PROBLEMS,
          },
        },
      },
      '/v1/rulesets': {
        get: {
          operationId: 'listRuleSets',
          summary: 'List rule sets',
          parameters: [
            { name: 'publisher', in: 'query', schema: { type: 'string' } },
            { name: 'subject', in: 'query', schema: { enum: ['client-record', 'objective', 'indicators'] } },
          ],
          responses: { '200': { description: 'Rule sets with their latest version' }, '422': problem('A query parameter that cannot be') },
        },
      },
      '/v1/rulesets/{publisher}/{name}': {
        get: {
          operationId: 'listRuleSetVersions',
          summary: 'Versions of a rule set',
          parameters: RULE_SET_PATH,
          responses: { '200': { description: 'Versions, highest first' }, '404': problem('No such rule set') },
        },
      },
      // One path for reading and publishing: OpenAPI forbids two templates that differ only in names.
      '/v1/rulesets/{publisher}/{name}/{version}': {
        get: {
          operationId: 'getRuleSet',
          summary: 'A rule-set document by exact version or semver range',
          description: 'Pin example: `curl "$SERVER/v1/rulesets/examples/national/%5E2"` (`^2`, URL-encoded) answers the highest 2.x.',
          parameters: [...RULE_SET_PATH, pathParam('version', 'An exact version or a semver range: `1.2.0`, `^1`, `>=1.1 <2`')],
          responses: {
            '200': {
              description: 'The canonical JSON of the document. `ETag` is its SHA-256; `X-Rule-Set-Signature` the publisher signature, if any',
              headers: {
                ETag: { schema: { type: 'string' } },
                'Cache-Control': { schema: { type: 'string' } },
                'X-Rule-Set-Version': { schema: { type: 'string' } },
              },
              content: json(ref('RuleSet')),
            },
            '304': { description: 'Not modified (If-None-Match)' },
            '404': problem('No such rule set or no version in range'),
          },
        },
        put: {
          operationId: 'publishRuleSet',
          summary: 'Publish a version (publisher token; immutable once published)',
          description:
            'Example: `curl -X PUT "$SERVER/v1/rulesets/examples/national/2.1.0" -H "authorization: Bearer $LENS_TOKEN" -H "content-type: application/json" --data @publish.json`, the token printed by `lens admin add-publisher examples`.',
          security: BEARER,
          parameters: [...RULE_SET_PATH, pathParam('version', 'An exact semantic version, the `version` of the document')],
          requestBody: { required: true, content: json(ref('PublishRequest'), { national: PUBLISH_EXAMPLE }) },
          responses: {
            '201': { description: 'Published' },
            '200': { description: 'The same content was already published: nothing changed' },
            '401': problem('No or wrong token'),
            '403': problem("Another publisher's namespace"),
            '409': problem('The version exists with other content'),
            ...PROBLEMS,
          },
        },
      },
      '/v1/rulesets/{publisher}/{name}/{version}/deprecate': {
        post: {
          operationId: 'deprecateRuleSet',
          summary: 'Deprecate a version (it stays resolvable)',
          security: BEARER,
          parameters: [...RULE_SET_PATH, pathParam('version', 'exact semantic version')],
          requestBody: { required: false, content: json(ref('DeprecateRequest'), { deprecate: DEPRECATE_EXAMPLE }) },
          responses: {
            '200': { description: 'Deprecated' },
            '401': problem('No or wrong token'),
            '403': problem("Another publisher's namespace"),
            '404': problem('No such version'),
          },
        },
      },
      '/v1/publishers/{publisher}': {
        get: {
          operationId: 'getPublisher',
          summary: 'A publisher and its active signing keys',
          parameters: [pathParam('publisher', 'e.g. `assoc`')],
          responses: { '200': { description: 'The publisher' }, '404': problem('No such publisher') },
        },
      },
      '/v1/publishers/{publisher}/keys': {
        post: {
          operationId: 'addPublisherKey',
          summary: 'Register an Ed25519 public key: from then on every new version must be signed',
          security: BEARER,
          parameters: [pathParam('publisher', 'e.g. `assoc`')],
          requestBody: { required: true, content: json(ref('AddKeyRequest'), { key: ADD_KEY_EXAMPLE }) },
          responses: {
            '201': { description: 'Registered' },
            '200': { description: 'Already registered' },
            '401': problem('No or wrong token'),
            '403': problem("Another publisher's namespace"),
            ...PROBLEMS,
          },
        },
      },
      '/openapi.json': {
        get: { operationId: 'openApiDocument', summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } },
      },
      '/widget.js': {
        get: {
          operationId: 'widget',
          summary: 'The embeddable widget',
          responses: { '200': { description: 'JavaScript module' }, '503': problem('The widget bundle is not built') },
        },
      },
    },
  };
  for (const operation of Object.values(document.paths).flatMap((methods) => Object.values(methods) as JsonObject[])) {
    operation['security'] ??= PUBLIC;
  }
  return document;
}
