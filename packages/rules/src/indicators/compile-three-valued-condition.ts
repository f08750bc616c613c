import { type ConditionFacts, compileCondition, readFactByName } from '../engine/compiled/compile-condition.ts';
import type { RuleCondition } from '../ruleset/rule-set-types.ts';

/** true, false, or undefined: unknown, because a value the condition needs is unknown. */
export type Truth = boolean | undefined;

/** A condition compiled to three-valued logic over the facts of one record. */
export type ThreeValuedCondition = (facts: ConditionFacts) => Truth;

/**
 * Compiles a resolved json-rules-engine condition to its three-valued value (DESIGN: unknown
 * facts), with the compiled engine's own semantics: true when it is surely true (unknown counted
 * as false at the root, as a rule fires), false when it is surely false (unknown counted as true),
 * unknown otherwise. A population or numerator that is unknown leaves the record out, counted.
 *
 * @example
 * const active = compileThreeValuedCondition({ any: [
 *   { fact: 'missingFields', operator: 'contains', value: 'exitDate' },
 *   { fact: 'daysPeriodToToExit', operator: 'greaterThan', value: 0 } ] })
 * active({ missingFields: ['exitDate'] }) // → true
 * active({ missingFields: [] }) // → undefined: the exit date could not be read
 */
export function compileThreeValuedCondition(condition: RuleCondition, where = 'condition'): ThreeValuedCondition {
  const surely = compileCondition(condition, readFactByName, where, 'false').test;
  const possibly = compileCondition(condition, readFactByName, where, 'true').test;
  return (facts) => (surely(facts) ? true : possibly(facts) ? undefined : false);
}
