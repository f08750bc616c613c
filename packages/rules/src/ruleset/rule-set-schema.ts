import { EXPRESSION_SCHEMA } from '../facts/expression-schema.ts';
import { INDICATOR_DOCUMENT_PROPERTIES, INDICATOR_SCHEMA_DEFS } from '../indicators/indicator-schema.ts';
import { SCORECARD_PROPERTIES_SCHEMA } from '../scorecard/scorecard-schema.ts';
import { VOCABULARIES_SCHEMA } from '../smart/vocabulary-schema.ts';
import { LOCALIZED_TEXT_SCHEMA as localizedText } from './localized-text-schema.ts';

const IDENTIFIER = '^[a-z][a-z0-9-]{0,62}$';
/** `publisher/name`, both lower-case kebab words. */
export const RULE_SET_ID_PATTERN = '^[a-z][a-z0-9-]{0,62}/[a-z][a-z0-9-]{0,62}$';
/** Semantic version without build metadata. */
export const SEMVER_PATTERN = '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$';
/** `publisher/name@range`, e.g. `core/client-data@^1`. A missing range means any version. */
export const RULE_SET_REFERENCE_PATTERN = '^[a-z][a-z0-9-]{0,62}/[a-z][a-z0-9-]{0,62}(@[0-9xX*^~<>=|. a-z-]{1,64})?$';
/** `publisher/name#rule-id`: a rule of another rule set, as overrides name it. */
const QUALIFIED_RULE_ID_PATTERN = '^[a-z][a-z0-9-]{0,62}/[a-z][a-z0-9-]{0,62}#[a-z][a-z0-9-]{0,62}$';
/** Only plain member and index steps: JSONPath filters would be code from another organisation. */
export const FACT_PATH_PATTERN = '^\\$(\\.[A-Za-z_][A-Za-z0-9_]{0,62}|\\[[0-9]{1,6}\\]){1,8}$';

/** How bad a finding of a rule is. */
export const SEVERITY_SCHEMA = { enum: ['error', 'warning', 'info'] } as const;

const conditionValue = {
  description: 'A literal, a list of literals, a parameter (`{"param": name}`, substituted when the rule set is resolved) or another fact (`{"fact": name}`).',
  type: ['number', 'string', 'boolean', 'null', 'array', 'object'],
  maxLength: 2000,
  maxItems: 256,
  items: { type: ['number', 'string', 'boolean'] },
  propertyNames: { enum: ['param', 'fact', 'path'] },
  properties: {
    param: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]{0,62}$' },
    fact: { type: 'string', minLength: 1, maxLength: 100 },
    path: { type: 'string', pattern: FACT_PATH_PATTERN },
  },
  oneOf: [{ required: ['param'], not: { required: ['fact'] } }, { required: ['fact'], not: { required: ['param'] } }, { not: { type: 'object' } }],
} as const;

const parameterDefinition = {
  type: 'object',
  required: ['type', 'default', 'description'],
  additionalProperties: false,
  properties: {
    type: { enum: ['number', 'integer', 'string', 'boolean', 'string-list', 'number-list'] },
    default: {},
    description: { type: 'string', minLength: 1, maxLength: 1000 },
    minimum: { type: 'number' },
    maximum: { type: 'number' },
    unit: { type: 'string', maxLength: 50, description: 'e.g. "local currency per month"' },
  },
} as const;

