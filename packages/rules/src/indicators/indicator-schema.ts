/**
 * The indicators part of the rule-set schema (`"subject": "indicators"`): populations, value
 * codes, indicator definitions and transitions, all data. Conditions and derived facts are the
 * rule set's own (`#/$defs/topLevelCondition`, `derived`), so these parts live inside
 * `RULE_SET_SCHEMA` and refer to its `$defs`.
 */

const INDICATOR_ID_PATTERN = '^[a-z][a-z0-9-]{0,62}$';
const NAME_PATTERN = '^[A-Za-z][A-Za-z0-9]{0,62}$';

const localizedText = { $ref: '#/$defs/localizedText' } as const;
const condition = { $ref: '#/$defs/topLevelCondition' } as const;
const factName = { type: 'string', pattern: NAME_PATTERN, description: 'A field of the client record or a derived fact.' } as const;
const populationName = { type: 'string', pattern: NAME_PATTERN, description: 'A population declared under `populations`.' } as const;
const termList = { type: 'array', maxItems: 8, items: populationName } as const;

/** Units of an indicator: what its value is and how it is computed. */
export const INDICATOR_UNITS = ['share', 'count', 'mean', 'median', 'rate'] as const;

const countSum = {
  type: 'object',
  required: ['plus'],
  additionalProperties: false,
  description: 'Rate indicators: the counts of the populations in `plus` added, those in `minus` taken away.',
  properties: { plus: { ...termList, minItems: 1 }, minus: termList },
} as const;

const population = {
  type: 'object',
  required: ['title', 'when'],
  additionalProperties: false,
  properties: {
    title: localizedText,
    description: { type: 'string', maxLength: 2000 },
    when: {
      ...condition,
      description:
        'The records that belong: a json-rules-engine condition over the record, its derived facts and the period facts `asOf`, `periodFrom`, `periodTo`. Unknown (a value it needs is missing or outside its codes) leaves the record out of every indicator over it, counted in `excluded`.',
    },
  },
} as const;

const textMatch = {
  type: 'object',
  additionalProperties: false,
  description:
    "How an objective's text names this indicator, in the SMART analyzer's term ids: every id of `targetGroups` and at least one of `indicators` (when given) must be found, none of `unlessTargetGroups`.",
  properties: {
    targetGroups: { type: 'array', maxItems: 8, items: { type: 'string', maxLength: 60 } },
    indicators: { type: 'array', maxItems: 8, items: { type: 'string', maxLength: 60 } },
    unlessTargetGroups: { type: 'array', maxItems: 8, items: { type: 'string', maxLength: 60 } },
  },
} as const;

const indicator = {
  type: 'object',
  required: ['id', 'title', 'description', 'unit'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: INDICATOR_ID_PATTERN },
    title: localizedText,
    description: { type: 'string', minLength: 1, maxLength: 4000, description: 'The formula in words and where it comes from (a standard and its version).' },
    source: { type: 'string', maxLength: 500, description: 'The standard or guide the definition follows, e.g. "IRIS+ PI9319 (v5.3)".' },
    unit: { enum: INDICATOR_UNITS, description: 'share and rate: fractions 0–1; count: records; mean and median: in the unit of `value`.' },
    population: { ...populationName, description: 'share, count, mean, median: the records the indicator is over.' },
    numerator: {
      description: 'share: the records of the population counted (a condition); rate: a sum of population counts.',
      if: { type: 'object', required: ['plus'] },
      then: countSum,
      else: condition,
    },
    denominator: { ...countSum, description: 'rate: a sum of population counts.' },
    value: { ...factName, description: 'mean and median: the number averaged, a field or a derived fact.' },
    distribution: { ...factName, description: 'share: a share per value of this fact, instead of one numerator (e.g. exitReason).' },
    dates: {
      type: 'array',
      maxItems: 8,
      uniqueItems: true,
      items: factName,
      description: 'The date fields that place a record in time for this indicator; the latest of them in an export is its default `asOf`.',
    },
    segments: {
      type: 'array',
      maxItems: 16,
      uniqueItems: true,
      items: factName,
      description: 'Facts the indicator is broken down by (branchId, loanOfficerId, a derived loan-cycle band…).',
    },
    textMatch,
  },
  allOf: [
    {
      if: { required: ['unit'], properties: { unit: { const: 'share' } } },
      then: { required: ['population'], oneOf: [{ required: ['numerator'] }, { required: ['distribution'] }] },
    },
    { if: { required: ['unit'], properties: { unit: { enum: ['mean', 'median'] } } }, then: { required: ['population', 'value'] } },
    { if: { required: ['unit'], properties: { unit: { const: 'count' } } }, then: { required: ['population'] } },
    { if: { required: ['unit'], properties: { unit: { const: 'rate' } } }, then: { required: ['numerator', 'denominator'] } },
  ],
} as const;

/** `$defs` entries the indicators part adds to the rule-set schema. */
export const INDICATOR_SCHEMA_DEFS = { indicator, population, countSum } as const;

/** Document properties of an indicators rule set, spread into `RULE_SET_SCHEMA.properties`. */
export const INDICATOR_DOCUMENT_PROPERTIES = {
  populations: {
    type: 'object',
    maxProperties: 64,
    propertyNames: { pattern: NAME_PATTERN },
    additionalProperties: { $ref: '#/$defs/population' },
    description: 'Indicators rule sets: named sets of records (active at the end of the period, new in the period…) that indicators count.',
  },
  codes: {
    type: 'object',
    maxProperties: 64,
    propertyNames: { pattern: NAME_PATTERN },
    description: 'Indicators rule sets: the values a fact may take; any other value (gender "X") is unknown, and a record that needs it is left out.',
    additionalProperties: {
      oneOf: [
        { type: 'array', maxItems: 256, items: { type: 'string', maxLength: 100 } },
        { type: 'object', required: ['param'], additionalProperties: false, properties: { param: { type: 'string', pattern: NAME_PATTERN } } },
      ],
    },
  },
  indicators: {
    type: 'array',
    maxItems: 200,
    items: { $ref: '#/$defs/indicator' },
    description: 'Indicators rule sets: the indicator definitions.',
  },
  transitions: {
    type: 'object',
    required: ['population', 'fields'],
    additionalProperties: false,
    description: 'Indicators rule sets: which clients are matched between consecutive snapshots, and the facts whose movement is counted.',
    properties: {
      population: populationName,
      fields: { type: 'array', minItems: 1, maxItems: 8, uniqueItems: true, items: factName },
    },
  },
} as const;
