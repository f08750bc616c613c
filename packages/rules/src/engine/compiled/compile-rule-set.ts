import type { FactValue } from '../../facts/fact-value.ts';
import { isKnown } from '../../facts/fact-value.ts';
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
  reads: readonly string[];
  test: (facts: Readonly<Record<string, FactValue>>) => boolean;
  mayThrow: boolean;
}

/**
 * Compiles a resolved rule set into plain, re-entrant closures with the reference engine's
 * findings: json-rules-engine's condition semantics, then a fired rule is reported only when every
 * fact it reads is known (`canRun`), in rule order, built by `findingOf`. A rule whose facts are
 * not all known is not evaluated at all, unless evaluating it could throw (then it is, because
 * json-rules-engine's run would fail).
 *
 * @example
 * const compiled = compileRuleSet(resolveRuleSet(catalog, 'core/client-data'), { lang: 'ru' })
 * compiled.run(recordFacts(compiled.ruleSet, readClientRecord(row), '2026-11-29'), { recordId: 'C001' })
 */
export function compileRuleSet(ruleSet: ResolvedRuleSet, options: CompileRuleSetOptions = {}): CompiledRuleSet {
  const lang = options.lang ?? 'en';
  const rules: readonly CompiledRule[] = ruleSet.rules.map((rule, index) => {
    const condition = compileCondition(rule.when, readFactByName, `${rule.id} at /when`);
    return { index, reads: [...rule.reads], test: condition.test, mayThrow: condition.mayThrow };
  });
  const canFail = rules.some((rule) => rule.mayThrow);
  return {
    ruleSet,
    run(facts, context = {}) {
      let findings: Finding[] | undefined;
      for (const rule of rules) {
        let known = true;
        for (const name of rule.reads) {
          if (!isKnown(facts[name])) {
            known = false;
            break;
          }
        }
        if (!known) {
          if (canFail && rule.mayThrow) rule.test(facts);
          continue;
        }
        if (!rule.test(facts)) continue;
        if (findings === undefined) findings = [];
        findings.push(findingOf(ruleSet.rules[rule.index]!, ruleSet, facts, lang, context));
      }
      return findings ?? [];
    },
  };
}
