import { createCompiledRecordChecker, type RecordChecker, type ResolvedRuleSet } from '@social-lens/rules';

const checkers = new WeakMap<ResolvedRuleSet, Map<string, RecordChecker>>();

/**
 * A record checker for a resolved rule set, language and date, reused across requests (building
 * the engine costs more than checking one record). It runs the rule set compiled to closures,
 * which gives the same findings as the json-rules-engine reference (differential tests in
 * `packages/rules`) many times faster. Keyed by the resolved rule set itself, which the
 * resolution cache keeps identical for identical inputs: no key is built from its parameters per
 * request, and checkers go when their rule set leaves that cache.
 *
 * @example
 * const checker = recordCheckerFor(resolved, 'en', '2026-01-01')
 */
export function recordCheckerFor(ruleSet: ResolvedRuleSet, lang: string, today: string | undefined): RecordChecker {
  let byLanguageAndDay = checkers.get(ruleSet);
  if (byLanguageAndDay === undefined) {
    byLanguageAndDay = new Map();
    checkers.set(ruleSet, byLanguageAndDay);
  }
  const key = `${lang}|${today ?? ''}`;
  const cached = byLanguageAndDay.get(key);
  if (cached) return cached;
  // A request may name any day: past a few, the oldest is dropped, so one rule set holds a bounded number.
  if (byLanguageAndDay.size >= 16) byLanguageAndDay.delete(byLanguageAndDay.keys().next().value!);
  const checker = createCompiledRecordChecker(ruleSet, { lang, ...(today ? { today } : {}) });
  byLanguageAndDay.set(key, checker);
  return checker;
}
