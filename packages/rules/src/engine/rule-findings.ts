import type { FactValue } from '../facts/fact-value.ts';
import { labelledFactValue } from '../findings/coded-value-labels.ts';
import type { Finding } from '../findings/finding-schema.ts';
import { renderMessage } from '../findings/render-message.ts';
import type { ResolvedRule, ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';

/** Where a checked item came from, carried into its findings. */
export interface FindingContext {
  recordId?: string;
  line?: number;
}

/** What a finding reads of its item's facts: the value, or NO_FACT when the item has no such fact (a parameter may stand in). */
export const NO_FACT: unique symbol = Symbol('no fact');
export type FactRead = (name: string) => FactValue | typeof NO_FACT;

/** Builds the finding of a rule that fired, its message rendered with the facts and parameters. */
export function findingOf(
  rule: ResolvedRule,
  ruleSet: ResolvedRuleSet,
  facts: Readonly<Record<string, FactValue>>,
  lang: string,
  context: FindingContext,
): Finding {
  return findingReading(rule, ruleSet, (name) => (name in facts ? facts[name] : NO_FACT), lang, context);
}

/** `findingOf` with the facts read by name on demand (the compiled engine reads its slots: no facts object is built). */
export function findingReading(rule: ResolvedRule, ruleSet: ResolvedRuleSet, read: FactRead, lang: string, context: FindingContext): Finding {
  const fieldsRead = rule.fieldsFrom ? read(rule.fieldsFrom) : undefined;
  const fieldsValue = fieldsRead === NO_FACT ? undefined : fieldsRead;
  const fields = Array.isArray(fieldsValue) && fieldsValue.length > 0 ? fieldsValue.map(String) : [...rule.fields];
  const lookup = (name: string): unknown => {
    const value = read(name);
    return value === NO_FACT ? ruleSet.parameters[name]?.value : labelledFactValue(value, name, fields, lang);
  };
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
