import { firstOfEachRuleSet, parseRuleSetReference, type ResolvedRuleSet, RuleSetError, resolveRuleSet } from '@social-lens/rules';
import { spreadParameters } from '@social-lens/rules/records-input';
import semver from 'semver';
import type { AppServices } from '../app/app-env.ts';
import { ProblemError } from '../problems/problem-error.ts';
import { createBoundedCache } from '../registry/bounded-cache.ts';
import { deprecationWarnings } from './deprecation-warnings.ts';

const resolvedCache = createBoundedCache<string, ResolvedRuleSet>(500);

export interface ResolveForCheckOptions {
  /** Where the parameters came from, for problems: `/params` or `query.param`. */
  paramsPath: string;
  /** Where the references came from: `/rulesets`, `query.ruleset`, or the default. */
  referencesPath: string;
  /** Values came as text (query string `param=name=value`): read them by their declared type. */
  paramsAreText?: boolean;
  /** Told what the answer should say without refusing the request (a rule set named twice, a deprecated version). */
  warn?: (message: string) => void;
}

/**
 * Resolves the rule sets of a check request from the registry (`extends` followed), giving each
 * the parameters it declares, spread as `lens check records` spreads `--param`. A parameter no
 * rule set declares, or of the wrong type, is a `RecordsInputError` (422) naming it.
 * Resolutions are cached by the exact set of documents they drew on. A version named twice is
 * checked once, with a warning; so is a deprecated version, the rule set's own or one it extends.
 *
 * @example
 * const ruleSets = await resolveForCheck(services, ['core/client-data@^1'], new Map([['povertyLinePerMember', 150]]), { paramsPath: '/params', referencesPath: '/rulesets' })
 */
export async function resolveForCheck(
  services: AppServices,
  references: readonly string[],
  params: ReadonlyMap<string, unknown>,
  options: ResolveForCheckOptions,
): Promise<ResolvedRuleSet[]> {
  // A range semver cannot read is a mistake in the request (422, as on GET), not a missing rule set (404).
  const badRange = references.findIndex((reference) => semver.validRange(parseRuleSetReference(reference).range) === null);
  if (badRange !== -1) {
    const { range } = parseRuleSetReference(references[badRange]!);
    throw new ProblemError(422, {
      kind: 'invalid-range',
      detail: `"${range.slice(0, 100)}" is not a semver range`,
      errors: [{ path: `${options.referencesPath}/${badRange}`, message: 'expected e.g. 1.2.0, ^1 or >=1.1 <2', code: 'invalid-range' }],
    });
  }
  const { catalog, fingerprint, deprecated } = await services.catalogs.catalogFor(references.map((reference) => parseRuleSetReference(reference).id));
  const resolveCached = (reference: string, values: Record<string, unknown> | undefined, index: number): ResolvedRuleSet => {
    const key = `${fingerprint}|${reference}|${JSON.stringify(values ?? {})}`;
    const cached = resolvedCache.get(key);
    if (cached) return cached;
    try {
      const resolved = resolveRuleSet(catalog, reference, values ? { params: values } : {});
      resolvedCache.set(key, resolved);
      return resolved;
    } catch (error) {
      if (!(error instanceof RuleSetError)) throw error;
      const unknown = error.problems.every((problem) => problem.code === 'unknown-rule-set' || problem.code === 'no-version-in-range');
      throw new ProblemError(unknown ? 404 : 422, {
        kind: unknown ? 'unknown-rule-set' : 'invalid-rule-set',
        detail: error.message,
        errors: error.problems.map((problem) => ({
          path: `${options.referencesPath}/${index}`,
          message: `${problem.document}: ${problem.message}`,
          code: problem.code,
        })),
      });
    }
  };
  const resolved = references.map((reference, index) => resolveCached(reference, undefined, index));
  const { kept, repeated } = firstOfEachRuleSet(resolved);
  for (const ref of repeated) options.warn?.(`${ref} is named more than once; it is checked once`);
  const plain = kept.map((index) => resolved[index]!);
  for (const warning of deprecationWarnings(plain, deprecated)) options.warn?.(warning);
  const values = spreadParameters(plain, params, { fromText: options.paramsAreText ?? false, pathOf: (name) => `${options.paramsPath}/${name}` });
  return plain.map((ruleSet, index) => (values[index] === undefined ? ruleSet : resolveCached(references[kept[index]!]!, values[index], kept[index]!)));
}
