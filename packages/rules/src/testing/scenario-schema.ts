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
    suggestion: { type: 'string', description: 'text the rendered suggestion contains' },
    words: { type: 'string', description: 'objective findings: the words of the text the span points at' },
    recordId: { type: 'string', description: 'portfolio cases: the record of the finding (duplicates)' },
    group: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'portfolio cases: the exact group of an aggregate finding, e.g. {"loanOfficerId": "LO07"}',
    },
  },
} as const;

const portfolioPart = {
  type: 'object',
  required: ['record'],
  additionalProperties: false,
  properties: {
    count: { type: 'integer', minimum: 1, maximum: 10000, description: 'how many records of this kind (1 by default)' },
    record: { type: 'object', description: 'changes to `base`, as in a record case' },
    vary: {
      type: 'object',
      description: 'fields whose values the records of this part take in turn, e.g. {"householdIncomeMonthly": ["400", "440", "480"]}',
      additionalProperties: { type: 'array', minItems: 1, items: { type: ['string', 'number'] } },
    },
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
          portfolio: {
            type: 'array',
            minItems: 1,
            maxItems: 100,
            items: portfolioPart,
            description:
              'a portfolio case: records made of `base` and each part, in order, judged by the portfolio rules; a record without its own clientId gets R001, R002…',
          },
          objective: { type: 'object', required: ['text'], description: 'objective rule sets: the objective to check (text and structured fields)' },
          criteria: {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(
              ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'].map((name) => [name, { enum: [true, false, null] }]),
            ) as Record<'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound', { enum: [true, false, null] }>,
            description: 'objective rule sets: the expected mark of each criterion named',
          },
          params: { type: 'object', description: 'run-time parameter values' },
          score: { type: ['integer', 'null'], description: 'scorecard rule sets: the expected score of the record, null when it cannot be scored' },
          band: {
            type: ['array', 'null'],
            minItems: 2,
            maxItems: 2,
            items: { type: 'integer' },
            description: 'scorecard rule sets: the expected band [min, max], null when the record cannot be scored',
          },
          likelihoods: {
            type: ['object', 'null'],
            additionalProperties: { type: 'number' },
            description: 'scorecard rule sets: the expected likelihood of each line (every line the scorecard declares), null when not scored',
          },
          expect: { type: 'array', items: expectedFinding, description: 'the findings, in order; [] for a near miss' },
        },
      },
    },
  },
} as const;

export type ScenarioDocument = FromSchema<typeof SCENARIO_SCHEMA>;
export type ScenarioCase = ScenarioDocument['cases'][number];