const rule = {
  type: 'object',
  required: ['id', 'title', 'severity', 'fields', 'message', 'when'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: IDENTIFIER },
    scope: { const: 'record', description: 'A record rule (the default): judged on each record on its own.' },
    title: { anyOf: [{ type: 'string', minLength: 1, maxLength: 200 }, localizedText], description: 'A title, or a title per language.' },
    description: { type: 'string', maxLength: 4000 },
    severity: SEVERITY_SCHEMA,
    locked: {
      type: 'boolean',
      description: 'A rule set that extends this one may not disable it nor lower its severity.',
    },
    fields: {
      type: 'array',
      maxItems: 32,
      items: { type: 'string', minLength: 1, maxLength: 100 },
      description: 'The fields a finding of this rule points at.',
    },
    fieldsFrom: {
      type: 'string',
      minLength: 1,
      maxLength: 100,
      description: 'A fact whose value (a list of field names) gives the fields of each finding, e.g. `unreadableFields`.',
    },
    criterion: {
      enum: ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'],
      description: 'Objective rule sets: the SMART criterion a finding of this rule speaks to.',
    },
    verdict: {
      enum: ['not-met', 'cannot-tell', 'note'],
      description:
        'Objective rule sets: what a finding says of its criterion. Default: "not-met" for errors, "note" otherwise; "cannot-tell" makes the criterion unknown (null) unless another finding says it is not met.',
    },
    spanFrom: {
      type: 'string',
      minLength: 1,
      maxLength: 100,
      description:
        'Objective rule sets: a list of the analysis (e.g. `unanchoredVagueWords`) whose items each give one finding, with the span of the words and `{matchedText}` for the message.',
    },
    message: localizedText,
    suggestion: localizedText,
    source: { type: 'string', maxLength: 500, description: 'Where the rule comes from (a standard, a regulation).' },
    when: { $ref: '#/$defs/topLevelCondition' },
  },
} as const;

const numberOrParameter = {
  description: 'A number, or a parameter of the rule set (`{"param": name}`), substituted when the rule set is resolved.',
  type: ['number', 'object'],
  required: ['param'],
  additionalProperties: false,
  properties: { param: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]{0,62}$' } },
} as const;

const factName = { type: 'string', minLength: 1, maxLength: 100, description: 'A field of the record or a derived fact.' } as const;

const groupBy = { ...factName, description: 'The field whose values form the groups: branchId, loanOfficerId, loanCycle, area…' } as const;

const minGroupSize = { ...numberOrParameter, description: 'Groups with fewer records are not judged (default 10).' } as const;

/** The declarative check of a portfolio rule: exactly one of these, all data. */
const portfolioCheck = {
  type: 'object',
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
  description: 'What a portfolio rule computes over the whole export, in one pass.',
  properties: {
    groupStatistic: {
      type: 'object',
      required: ['groupBy', 'statistic'],
      additionalProperties: false,
      description: 'A statistic of each group against a bound: count, share of records matching a condition, mean, median or a quantile of a fact.',
      properties: {
        groupBy,
        statistic: { enum: ['count', 'share', 'mean', 'median', 'quantile'] },
        value: { ...factName, description: 'The numeric fact of mean, median and quantile.' },
        quantile: { ...numberOrParameter, description: 'Which quantile, 0 to 1 (statistic "quantile").' },
        matching: { $ref: '#/$defs/topLevelCondition', description: 'The records a share counts (statistic "share").' },
        above: { ...numberOrParameter, description: 'A finding when the statistic is above this.' },
        below: { ...numberOrParameter, description: 'A finding when the statistic is below this.' },
        minGroupSize,
      },
    },
    groupOutlier: {
      type: 'object',
      required: ['groupBy', 'value'],
      additionalProperties: false,
      description:
        "A robust outlier test of each group's median of a fact against the other groups' medians: the modified z-score 0.6745 × (group median − median of group medians) ÷ MAD of group medians.",
      properties: {
        groupBy,
        value: { ...factName, description: 'The numeric fact whose median is compared, e.g. incomePerMember.' },
        maxModifiedZ: {
          ...numberOrParameter,
          description:
            "A finding when |modified z| is above this (default 3.5, Iglewicz and Hoaglin) and the group's median is also more than this many of its standard errors away (1.2533 × σ ÷ √n, σ from the MAD of all records).",
        },
        minRelativeDifference: {
          ...numberOrParameter,
          description: "…and the group's median differs from the median of group medians by at least this share of it (default 0).",
        },
        direction: { enum: ['above', 'below', 'both'], description: 'Which side counts (default both).' },
        minGroupSize,
        minGroups: { ...numberOrParameter, description: 'No test with fewer judged groups than this (default 5).' },
      },
    },
    distributionDrift: {
      type: 'object',
      required: ['groupBy', 'value'],
      additionalProperties: false,
      description:
        "How far each group's distribution of a categorical fact (e.g. povertyLevel) is from the rest of the portfolio: total variation distance ½ Σ |p − q|, and a chi-square test of the group against the rest.",
      properties: {
        groupBy,
        value: { ...factName, description: 'The categorical fact, e.g. povertyLevel.' },
        maxDistance: { ...numberOrParameter, description: 'A finding when the distance is above this (default 0.15)…' },
        maxPValue: { ...numberOrParameter, description: '…and the chi-square p-value is below this (default 0.001).' },
        minGroupSize,
      },
    },
    duplicates: {
      type: 'object',
      required: ['key'],
      additionalProperties: false,
      description: 'Records that share a normalised key: each record involved gets a finding naming the others.',
      properties: {
        key: { type: 'array', minItems: 1, maxItems: 4, items: factName, description: 'Facts that together form the key; a record missing one is skipped.' },
        normalize: {
          enum: ['identifier', 'text', 'exact'],
          description:
            'identifier (default): upper-case, without spaces, dashes, dots, slashes and underscores; text: lower-case, accents removed, spaces collapsed; exact: as written.',
        },
        placeholders: {
          description:
            'Values that stand for "not known" (0, 000000, n/a…): compared after normalisation, a record with one is skipped like a record without a key, never a duplicate group. A list or a string-list parameter.',
          oneOf: [
            { type: 'array', maxItems: 200, items: { type: 'string', maxLength: 100 } },
            {
              type: 'object',
              required: ['param'],
              additionalProperties: false,
              properties: { param: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]{0,62}$' } },
            },
          ],
        },
      },
    },
  },
} as const;

