import type { FactValue } from '../facts/fact-value.ts';
import type { Finding } from '../findings/finding-schema.ts';
import { renderMessage } from '../findings/render-message.ts';
import type { ResolvedRule, ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';

/** Where a checked item came from, carried into its findings. */
export interface FindingContext {
  recordId?: string;
  line?: number;
}

/** Builds the finding of a rule that fired, its message rendered with the facts and parameters. */
export function findingOf(
  rule: ResolvedRule,
  ruleSet: ResolvedRuleSet,
  facts: Readonly<Record<string, FactValue>>,
  lang: string,
  context: FindingContext,
): Finding {
  const lookup = (name: string): unknown => (name in facts ? facts[name] : ruleSet.parameters[name]?.value);
  const fieldsValue = rule.fieldsFrom ? facts[rule.fieldsFrom] : undefined;
  const fields = Array.isArray(fieldsValue) && fieldsValue.length > 0 ? fieldsValue.map(String) : [...rule.fields];
  const finding: Finding = {
    ruleId: rule.id,
    ruleSet: rule.ruleSet,
    severity: rule.severity,
    ...(context.recordId === undefined ? {} : { recordId: context.recordId }),
    ...(context.line === undefined ? {} : { line: context.line }),
    fields,
    message: renderMessage(rule.message, lang, lookup),
  };
  if (rule.suggestion) finding.suggestion = renderMessage(rule.suggestion, lang, lookup);
  if (rule.criterion) finding.criterion = rule.criterion;
  return finding;
}
