import { type CompiledExpression, compileExpression } from '../facts/evaluate-expression.ts';
import type { Facts, FactValue } from '../facts/fact-value.ts';
import type { ReadRecord } from '../records/read-client-record.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';

const compiledDerived = new WeakMap<ResolvedRuleSet, ReadonlyArray<readonly [string, CompiledExpression]>>();

/** The derived facts of a rule set compiled once (closures over the expression data) and cached. */
export function derivedFactsOf(ruleSet: ResolvedRuleSet): ReadonlyArray<readonly [string, CompiledExpression]> {
  let compiled = compiledDerived.get(ruleSet);
  if (!compiled) {
    compiled = ruleSet.derived.map((fact) => [fact.name, compileExpression(fact.expression)] as const);
    compiledDerived.set(ruleSet, compiled);
  }
  return compiled;
}

/**
 * All facts of one read client record: its fields, `missingFields`, `unreadableFields`,
 * `unreadableDetails`, `today`, and the rule set's derived facts computed once each.
 */
export function recordFacts(ruleSet: ResolvedRuleSet, record: ReadRecord, today: string): Record<string, FactValue> {
  const facts: Record<string, FactValue> = {
    ...record.values,
    missingFields: record.missingFields,
    unreadableFields: record.unreadableFields,
    unreadableDetails: record.unreadable.map((item) => `${item.field} "${item.raw}"`).join('; '),
    today,
  };
  for (const [name, compute] of derivedFactsOf(ruleSet)) facts[name] = compute(facts as Facts);
  return facts;
}

/** Today as YYYY-MM-DD in UTC. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
