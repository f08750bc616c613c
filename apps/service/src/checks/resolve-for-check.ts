import { parameterValueProblem, parseParameterText, parseRuleSetReference, type ResolvedRuleSet, RuleSetError, resolveRuleSet } from '@social-lens/rules';
import type { AppServices } from '../app/app-env.ts';
import { ProblemError, type ProblemItem } from '../problems/problem-error.ts';
import { createBoundedCache } from '../registry/bounded-cache.ts';

const resolvedCache = createBoundedCache<string, ResolvedRuleSet>(500);

/**
 * Resolves the rule sets of a check request from the registry (`extends` followed), giving each
 * the parameters it declares. A parameter no rule set declares, or of the wrong type, is a 422
 * naming it. Resolutions are cached by the exact set of documents they drew on.
 *
 * @example
 * const ruleSets = await resolveForCheck(services, ['core/client-data@^1'], { povertyLinePerMember: 150 }, '/params')
 */
export async function resolveForCheck(
  services: AppServices,
  references: readonly string[],
  params: Readonly<Record<string, unknown>>,
  paramsPath: string,
  referencesPath: string,
  /** Values came as text (query string `param=name=value`): read them by their declared type. */
  paramsAreText = false,
): Promise<ResolvedRuleSet[]> {
  const { catalog, fingerprint } = await services.loader.catalogFor(references.map((reference) => parseRuleSetReference(reference).id));
  const resolveCached = (reference: string, values: Record<string, unknown>, index: number): ResolvedRuleSet => {
    const key = `${fingerprint}|${reference}|${JSON.stringify(values)}`;
    const cached = resolvedCache.get(key);
    if (cached) return cached;
    try {
      const resolved = resolveRuleSet(catalog, reference, Object.keys(values).length > 0 ? { params: values } : {});
      resolvedCache.set(key, resolved);
      return resolved;
    } catch (error) {
      if (!(error instanceof RuleSetError)) throw error;
      const unknown = error.problems.every((problem) => problem.code === 'unknown-rule-set' || problem.code === 'no-version-in-range');
      throw new ProblemError(unknown ? 404 : 422, {
        kind: unknown ? 'unknown-rule-set' : 'invalid-rule-set',
        detail: error.message,
        errors: error.problems.map((problem) => ({ path: `${referencesPath}/${index}`, message: `${problem.document}: ${problem.message}`, code: problem.code })),
      });
    }
  };
  const plain = references.map((reference, index) => resolveCached(reference, {}, index));
  const used = new Set<string>();
  const problems: ProblemItem[] = [];
  const resolved = plain.map((ruleSet, index) => {
    const values: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(params)) {
      const parameter = ruleSet.parameters[name];
      if (!parameter) continue;
      used.add(name);
      const read = paramsAreText && typeof value === 'string' ? parseParameterText(parameter.definition, value) : value;
      const problem = parameterValueProblem(parameter.definition, read);
      if (problem) problems.push({ path: `${paramsPath}/${name}`, message: problem, code: 'parameter-type' });
      else values[name] = read;
    }
    return Object.keys(values).length === 0 ? ruleSet : resolveCached(references[index]!, values, index);
  });
  for (const name of Object.keys(params)) {
    if (!used.has(name)) {
      const known = [...new Set(plain.flatMap((ruleSet) => Object.keys(ruleSet.parameters)))].sort();
      problems.push({ path: `${paramsPath}/${name}`, message: `no rule set takes this parameter (known: ${known.join(', ') || 'none'})`, code: 'unknown-parameter' });
    }
  }
  if (problems.length > 0) throw new ProblemError(422, { kind: 'invalid-parameters', detail: `${problems[0]!.path}: ${problems[0]!.message}`, errors: problems });
  return resolved;
}
