import type { FromSchema } from 'json-schema-to-ts';

const expectedFinding = {
  type: 'object',
  required: ['rule'],
  additionalProperties: false,
  properties: {
    rule: { type: 'string', description: 'rule id, local (`gender-code`) or qualified (`core/client-data#gender-code`)' },
    fields: { type: 'array', items: { type: 'string' }, description: 'exact fields of the finding' },
    severity: { enum: ['error', 'warning', 'info'] },
    message: { type: 'string', description: 'text the rendered message contains' },
  },
} as const;

/**
 * JSON Schema of a rule set's scenario tests (`tests.json` beside `ruleset.json`): records that
 * trigger each rule and near misses that do not, as association authors write them.
 */
export const SCENARIO_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://social-lens.org/schemas/rule-set-tests.json',
  type: 'object',
  required: ['ruleset', 'cases'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    ruleset: { type: 'string', description: 'the rule set under test, `id` or `id@range`' },
    today: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'the date runs are made on' },
    lang: { type: 'string' },
    base: { type: 'object', description: 'a clean record each case starts from; it must give no finding' },
    cases: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'expect'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1 },
          rule: { type: 'string', description: 'compare only the findings of this rule (all findings when absent)' },
          record: { type: 'object', description: 'changes to `base`: a value replaces, null removes the field' },
          params: { type: 'object', description: 'run-time parameter values' },
          expect: { type: 'array', items: expectedFinding, description: 'the findings, in order; [] for a near miss' },
        },
      },
    },
  },
} as const;

export type ScenarioDocument = FromSchema<typeof SCENARIO_SCHEMA>;
export type ScenarioCase = ScenarioDocument['cases'][number];
