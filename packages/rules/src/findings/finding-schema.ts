import type { FromSchema } from 'json-schema-to-ts';
import { SEVERITY_SCHEMA } from '../ruleset/rule-set-schema.ts';

/** JSON Schema of a finding: the one shape every check returns (DESIGN.md, "Findings"). */
export const FINDING_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://social-lens.org/schemas/finding.json',
  title: 'Finding',
  type: 'object',
  required: ['ruleId', 'ruleSet', 'severity', 'fields', 'message'],
  additionalProperties: false,
  properties: {
    ruleId: { type: 'string', description: '`publisher/name#rule-id`' },
    ruleSet: { type: 'string', description: '`id@version` of the document that defined the rule' },
    severity: SEVERITY_SCHEMA,
    recordId: { type: 'string', description: 'clientId of the record, or `line N` when it has none' },
    line: { type: 'integer', minimum: 1, description: 'Line of the record in its file, when it came from one' },
    objectiveId: { type: 'string' },
    fields: { type: 'array', items: { type: 'string' } },
    message: { type: 'string' },
    span: {
      type: 'object',
      required: ['start', 'end'],
      additionalProperties: false,
      properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } },
      description: 'Objectives only: where in the text, as UTF-16 offsets',
    },
    suggestion: { type: 'string' },
    criterion: { enum: ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] },
    group: { type: 'object', additionalProperties: { type: 'string' }, description: 'Aggregate findings only' },
  },
} as const;

export type Finding = FromSchema<typeof FINDING_SCHEMA>;
