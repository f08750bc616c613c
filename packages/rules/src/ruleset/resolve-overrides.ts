import { jsonPointer } from './json-pointer.ts';
import type { ProblemList } from './problem-list.ts';
import type { ResolutionLayer } from './resolution-layer.ts';
import type { Severity } from './rule-set-types.ts';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Applies a layer's `overrides` to the rules it inherits: disable, or change the severity.
 * A publisher's `locked` rule can be raised, never disabled or lowered.
 */
export function applyOverrides(layer: ResolutionLayer, problems: ProblemList): void {
  for (const [target, override] of Object.entries(layer.document.overrides ?? {})) {
    const path = jsonPointer('overrides', target);
    // Record and portfolio rules are overridden alike: enabled, severity, locks.
    const rules = (layer.portfolioRules.has(target) ? layer.portfolioRules : layer.rules) as Map<
      string,
      { ruleSet: string; locked: boolean; severity: Severity; severitySetBy: string }
    >;
    const rule = rules.get(target);
    if (!rule) {
      const disabled = layer.disabledRules.find((d) => d.id === target);
      problems.add(
        'unknown-override-target',
        layer.ref,
        path,
        disabled
          ? `rule "${target}" was disabled by ${disabled.disabledBy}`
          : `no inherited rule "${target}" (rules come from ${layer.layers.join(', ') || 'no extended rule set'})`,
      );
      continue;
    }
    if (rule.ruleSet === layer.ref) {
      problems.add('unknown-override-target', layer.ref, path, `"${target}" is this rule set's own rule: edit it instead of overriding it`);
      continue;
    }
    if (rule.locked && override.enabled === false) {
      problems.add('locked-rule', layer.ref, `${path}/enabled`, `rule "${target}" is locked by ${rule.ruleSet} and cannot be disabled`);
      continue;
    }
    if (rule.locked && override.severity && SEVERITY_RANK[override.severity] < SEVERITY_RANK[rule.severity]) {
      problems.add(
        'locked-rule',
        layer.ref,
        `${path}/severity`,
        `rule "${target}" is locked by ${rule.ruleSet} at severity "${rule.severity}"; it may be raised, not lowered to "${override.severity}"`,
      );
      continue;
    }
    if (override.enabled === false) {
      rules.delete(target);
      layer.disabledRules.push({ id: target, disabledBy: layer.ref });
      continue;
    }
    if (override.severity) rules.set(target, { ...rule, severity: override.severity, severitySetBy: layer.ref });
  }
}
