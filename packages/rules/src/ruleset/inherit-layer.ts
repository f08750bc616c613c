import type { ProblemList } from './problem-list.ts';
import type { ResolutionLayer } from './resolution-layer.ts';

/**
 * Merges a resolved parent into a layer (one entry of `extends`). A diamond — the same base
 * reached twice — is kept as one copy; the same name from two different documents is a problem.
 */
export function inheritLayer(layer: ResolutionLayer, parent: ResolutionLayer, path: string, problems: ProblemList): void {
  for (const parentRef of parent.layers) if (!layer.layers.includes(parentRef)) layer.layers.push(parentRef);
  for (const [name, parameter] of parent.parameters) {
    const existing = layer.parameters.get(name);
    if (existing && existing.declaredBy !== parameter.declaredBy) {
      problems.add('duplicate-parameter', layer.ref, path, `parameter "${name}" is declared by both ${existing.declaredBy} and ${parameter.declaredBy}`);
    } else layer.parameters.set(name, { ...parameter });
  }
  for (const [name, derived] of parent.derived) {
    const existing = layer.derived.get(name);
    if (existing && existing.definedBy !== derived.definedBy) {
      problems.add('duplicate-derived-fact', layer.ref, path, `derived fact "${name}" is defined by both ${existing.definedBy} and ${derived.definedBy}`);
    } else layer.derived.set(name, derived);
  }
  for (const rules of ['rules', 'portfolioRules'] as const) {
    const own = layer[rules] as Map<string, { ruleSet: string }>;
    for (const [id, rule] of parent[rules] as Map<string, { ruleSet: string }>) {
      const existing = own.get(id);
      if (existing && existing.ruleSet !== rule.ruleSet) {
        problems.add('duplicate-rule', layer.ref, path, `rule "${id}" comes from both ${existing.ruleSet} and ${rule.ruleSet}`);
      } else own.set(id, { ...rule });
    }
  }
  for (const disabled of parent.disabledRules) if (!layer.disabledRules.some((d) => d.id === disabled.id)) layer.disabledRules.push(disabled);
  Object.assign(layer.vocabulary, parent.vocabulary);
}
