import type { ResolvedRuleSet } from '@social-lens/rules';

/**
 * One warning for each deprecated version the rule sets drew on (their own versions and those
 * they extend), each named once, with the publisher's message when there is one.
 *
 * @example
 * deprecationWarnings(ruleSets, new Map([['assoc/national@1.0.0', 'use ^2']]))
 * // → ['assoc/national@1.0.0 is deprecated: use ^2']
 */
export function deprecationWarnings(ruleSets: readonly ResolvedRuleSet[], deprecated: ReadonlyMap<string, string | null>): string[] {
  if (deprecated.size === 0) return [];
  const named = new Set(ruleSets.flatMap((ruleSet) => ruleSet.layers).filter((ref) => deprecated.has(ref)));
  return [...named].map((ref) => {
    const message = deprecated.get(ref);
    return message ? `${ref} is deprecated: ${message}` : `${ref} is deprecated`;
  });
}
