import { OBJECTIVE_SCHEMA } from '@social-lens/rules';
import { RULE_SET_REFERENCES_SCHEMA } from './records-check-request-schema.ts';

const { $schema: _dialect, $id: _id, ...objective } = OBJECTIVE_SCHEMA;

/**
 * Body of `POST /v1/objectives/check`: one objective or a list, each as the rules package's
 * objective schema describes it (its own text length limit aside: the service's is configurable).
 */
export const OBJECTIVES_CHECK_REQUEST_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://social-lens.org/schemas/objectives-check-request.json',
  title: 'Objectives check request',
  type: 'object',
  additionalProperties: false,
  properties: {
    objective,
    objectives: { type: 'array', minItems: 1, items: objective },
    rulesets: RULE_SET_REFERENCES_SCHEMA,
    lang: { type: 'string', pattern: '^[a-z]{2,3}$', description: 'Language of messages; the language of each text by default' },
    today: { type: 'string', format: 'date', description: 'The date deadlines are measured against' },
  },
  oneOf: [{ required: ['objective'] }, { required: ['objectives'] }],
} as const;
