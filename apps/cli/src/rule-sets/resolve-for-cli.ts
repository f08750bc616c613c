import { parseParameterText, type ResolvedRuleSet, resolveRuleSet, type RuleSetCatalog } from '@social-lens/rules';
import { UsageError } from '../usage-error.ts';

/** Parses `--param name=value` options into name → text. */
export function parseParamOptions(values: readonly string[]): Map<string, string> {
  const params = new Map<string, string>();
  for (const value of values) {
    const equals = value.indexOf('=');
    if (equals <= 0) throw new UsageError(`--param ${value}: expected name=value, e.g. --param povertyLinePerMember=150`);
    params.set(value.slice(0, equals).trim(), value.slice(equals + 1));
  }
  return params;
}

/**
 * Resolves each `--ruleset` reference, giving each the `--param` values it declares. A parameter
 * no rule set declares is a usage error naming it; a value of the wrong type, or a rule set that
 * does not resolve, the rules package's `RuleSetError` (both exit 2, told by `main`).
 */
export function resolveForCli(catalog: RuleSetCatalog, references: readonly string[], params: ReadonlyMap<string, string>): ResolvedRuleSet[] {
  const plain = references.map((reference) => resolveRuleSet(catalog, reference));
  const used = new Set<string>();
  const resolved = plain.map((ruleSet, index) => {
    const values: Record<string, unknown> = {};
    for (const [name, text] of params) {
      const parameter = ruleSet.parameters[name];
      if (!parameter) continue;
      used.add(name);
      values[name] = parseParameterText(parameter.definition, text);
    }
    return Object.keys(values).length === 0 ? ruleSet : resolveRuleSet(catalog, references[index]!, { params: values });
  });
  const unknown = [...params.keys()].filter((name) => !used.has(name));
  if (unknown.length > 0) {
    const known = [...new Set(plain.flatMap((ruleSet) => Object.keys(ruleSet.parameters)))].sort();
    throw new UsageError(`unknown parameter(s) ${unknown.map((n) => `"${n}"`).join(', ')}; the rule sets take: ${known.join(', ')}`);
  }
  return resolved;
}
