import { firstOfEachRuleSet, type ResolvedRuleSet, type RuleSetCatalog, resolveRuleSet } from '@social-lens/rules';
import { parseParameterAssignments, spreadParameters } from '@social-lens/rules/records-input';

/**
 * Resolves each `--ruleset` reference, giving each the `--param name=value` values it declares
 * (read by their declared type). A parameter no rule set declares, or a value of the wrong type,
 * is a `RecordsInputError` naming it; a rule set that does not resolve, a `RuleSetError` (both
 * exit 2, told by `describeFailure`), as the service answers a 422. A version named twice is
 * checked once, with a warning.
 */
export function resolveForCli(
  catalog: RuleSetCatalog,
  references: readonly string[],
  params: readonly string[],
  warn: (message: string) => void = () => {},
): ResolvedRuleSet[] {
  const resolved = references.map((reference) => resolveRuleSet(catalog, reference));
  const { kept, repeated } = firstOfEachRuleSet(resolved);
  for (const ref of repeated) warn(`--ruleset ${ref} is named more than once; it is checked once`);
  const plain = kept.map((index) => resolved[index]!);
  const assignments = parseParameterAssignments(params, (_index, text) => `--param ${text}`);
  const values = spreadParameters(plain, assignments, { fromText: true, pathOf: (name) => `--param ${name}` });
  return plain.map((ruleSet, index) => {
    const given = values[index];
    return given === undefined ? ruleSet : resolveRuleSet(catalog, references[kept[index]!]!, { params: given });
  });
}
