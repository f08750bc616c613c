import { compileExpressionOver, type ExpressionOver } from '../../facts/evaluate-expression.ts';
import type { FactValue } from '../../facts/fact-value.ts';
import type { Expression } from '../../ruleset/rule-set-types.ts';

/** The facts of one run held by position: slot numbers are fixed when a rule set is compiled. */
export type FactSlots = FactValue[];

/** A derived-fact expression compiled over fact slots. */
export type SlotExpression = ExpressionOver<FactSlots>;

/**
 * Compiles a derived-fact expression (parameters substituted) over fact slots: `slotOf` gives the
 * slot of each fact it reads. The operators are the expression language's own
 * (facts/evaluate-expression.ts); only how a fact is read differs.
 *
 * @example
 * const perMember = compileSlotExpression({ divide: [{ fact: 'income' }, { fact: 'size' }] }, (name) => (name === 'income' ? 0 : 1))
 * perMember([300, 0]) // → undefined, not Infinity
 */
export function compileSlotExpression(expression: Expression, slotOf: (fact: string) => number): SlotExpression {
  return compileExpressionOver<FactSlots>(expression, (name) => {
    const slot = slotOf(name);
    return (slots) => slots[slot];
  });
}
