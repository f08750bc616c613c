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

const expectedFigure = {
  value: { type: ['number', 'null'], description: 'the value (fractions for shares and rates); null when it cannot be computed' },
  numerator: { type: 'number' },
  denominator: { type: 'number' },
  excluded: { type: 'integer', minimum: 0, description: 'records left out for a missing, unreadable or uncoded value' },
  distribution: { type: 'object', additionalProperties: { type: 'number' }, description: 'distribution indicators: the exact share of each value' },
  counts: { type: 'object', additionalProperties: { type: 'integer' }, description: 'exact records per value (distribution) or per population (rate)' },
  reason: { type: 'string', description: 'text the reason of a null value contains' },
} as const;

const indicatorSnapshot = {
  type: 'object',
  required: ['asOf', 'records'],
  additionalProperties: false,
  description: 'indicator cases: one snapshot, made of `base` and each part as in a portfolio case',
  properties: {
    asOf: { type: 'string', format: 'date' },
    period: {
      type: 'object',
      required: ['from', 'to'],
      additionalProperties: false,
      description: 'the period, when not the 12 months ending at asOf',
      properties: { from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' } },
    },
    records: { type: 'array', minItems: 1, maxItems: 100, items: portfolioPart },
  },
} as const;

const expectedValue = {
  type: 'object',
  additionalProperties: false,
  description: 'indicator cases: the figures expected (each one given is compared; numbers to 1e-9)',
  properties: {
    ...expectedFigure,
    segments: {
      type: 'object',
      description: 'by segment fact, every group in order with the figures given for it',
      additionalProperties: {
        type: 'array',
        items: { type: 'object', required: ['group'], additionalProperties: false, properties: { group: { type: 'string' }, ...expectedFigure } },
      },
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
        required: ['name'],
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
          expect: { type: 'array', items: expectedFinding, description: 'the findings, in order; [] for a near miss (every case but indicator cases)' },
          indicator: { type: 'string', description: 'indicator cases: the indicator under test, local (`women-share`) or qualified' },
          snapshot: indicatorSnapshot,
          values: expectedValue,
        },
      },
    },
  },
} as const;

export type ScenarioDocument = FromSchema<typeof SCENARIO_SCHEMA>;
export type ScenarioCase = ScenarioDocument['cases'][number];
