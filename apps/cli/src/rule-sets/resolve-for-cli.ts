import { formatProblem, type ResolvedRuleSet, RuleSetError, resolveRuleSet, type RuleSetCatalog } from '@social-lens/rules';
import { parseParameterAssignments, spreadParameters } from '@social-lens/rules/records-input';
import { UsageError } from '../usage-error.ts';

/**
 * Resolves each `--ruleset` reference, giving each the `--param name=value` values it declares
 * (read by their declared type). A parameter no rule set declares, or a value of the wrong type,
 * is a `RecordsInputError` naming it (exit code 2), as the service answers a 422.
 */
export function resolveForCli(catalog: RuleSetCatalog, references: readonly string[], params: readonly string[]): ResolvedRuleSet[] {
  const plain = references.map((reference) => resolveOrExplain(catalog, reference, {}));
  const assignments = parseParameterAssignments(params, (_index, text) => `--param ${text}`);
  const values = spreadParameters(plain, assignments, { fromText: true, pathOf: (name) => `--param ${name}` });
  return plain.map((ruleSet, index) => {
    const given = values[index];
    return given === undefined ? ruleSet : resolveOrExplain(catalog, references[index]!, { params: given });
  });
}

function resolveOrExplain(catalog: RuleSetCatalog, reference: string, options: { params?: Record<string, unknown> }): ResolvedRuleSet {
  try {
    return resolveRuleSet(catalog, reference, options);
  } catch (error) {
    if (error instanceof RuleSetError) throw new UsageError(error.problems.map(formatProblem).join('\n'), { cause: error });
    throw error;
  }
}
