import type { Finding } from '../findings/finding-schema.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import type { SmartCriterion } from '../ruleset/rule-set-types.ts';

export const SMART_CRITERIA = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const satisfies readonly SmartCriterion[];

/** One SMART criterion: met, not met, or `null` when it cannot be told from what was given. */
export interface CriterionResult {
  met: boolean | null;
  /** Messages of the findings that explain the mark. */
  reasons: string[];
  suggestions: string[];
}

export type SmartCriteria = Record<SmartCriterion, CriterionResult>;

/**
 * Marks each criterion from the findings: not met when a finding's verdict is `not-met` (the
 * default for errors), cannot tell (`null`) when one says `cannot-tell`, or when the text
 * cannot be judged at all, met otherwise.
 */
export function judgeCriteria(findings: readonly Finding[], ruleSet: ResolvedRuleSet, judgeable: boolean): SmartCriteria {
  const rules = new Map(ruleSet.rules.map((rule) => [rule.id, rule]));
  const criteria = {} as SmartCriteria;
  for (const criterion of SMART_CRITERIA) {
    const own = findings.filter((finding) => finding.criterion === criterion);
    const verdicts = own.map((finding) => {
      const rule = rules.get(finding.ruleId);
      return rule?.verdict ?? (finding.severity === 'error' ? 'not-met' : 'note');
    });
    const met = !judgeable ? null : verdicts.includes('not-met') ? false : verdicts.includes('cannot-tell') ? null : true;
    criteria[criterion] = {
      met,
      reasons: [...new Set(own.map((finding) => finding.message))],
      suggestions: [...new Set(own.flatMap((finding) => (finding.suggestion ? [finding.suggestion] : [])))],
    };
  }
  return criteria;
}
