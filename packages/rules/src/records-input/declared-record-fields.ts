import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';

/**
 * The record fields rule sets declare beyond the canonical client fields: a scorecard's answer
 * fields and its stored score. The records input reads them (see `createColumnMap`) for the
 * rule sets that declare them, and for no other.
 *
 * @example declaredRecordFields([resolveRuleSet(catalog, 'ppi/kgz-2015')]) // → ['ppiOblast', 'ppiHouseholdSize', …, 'ppiScore']
 */
export function declaredRecordFields(ruleSets: readonly ResolvedRuleSet[]): string[] {
  const fields = new Set<string>();
  for (const { scorecard } of ruleSets) {
    if (!scorecard) continue;
    for (const question of scorecard.questions) fields.add(question['field']);
    if (scorecard.scoreField !== undefined) fields.add(scorecard.scoreField);
  }
  return [...fields];
}