const portfolioRule = {
  type: 'object',
  required: ['id', 'scope', 'title', 'severity', 'fields', 'message', 'check'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: IDENTIFIER },
    scope: { const: 'portfolio', description: 'A portfolio rule: judged on the whole export, by group.' },
    title: { anyOf: [{ type: 'string', minLength: 1, maxLength: 200 }, localizedText], description: 'A title, or a title per language.' },
    description: { type: 'string', maxLength: 4000 },
    severity: SEVERITY_SCHEMA,
    locked: rule.properties.locked,
    fields: rule.properties.fields,
    message: localizedText,
    suggestion: localizedText,
    source: rule.properties.source,
    where: { $ref: '#/$defs/topLevelCondition', description: 'Only records that pass this condition count (all records when absent).' },
    check: portfolioCheck,
  },
} as const;

/**
 * JSON Schema (draft 2020-12) of a rule-set document. The single source of truth for rule-set
 * types, documentation and validation messages.
 */
export const RULE_SET_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://social-lens.org/schemas/rule-set.json',
  title: 'Social Lens rule set',
  type: 'object',
  required: ['id', 'version', 'title', 'subject'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    id: { type: 'string', pattern: RULE_SET_ID_PATTERN, description: 'publisher/name' },
    version: { type: 'string', pattern: SEMVER_PATTERN, description: 'semver; a published version never changes' },
    title: {
      anyOf: [{ type: 'string', minLength: 1, maxLength: 200 }, localizedText],
      description: 'A title, or a title per language (scorecards).',
    },
    description: { type: 'string', maxLength: 8000 },
    subject: { enum: ['client-record', 'objective', 'scorecard', 'indicators'] },
    source: { type: 'string', maxLength: 1000, description: 'Where the content comes from (a published scorecard, a standard).' },
    ...SCORECARD_PROPERTIES_SCHEMA,
    extends: {
      type: 'array',
      maxItems: 16,
      items: { type: 'string', pattern: RULE_SET_REFERENCE_PATTERN },
      description: 'Rule sets this one builds on, by id and semver range: `core/client-data@^1`.',
    },
    parameters: {
      type: 'object',
      maxProperties: 200,
      propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9]{0,62}$' },
      additionalProperties: parameterDefinition,
    },
    params: {
      type: 'object',
      maxProperties: 200,
      description: 'New values for parameters declared by the rule sets this one extends.',
      propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9]{0,62}$' },
    },
    derived: {
      type: 'object',
      maxProperties: 200,
      propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9]{0,62}$' },
      additionalProperties: { $ref: '#/$defs/expression' },
    },
    rules: {
      type: 'array',
      maxItems: 500,
      items: {
        if: { type: 'object', required: ['scope'], properties: { scope: { const: 'portfolio' } } },
        then: { $ref: '#/$defs/portfolioRule' },
        else: { $ref: '#/$defs/rule' },
      },
    },
    overrides: {
      type: 'object',
      maxProperties: 500,
      propertyNames: { pattern: QUALIFIED_RULE_ID_PATTERN },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: { enabled: { type: 'boolean' }, severity: SEVERITY_SCHEMA },
      },
    },
    vocabulary: VOCABULARIES_SCHEMA,
    ...INDICATOR_DOCUMENT_PROPERTIES,
  },
  allOf: [
    { if: { required: ['subject'], properties: { subject: { enum: ['client-record', 'objective'] } } }, then: { required: ['rules'] } },
    {
      // A scorecard is questions, lines and a lookup (or extends one that has them), never rules.
      if: { required: ['subject'], properties: { subject: { const: 'scorecard' } } },
      then: {
        properties: { rules: false, derived: false, overrides: false, vocabulary: false },
        if: { not: { required: ['extends'] } },
        then: { required: ['questions', 'lines', 'lookup'] },
      },
      else: { properties: { scoreField: false, questions: false, lines: false, lookup: false } },
    },
  ],
  dependentRequired: { questions: ['lines', 'lookup'], lines: ['questions', 'lookup'], lookup: ['questions', 'lines'] },
  $defs: {
    expression: EXPRESSION_SCHEMA,
    localizedText,
    ...INDICATOR_SCHEMA_DEFS,
    rule,
    portfolioRule,
    condition: {
      type: 'object',
      required: ['fact', 'operator', 'value'],
      additionalProperties: false,
      properties: {
        fact: { type: 'string', minLength: 1, maxLength: 100 },
        operator: { type: 'string', minLength: 1, maxLength: 60 },
        value: conditionValue,
        path: { type: 'string', pattern: FACT_PATH_PATTERN },
        name: { type: 'string', maxLength: 100 },
      },
    },
    nestedCondition: {
      // Each recursive definition carries an example: a renderer that makes up examples (the
      // service's /docs) stops there instead of expanding every branch ten levels deep.
      examples: [{ fact: 'householdSize', operator: 'lessThan', value: 1 }],
      if: { type: 'object', required: ['fact'] },
      then: { $ref: '#/$defs/condition' },
      else: { $ref: '#/$defs/topLevelCondition' },
    },
    topLevelCondition: {
      type: 'object',
      examples: [
        {
          any: [
            { fact: 'householdSize', operator: 'lessThan', value: 1 },
            { fact: 'householdSize', operator: 'greaterThan', value: 30 },
          ],
        },
      ],
      if: { required: ['all'] },
      then: { $ref: '#/$defs/allCondition' },
      else: {
        if: { required: ['any'] },
        then: { $ref: '#/$defs/anyCondition' },
        else: {
          if: { required: ['not'] },
          then: { $ref: '#/$defs/notCondition' },
          else: { required: ['all'], description: 'a condition group: {"all": […]}, {"any": […]} or {"not": …}' },
        },
      },
    },
    allCondition: {
      type: 'object',
      required: ['all'],
      additionalProperties: false,
      properties: { all: { type: 'array', maxItems: 64, items: { $ref: '#/$defs/nestedCondition' } }, name: { type: 'string', maxLength: 100 } },
    },
    anyCondition: {
      type: 'object',
      required: ['any'],
      additionalProperties: false,
      properties: { any: { type: 'array', maxItems: 64, items: { $ref: '#/$defs/nestedCondition' } }, name: { type: 'string', maxLength: 100 } },
    },
    notCondition: {
      type: 'object',
      required: ['not'],
      additionalProperties: false,
      properties: { not: { $ref: '#/$defs/nestedCondition' }, name: { type: 'string', maxLength: 100 } },
    },
  },
} as const;
