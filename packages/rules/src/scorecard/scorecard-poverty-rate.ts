import type { Finding } from '../findings/finding-schema.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { createScorecardScorer } from './create-scorecard-scorer.ts';
import { createPovertyRateEstimator, type GroupEstimate } from './poverty-rate-estimator.ts';

export interface ScorecardPovertyRateOptions {
  /** Segment fields, each on its own (`branchId`, `gender`, a loan-cycle band the caller adds to each record…). */
  by?: readonly string[];
  lang?: string;
}

/** The `scorecard-poverty-rate` indicator of one snapshot: a rate per line for the whole snapshot and per segment. */
export interface ScorecardPovertyRate {
  /** `id@version` of the scorecard rule set. */
  scorecard: string;
  lines: readonly string[];
  /** The whole snapshot first (`group: {}`), then each `by` field's groups; n, excluded and `rates[line]` each. */
  groups: GroupEstimate[];
  /** The scorecard's findings on the records (answers missing, not in the list, …). */
  findings: Finding[];
}

/**
 * The scorecard's poverty rate of a set of records as an indicator (`lens progress --scorecard`
 * calls it once per snapshot): per line, the mean of the scored clients' likelihoods, with n,
 * the records left out and a 95% interval, overall and by segment. Records are raw as the records
 * input reads them (`RecordsInputItem.raw`), answer fields included.
 *
 * @example
 * const rate = scorecardPovertyRate(resolveRuleSet(catalog, 'ppi/kgz-2015@^1'), snapshot.records, { by: ['branchId'] })
 * rate.groups[0].rates['national-100'].estimate // → 0.248
 */
export function scorecardPovertyRate(
  ruleSet: ResolvedRuleSet,
  records: Iterable<{ raw: Readonly<Record<string, unknown>>; line?: number }>,
  options: ScorecardPovertyRateOptions = {},
): ScorecardPovertyRate {
  const scorer = createScorecardScorer(ruleSet, options.lang === undefined ? {} : { lang: options.lang });
  const estimator = createPovertyRateEstimator(scorer.scorecard, options.by === undefined ? {} : { by: options.by });
  const findings: Finding[] = [];
  for (const { raw, line } of records) {
    const scored = scorer.score(raw, line === undefined ? {} : { line });
    estimator.add(scored, raw);
    for (const finding of scored.findings) findings.push(finding);
  }
  return { scorecard: ruleSet.ref, lines: scorer.scorecard.lineIds, groups: estimator.finish(), findings };
}
