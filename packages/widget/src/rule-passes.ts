import { type CompiledCondition, compileCondition, type FactValue, type ResolvedRuleSet } from '@social-lens/rules';

type ResolvedRule = ResolvedRuleSet['rules'][number];

const negations = new WeakMap<ResolvedRule, CompiledCondition>();

/**
 * True when a rule's condition is surely false on these facts (three-valued logic: `not` of it is
 * true): a finding of it that went away was fixed. A finding can also go because the rule could
 * no longer be judged (a field emptied, income per member without a household size): then its
 * condition is unknown, and this is false.
 *
 * @example rulePasses(rule, recordFacts(ruleSet, readClientRecord(raw), today))
 */
export function rulePasses(rule: ResolvedRule, facts: Readonly<Record<string, FactValue>>): boolean {
  let negation = negations.get(rule);
  if (!negation) {
    negation = compileCondition({ not: rule.when });
    negations.set(rule, negation);
  }
  try {
    return negation.test(facts);
  } catch {
    return false;
  }
}
