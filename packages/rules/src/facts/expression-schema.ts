/**
 * JSON Schema of a derived-fact expression: a small declarative language, evaluated by
 * `evaluateExpression`, never as code. Kept in `$defs` of the rule-set schema.
 */
const operand = { $ref: '#/$defs/expression' } as const;
const operandList = { type: 'array', items: operand, minItems: 1, maxItems: 32 } as const;
const operandPair = { type: 'array', items: operand, minItems: 2, maxItems: 2 } as const;

export const EXPRESSION_OPERATORS = {
  add: operandList,
  subtract: operandPair,
  multiply: operandList,
  divide: operandPair,
  ratio: operandPair,
  sum: operandList,
  min: operandList,
  max: operandList,
  abs: operand,
  round: { type: 'array', items: operand, minItems: 1, maxItems: 2 },
  daysBetween: operandPair,
  yearsBetween: operandPair,
  ageAt: operandPair,
  coalesce: operandList,
  isWholeNumber: operand,
  count: operand,
  intersect: operandPair,
  band: {
    type: 'object',
    required: ['value', 'bands', 'otherwise'],
    additionalProperties: false,
    properties: {
      value: operand,
      bands: {
        type: 'array',
        minItems: 1,
        maxItems: 32,
        items: {
          type: 'object',
          required: ['below', 'label'],
          additionalProperties: false,
          properties: { below: operand, label: { type: 'string', maxLength: 100 } },
        },
      },
      otherwise: { type: 'string', maxLength: 100 },
    },
  },
} as const;

/**
 * One schema for every form, discriminated by JSON type and property name, so that a mistake
 * is reported at its own path instead of as "matches none of the alternatives".
 */
export const EXPRESSION_SCHEMA = {
  description:
    'A derived fact: a literal, a list of literals, {"fact": name}, {"param": name}, or one operator object. Unknown inputs give an unknown result, never an exception.',
  type: ['number', 'string', 'boolean', 'null', 'array', 'object'],
  examples: [{ divide: [{ fact: 'householdIncomeMonthly' }, { fact: 'householdSize' }] }],
  maxLength: 500,
  maxItems: 64,
  items: { type: ['number', 'string', 'boolean'] },
  minProperties: 1,
  maxProperties: 1,
  propertyNames: { enum: ['fact', 'param', ...Object.keys(EXPRESSION_OPERATORS)] },
  properties: {
    fact: { type: 'string', minLength: 1, maxLength: 100 },
    param: { type: 'string', minLength: 1, maxLength: 100 },
    ...EXPRESSION_OPERATORS,
  },
} as const;
