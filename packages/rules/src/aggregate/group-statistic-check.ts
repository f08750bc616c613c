import { compileCondition } from '../engine/compiled/compile-condition.ts';
import type { Finding } from '../findings/finding-schema.ts';
import type { ResolvedPortfolioCheck } from '../ruleset/resolved-rule-set.ts';
import { createGroupTable, type GroupTable, groupState, groupsInOrder, mergeGroupTables } from './group-table.ts';
import { groupKeyOf, type PortfolioCheckAccumulator, type PortfolioCheckOptions, percentOf, portfolioFinding, roundFigure } from './portfolio-finding.ts';
import { addValue, createValueDistribution, mergeValues, quantileOf, type ValueDistribution } from './value-distribution.ts';

type GroupStatistic = Extract<ResolvedPortfolioCheck, { kind: 'groupStatistic' }>;

interface Tally {
  count: number;
  matching: number;
  valueCount: number;
  sum: number;
  values: ValueDistribution | undefined;
}

function mergeTally(into: Tally, other: Tally): void {
  into.count += other.count;
  into.matching += other.matching;
  into.valueCount += other.valueCount;
  into.sum += other.sum;
  if (into.values && other.values) mergeValues(into.values, other.values);
}

/**
 * `groupStatistic`: count, share (of records passing `matching`), mean, median or a quantile of
 * each group, against `above` / `below`. Figures for the message: `group`, `value` (the
 * statistic), `valuePercent` (a share × 100), `portfolioValue`, `portfolioPercent`,
 * `groupCount`, `matchingCount`, `bound`, `boundPercent`. Counts and medians merge exactly across
 * parts of an export; a merged mean may differ from one pass in the last bits of its sum.
 */
export function createGroupStatisticCheck(check: GroupStatistic, options: PortfolioCheckOptions): PortfolioCheckAccumulator {
  const needsSample = check.statistic === 'median' || check.statistic === 'quantile';
  const create = (): Tally => ({ count: 0, matching: 0, valueCount: 0, sum: 0, values: needsSample ? createValueDistribution() : undefined });
  const state: { groups: GroupTable<Tally>; portfolio: Tally } = { groups: createGroupTable(), portfolio: create() };
  const matching = check.matching === undefined ? undefined : compileCondition(check.matching).test;
  const tally = (tallied: Tally, matched: boolean, value: number | undefined): void => {
    tallied.count += 1;
    if (matched) tallied.matching += 1;
    if (value !== undefined) {
      tallied.valueCount += 1;
      tallied.sum += value;
      if (tallied.values) addValue(tallied.values, value);
    }
  };
  const statisticOf = (tallied: Tally): number => {
    switch (check.statistic) {
      case 'count':
        return tallied.count;
      case 'share':
        return tallied.count === 0 ? Number.NaN : tallied.matching / tallied.count;
      case 'mean':
        return tallied.valueCount === 0 ? Number.NaN : tallied.sum / tallied.valueCount;
      case 'median':
        return quantileOf(tallied.values!, 0.5);
      default:
        return quantileOf(tallied.values!, check.quantile ?? 0.5);
    }
  };
  return {
    state,
    add(facts, _record, position) {
      const key = groupKeyOf(facts[check.groupBy]);
      if (key === undefined) return;
      const raw = check.value === undefined ? undefined : facts[check.value];
      const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
      const matched = matching ? matching(facts as Parameters<typeof matching>[0]) : false;
      tally(state.portfolio, matched, value);
      const group = groupState(state.groups, key, position, create);
      if (group) tally(group, matched, value);
    },
    merge(other) {
      const part = other as typeof state;
      mergeTally(state.portfolio, part.portfolio);
      mergeGroupTables(state.groups, part.groups, mergeTally);
    },
    finish() {
      const findings: Finding[] = [];
      const portfolioValue = statisticOf(state.portfolio);
      const isShare = check.statistic === 'share';
      for (const [key, group] of groupsInOrder(state.groups)) {
        if (group.count < check.minGroupSize) continue;
        const value = statisticOf(group);
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
          groupCount: group.count,
          matchingCount: group.matching,
          bound,
          boundPercent: isShare ? percentOf(bound) : undefined,
        };
        findings.push(portfolioFinding(options, figures, { group: { [check.groupBy]: key } }));
      }
      return findings;
    },
  };
}
