import { compileCondition } from '../engine/compiled/compile-condition.ts';
import type { Finding } from '../findings/finding-schema.ts';
import type { ResolvedPortfolioCheck } from '../ruleset/resolved-rule-set.ts';
import { type BoundedSample, createBoundedSample } from './bounded-sample.ts';
import { createGroupTable } from './group-table.ts';
import { groupKeyOf, type PortfolioCheckAccumulator, type PortfolioCheckOptions, percentOf, portfolioFinding, roundFigure } from './portfolio-finding.ts';

type GroupStatistic = Extract<ResolvedPortfolioCheck, { kind: 'groupStatistic' }>;

interface Tally {
  count: number;
  matching: number;
  valueCount: number;
  sum: number;
  sample: BoundedSample | undefined;
}

/**
 * `groupStatistic`: count, share (of records passing `matching`), mean, median or a quantile of
 * each group, against `above` / `below`. Figures for the message: `group`, `value` (the
 * statistic), `valuePercent` (a share × 100), `portfolioValue`, `portfolioPercent`,
 * `groupCount`, `matchingCount`, `bound`, `boundPercent`.
 */
export function createGroupStatisticCheck(check: GroupStatistic, options: PortfolioCheckOptions): PortfolioCheckAccumulator {
  const needsSample = check.statistic === 'median' || check.statistic === 'quantile';
  const create = (): Tally => ({ count: 0, matching: 0, valueCount: 0, sum: 0, sample: needsSample ? createBoundedSample() : undefined });
  const groups = createGroupTable(create);
  const portfolio = create();
  const matching = check.matching === undefined ? undefined : compileCondition(check.matching).test;
  const tally = (state: Tally, matched: boolean, value: number | undefined): void => {
    state.count += 1;
    if (matched) state.matching += 1;
    if (value !== undefined) {
      state.valueCount += 1;
      state.sum += value;
      state.sample?.add(value);
    }
  };
  const statisticOf = (state: Tally): number => {
    switch (check.statistic) {
      case 'count':
        return state.count;
      case 'share':
        return state.count === 0 ? Number.NaN : state.matching / state.count;
      case 'mean':
        return state.valueCount === 0 ? Number.NaN : state.sum / state.valueCount;
      case 'median':
        return state.sample!.quantile(0.5);
      default:
        return state.sample!.quantile(check.quantile ?? 0.5);
    }
  };
  return {
    add(facts) {
      const key = groupKeyOf(facts[check.groupBy]);
      if (key === undefined) return;
      const raw = check.value === undefined ? undefined : facts[check.value];
      const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
      const matched = matching ? matching(facts as Parameters<typeof matching>[0]) : false;
      tally(portfolio, matched, value);
      const state = groups.get(key);
      if (state) tally(state, matched, value);
    },
    finish() {
      const findings: Finding[] = [];
      const portfolioValue = statisticOf(portfolio);
      const isShare = check.statistic === 'share';
      for (const [key, state] of groups.entries()) {
        if (state.count < check.minGroupSize) continue;
        const value = statisticOf(state);
        if (Number.isNaN(value)) continue;
        const bound =
          check.above !== undefined && value > check.above ? check.above : check.below !== undefined && value < check.below ? check.below : undefined;
        if (bound === undefined) continue;
        const figures = {
          group: key,
          value: roundFigure(value),
          valuePercent: isShare ? percentOf(value) : undefined,
          portfolioValue: roundFigure(portfolioValue),
          portfolioPercent: isShare ? percentOf(portfolioValue) : undefined,
          groupCount: state.count,
          matchingCount: state.matching,
          bound,
          boundPercent: isShare ? percentOf(bound) : undefined,
        };
        findings.push(portfolioFinding(options, figures, { group: { [check.groupBy]: key } }));
      }
      return findings;
    },
  };
}
