import { type FactValue, type Finding, labelledFactValue, type ResolvedRuleSet, renderMessage } from '@social-lens/rules';
import { formatNumber } from './format-number.ts';

/**
 * A finding's message and suggestion rendered again with the values as the page shows them:
 * `display(field, value)` names a field's value as its control shows it (an option's label), and
 * numbers are formatted for `lang`. A text value is looked up at the fact's own field first, then
 * at the finding's fields (a derived `expectedPovertyLevel` is shown as the poverty-level select
 * shows it); a code the page has no label for is shown by its canonical label (`Non-poor`).
 * Findings of rules the rule set does not have are returned unchanged.
 */
export function messagesAsShown(
  findings: readonly Finding[],
  ruleSet: ResolvedRuleSet,
  facts: Readonly<Record<string, FactValue>>,
  lang: string,
  display: (field: string, value: string) => string | undefined,
): Finding[] {
  const rules = new Map(ruleSet.rules.map((rule) => [rule.id, rule]));
  return findings.map((finding) => {
    const rule = rules.get(finding.ruleId);
    if (!rule) return finding;
    const labelOf = (value: string, name: string): string | undefined => {
      for (const field of [name, ...finding.fields]) {
        const label = display(field, value);
        if (label !== undefined) return label;
      }
      return undefined;
    };
    const shown = (value: unknown, name: string): unknown => {
      if (typeof value === 'number' && Number.isFinite(value)) return formatNumber(value, lang);
      if (typeof value === 'string') return labelOf(value, name) ?? labelledFactValue(value, name, finding.fields, lang);
      if (!Array.isArray(value)) return value;
      // A list (the codes a rule knows) is shown in the page's labels only when each has one: a mix would read as nonsense.
      const labels = value.map((item) => (typeof item === 'string' ? labelOf(item, name) : undefined));
      const labelled = labels.every((label) => label !== undefined);
      return value.map((item, index) => (labelled ? labels[index] : typeof item === 'number' ? formatNumber(item, lang) : String(item))).join(', ');
    };
    const lookup = (name: string): unknown => shown(name in facts ? facts[name] : ruleSet.parameters[name]?.value, name);
    const message = renderMessage(rule.message, lang, lookup);
    return rule.suggestion ? { ...finding, message, suggestion: renderMessage(rule.suggestion, lang, lookup) } : { ...finding, message };
  });
}
