import { createCompiledRecordChecker, type RecordChecker, type ResolvedRuleSet } from '@social-lens/rules';
import { createBoundedCache } from '../registry/bounded-cache.ts';

const checkers = createBoundedCache<string, { ruleSet: ResolvedRuleSet; checker: RecordChecker }>(200);

/**
 * A record checker for a resolved rule set, language and date, reused across requests (building
 * the engine costs more than checking one record). It runs the rule set compiled to closures,
 * which gives the same findings as the json-rules-engine reference (differential tests in
 * `packages/rules`) many times faster. Keyed by the resolved rule set itself, which
 * the resolution cache keeps identical for identical inputs.
 *
 * @example
 * const checker = recordCheckerFor(resolved, 'en', '2026-01-01')
 */
export function recordCheckerFor(ruleSet: ResolvedRuleSet, lang: string, today: string | undefined): RecordChecker {
  const key = `${ruleSet.ref}|${JSON.stringify(Object.entries(ruleSet.parameters).map(([name, p]) => [name, p.value]))}|${ruleSet.layers.join(',')}|${lang}|${today ?? ''}`;
  const cached = checkers.get(key);
  if (cached && cached.ruleSet === ruleSet) return cached.checker;
  const checker = createCompiledRecordChecker(ruleSet, { lang, ...(today ? { today } : {}) });
  checkers.set(key, { ruleSet, checker });
  return checker;
}
