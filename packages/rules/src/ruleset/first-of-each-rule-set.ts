/**
 * A rule set named twice (`core/client-data` and `core/client-data@^1`, resolving to one
 * version) is checked once: the positions of the first naming of each resolved version, and the
 * versions that were named more than once, for a warning.
 *
 * @example
 * firstOfEachRuleSet([{ ref: 'a@1.0.0' }, { ref: 'a@1.0.0' }]) // → { kept: [0], repeated: ['a@1.0.0'] }
 */
export function firstOfEachRuleSet(ruleSets: readonly { ref: string }[]): { kept: number[]; repeated: string[] } {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const kept: number[] = [];
  ruleSets.forEach((ruleSet, index) => {
    if (seen.has(ruleSet.ref)) repeated.add(ruleSet.ref);
    else {
      seen.add(ruleSet.ref);
      kept.push(index);
    }
  });
  return { kept, repeated: [...repeated] };
}
