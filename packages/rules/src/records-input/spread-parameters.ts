import { RecordsInputError, type RecordsInputProblem } from '../errors.ts';
import { closestNames } from '../ruleset/closest-names.ts';
import { parameterValueProblem, parseParameterText } from '../ruleset/parameter-value.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';

export interface SpreadParametersOptions {
  /** Values came as text (`--param`, a query string): read each by the type its rule set declares. */
  fromText: boolean;
  /** Where a parameter was given, for problems: `/params/x`, `query.param/x`, `--param x`. */
  pathOf: (name: string) => string;
}

/** Characters of a parameter name a problem shows; no declared name is near that long. */
const MAX_NAME_SHOWN = 100;
/** Problems one error tells: the first ones are enough to fix the request, and the answer stays small. */
const MAX_PROBLEMS = 20;

/**
 * Gives each rule set of a check the parameter values it declares: one value may serve several
 * rule sets (`povertyLinePerMember` of a national set and of what it extends). A parameter no
 * rule set declares (`__proto__` included), or a value that does not fit the declared type, is a
 * {@link RecordsInputError} naming each (`unknown-parameter` with the closest names,
 * `parameter-type`). The caller resolves each rule set again with its values.
 *
 * @example
 * const plain = references.map((reference) => resolveRuleSet(catalog, reference))
 * const values = spreadParameters(plain, new Map([['povertyLinePerMember', '150']]), { fromText: true, pathOf: (name) => `--param ${name}` })
 * const ruleSets = plain.map((ruleSet, index) => (values[index] ? resolveRuleSet(catalog, references[index], { params: values[index] }) : ruleSet))
 */
export function spreadParameters(
  ruleSets: readonly ResolvedRuleSet[],
  parameters: ReadonlyMap<string, unknown>,
  options: SpreadParametersOptions,
): Array<Record<string, unknown> | undefined> {
  const problems: RecordsInputProblem[] = [];
  const used = new Set<string>();
  const spread = ruleSets.map((ruleSet) => {
    let values: Record<string, unknown> | undefined;
    for (const [name, given] of parameters) {
      if (!Object.hasOwn(ruleSet.parameters, name)) continue;
      const definition = ruleSet.parameters[name]!.definition;
      used.add(name);
      const value = options.fromText && typeof given === 'string' ? parseParameterText(definition, given) : given;
      const problem = parameterValueProblem(definition, value);
      if (problem !== undefined) {
        if (!problems.some((known) => known.path === options.pathOf(name)))
          problems.push({ code: 'parameter-type', path: options.pathOf(name), message: `${name}: ${problem}` });
        continue;
      }
      values ??= Object.create(null) as Record<string, unknown>;
      values[name] = value;
    }
    return values;
  });
  const known = [...new Set(ruleSets.flatMap((ruleSet) => Object.keys(ruleSet.parameters)))].sort();
  for (const name of parameters.keys()) {
    if (used.has(name)) continue;
    // A name no parameter could have is told by its prefix, and gets no "did you mean".
    const shown = name.length > MAX_NAME_SHOWN ? `${name.slice(0, MAX_NAME_SHOWN)}…` : name;
    const near = name.length > MAX_NAME_SHOWN ? [] : closestNames(name, known);
    problems.push({
      code: 'unknown-parameter',
      path: options.pathOf(shown),
      message: `no rule set of this check takes a parameter "${shown}"${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''} (they take: ${known.join(', ') || 'none'})`,
    });
  }
  const [first, ...rest] = problems;
  if (first) throw new RecordsInputError([first, ...rest.slice(0, MAX_PROBLEMS - 1)]);
  return spread;
}
