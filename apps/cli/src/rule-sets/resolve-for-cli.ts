import {
  formatProblem,
  parseParameterText,
  type ResolvedRuleSet,
  RuleSetError,
  resolveRuleSet,
  type RuleSetCatalog,
} from '@social-lens/rules';
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
 * no rule set declares, or a value of the wrong type, is a usage error naming it.
 */
export function resolveForCli(catalog: RuleSetCatalog, references: readonly string[], params: ReadonlyMap<string, string>): ResolvedRuleSet[] {
  const plain = references.map((reference) => resolveOrExplain(catalog, reference, {}));
  const used = new Set<string>();
  const resolved = plain.map((ruleSet, index) => {
    const values: Record<string, unknown> = {};
    for (const [name, text] of params) {
      const parameter = ruleSet.parameters[name];
      if (!parameter) continue;
      used.add(name);
      values[name] = parseParameterText(parameter.definition, text);
    }
    return Object.keys(values).length === 0 ? ruleSet : resolveOrExplain(catalog, references[index]!, { params: values });
  });
  const unknown = [...params.keys()].filter((name) => !used.has(name));
  if (unknown.length > 0) {
    const known = [...new Set(plain.flatMap((ruleSet) => Object.keys(ruleSet.parameters)))].sort();
    throw new UsageError(`unknown parameter(s) ${unknown.map((n) => `"${n}"`).join(', ')}; the rule sets take: ${known.join(', ')}`);
  }
  return resolved;
}

function resolveOrExplain(catalog: RuleSetCatalog, reference: string, options: { params?: Record<string, unknown> }): ResolvedRuleSet {
  try {
    return resolveRuleSet(catalog, reference, options);
  } catch (error) {
    if (error instanceof RuleSetError) throw new UsageError(error.problems.map(formatProblem).join('\n'), { cause: error });
    throw error;
  }
}
