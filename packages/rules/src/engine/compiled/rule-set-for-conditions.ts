import type { ResolvedRule, ResolvedRuleSet } from '../../ruleset/resolved-rule-set.ts';
import type { RuleCondition } from '../../ruleset/rule-set-types.ts';

function factsReadBy(condition: unknown, into: Set<string>): Set<string> {
  if (condition === null || typeof condition !== 'object') return into;
  const node = condition as Record<string, unknown>;
  for (const key of ['all', 'any'] as const) if (Array.isArray(node[key])) for (const item of node[key]) factsReadBy(item, into);
  if (node['not'] !== undefined) factsReadBy(node['not'], into);
  if (typeof node['fact'] === 'string') into.add(node['fact']);
  const value = node['value'] as Record<string, unknown> | null | undefined;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value['fact'] === 'string') into.add(value['fact']);
  return into;
}

/**
 * A resolved rule set of one rule per condition, built by hand (no document, no resolver), so the
 * engines can be compared on conditions the schema would not let through. Each rule's message
 * shows the facts it reads.
 *
 * @example
 * const ruleSet = ruleSetForConditions([{ all: [{ fact: 'a', operator: 'equal', value: 1 }] }])
 */
export function ruleSetForConditions(conditions: readonly unknown[], options: { fieldsFrom?: string } = {}): ResolvedRuleSet {
  const rules = conditions.map((when, index): ResolvedRule => {
    const reads = [...factsReadBy(when, new Set())];
    return {
      id: `test/conditions#rule-${index}`,
      localId: `rule-${index}`,
      ruleSet: 'test/conditions@1.0.0',
      title: `rule ${index}`,
      severity: index % 2 === 0 ? 'error' : 'warning',
      severitySetBy: 'test/conditions@1.0.0',
      locked: false,
      fields: reads.slice(0, 2),
      ...(options.fieldsFrom === undefined ? {} : { fieldsFrom: options.fieldsFrom }),
      message: { en: `rule ${index}: ${reads.map((name) => `${name}={${name}}`).join(', ')}` },
      when: when as RuleCondition,
      reads,
    };
  });
  return {
    id: 'test/conditions',
    version: '1.0.0',
    ref: 'test/conditions@1.0.0',
    title: 'conditions under test',
    subject: 'client-record',
    layers: ['test/conditions@1.0.0'],
    parameters: {},
    derived: [],
    rules,
    disabledRules: [],
    vocabulary: {},
  };
}
