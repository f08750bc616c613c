import type { ConditionOperator } from '../operators.ts';

/** How one condition compares a fact value with the condition's value. */
export type OperatorFunction = (factValue: unknown, value: unknown) => boolean;

type Searchable = { indexOf(item: unknown): number };

/**
 * json-rules-engine's fact-value validator of the numeric operators,
 * `Number.parseFloat(factValue).toString() !== 'NaN'`, without the string: a number passes unless
 * it is NaN (parseFloat of its text gives it back), anything else goes through parseFloat.
 */
function isNumberLike(factValue: unknown): boolean {
  if (typeof factValue === 'number') return !Number.isNaN(factValue);
  return !Number.isNaN(Number.parseFloat(factValue as string));
}

/**
 * json-rules-engine's ten default operators, with its validators, written as it writes them:
 * `in`/`notIn` call `value.indexOf` (a string value searches substrings; a value without
 * `indexOf` throws, and so the whole run fails), `contains`/`doesNotContain` are false unless the
 * fact is an array, the numeric operators accept what `parseFloat` accepts and then compare with
 * JavaScript's `<`, so `'12abc' < 20` is false and `[5] < 10` is true.
 *
 * @example
 * OPERATOR_FUNCTIONS.notIn(undefined, ['F', 'M']) // → true: a missing fact is "not in" any list
 */
export const OPERATOR_FUNCTIONS: Readonly<Record<ConditionOperator, OperatorFunction>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as Searchable).indexOf(a) > -1,
  notIn: (a, b) => (b as Searchable).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumberLike(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumberLike(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumberLike(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumberLike(a) && (a as number) >= (b as number),
};

/** Operators that call a method of the condition's value, so a value of the wrong type throws. */
export const OPERATORS_THAT_SEARCH_THE_VALUE: ReadonlySet<ConditionOperator> = new Set(['in', 'notIn']);
