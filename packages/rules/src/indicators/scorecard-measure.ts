import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { createScorecardScorer } from '../scorecard/create-scorecard-scorer.ts';
import { createPovertyRateEstimator } from '../scorecard/poverty-rate-estimator.ts';
import type { GroupFigure, IndicatorValue } from './progress-report-schema.ts';
import type { RawRecordMeasure } from './raw-record-measure.ts';
import type { ResolvedIndicator } from './resolved-indicators.ts';

/** The segments a scorecard's poverty rate is given by in `lens progress` (fields read as the export has them). */
export const SCORECARD_SEGMENTS = ['branchId', 'loanOfficerId', 'gender', 'area', 'povertyLevel'] as const;

/** `scorecard-poverty-rate-<line>`: the local id of a scorecard's poverty-rate indicator for one line. */
function scorecardIndicatorLocalId(line: string): string {
  return `scorecard-poverty-rate-${line}`;
}

/**
 * The `scorecard-poverty-rate` indicators of a scorecard rule set, one per poverty line, for a
 * progress run: per snapshot, the mean of the scored clients' likelihoods of being below the
 * line (as `lens scorecard` estimates it, every scored record of the export), overall and by
 * segment, with the scored households as denominator and the records left out as excluded.
 *
 * @example
 * createProgressRun({ ruleSets, rawMeasures: [createScorecardMeasure(resolveRuleSet(catalog, 'ppi/kgz-2015@^1'))] })
 * // report.indicators gains ppi/kgz-2015#scorecard-poverty-rate-national-100, …
 */
export function createScorecardMeasure(ruleSet: ResolvedRuleSet, options: { lang?: string } = {}): RawRecordMeasure {
  const scorer = createScorecardScorer(ruleSet, options.lang === undefined ? {} : { lang: options.lang });
  const { scorecard } = scorer;
  const scorecardId = scorecard.definedBy.slice(0, scorecard.definedBy.lastIndexOf('@'));
  const indicators: ResolvedIndicator[] = scorecard.lineIds.map((line) => {
    const lineTitle = scorecard.lines[line]?.title;
    const lineName = lineTitle?.en ?? line;
    return {
      id: `${scorecardId}#${scorecardIndicatorLocalId(line)}`,
      localId: scorecardIndicatorLocalId(line),
      ruleSet: ruleSet.ref,
      title: { en: `Clients below ${lineName} (${scorecardId})`, ru: `Клиенты ниже черты «${lineTitle?.['ru'] ?? lineName}» (${scorecardId})` },
      description: `The mean of the scored clients' likelihoods of living below ${lineName}, from the ${scorecardId} scorecard's lookup (never the likelihood of the mean score); every scored record of the snapshot, as lens scorecard estimates it. Records with an answer missing or not in the list are excluded.`,
      ...(scorecard.source === undefined ? {} : { source: scorecard.source }),
      unit: 'share',
      measure: { kind: 'scorecard-rate', scorecard: scorecardId, line },
      dates: [],
      segments: [...SCORECARD_SEGMENTS],
      populations: [],
      fields: scorecard.questions.map((question) => question['field']),
    };
  });
  return {
    indicators,
    startSnapshot(period) {
      const estimator = createPovertyRateEstimator(scorecard, { by: SCORECARD_SEGMENTS });
      return {
        add(raw) {
          estimator.add(scorer.score(raw), raw);
        },
        finish() {
          const groups = estimator.finish();
          const values = new Map<string, IndicatorValue>();
          scorecard.lineIds.forEach((line, index) => {
            const segments: Record<string, GroupFigure[]> = {};
            let overall: IndicatorValue = { ...period, value: null, denominator: 0, excluded: 0, segments, reason: 'no scored client' };
            for (const group of groups) {
              const estimate = group.rates[line]?.estimate ?? null;
              const figure = {
                value: estimate,
                denominator: group.n,
                excluded: group.excluded,
                ...(estimate === null ? { reason: 'no scored client' } : {}),
              };
              const entries = Object.entries(group.group);
              if (entries.length === 0) {
                overall = { ...period, ...figure, segments };
                continue;
              }
              const [field, value] = entries[0]!;
              if (value === null || group.otherGroups) continue;
              const list = segments[field] ?? [];
              segments[field] = list;
              list.push({ group: value, ...figure });
            }
            values.set(indicators[index]!.id, overall);
          });
          return values;
        },
      };
    },
  };
}
