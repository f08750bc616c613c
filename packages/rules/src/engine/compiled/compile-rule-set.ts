import type { FactValue } from '../../facts/fact-value.ts';
import type { Finding } from '../../findings/finding-schema.ts';
import type { ResolvedRuleSet } from '../../ruleset/resolved-rule-set.ts';
import { type FindingContext, findingOf } from '../rule-findings.ts';
import { compileCondition, readFactByName } from './compile-condition.ts';

/** A rule set compiled once into closures; runs synchronously and keeps no state between runs. */
export interface CompiledRuleSet {
  readonly ruleSet: ResolvedRuleSet;
  /** Runs every rule on the facts of one item: the reference engine's findings, in rule order. */
  run(facts: Readonly<Record<string, FactValue>>, context?: FindingContext): Finding[];
}

export interface CompileRuleSetOptions {
  lang?: string;
}

interface CompiledRule {
  index: number;
  test: (facts: Readonly<Record<string, FactValue>>) => boolean;
}

/**
 * Compiles a resolved rule set into plain, re-entrant closures with the reference engine's
 * findings: json-rules-engine's condition semantics with three-valued logic over unknown facts;
 * a rule fires when its condition is true, and its finding is built by `findingOf`, in rule order.
 *
 * @example
 * const compiled = compileRuleSet(resolveRuleSet(catalog, 'core/client-data'), { lang: 'ru' })
 * compiled.run(recordFacts(compiled.ruleSet, readClientRecord(row), '2026-11-29'), { recordId: 'C001' })
 */
export function compileRuleSet(ruleSet: ResolvedRuleSet, options: CompileRuleSetOptions = {}): CompiledRuleSet {
  const lang = options.lang ?? 'en';
  const rules: readonly CompiledRule[] = ruleSet.rules.map((rule, index) => {
    const condition = compileCondition(rule.when, readFactByName, `${rule.id} at /when`);
    return { index, test: condition.test };
  });
  return {
    ruleSet,
    run(facts, context = {}) {
      let findings: Finding[] | undefined;
      for (const rule of rules) {
        if (!rule.test(facts)) continue;
        if (findings === undefined) findings = [];
        findings.push(findingOf(ruleSet.rules[rule.index]!, ruleSet, facts, lang, context));
      }
      return findings ?? [];
    },
  };
}
