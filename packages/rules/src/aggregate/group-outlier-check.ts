import type { Finding } from '../findings/finding-schema.ts';
import type { ResolvedPortfolioCheck } from '../ruleset/resolved-rule-set.ts';
import { createGroupTable, type GroupTable, groupState, groupsInOrder, mergeGroupTables } from './group-table.ts';
import { groupKeyOf, type PortfolioCheckAccumulator, type PortfolioCheckOptions, portfolioFinding, roundFigure } from './portfolio-finding.ts';
import { MODIFIED_Z_FACTOR, modifiedZScores } from './robust-statistics.ts';
import { addValue, createValueDistribution, medianAbsoluteDeviationOf, mergeValues, quantileOf, type ValueDistribution } from './value-distribution.ts';

/** The standard error of a median is about √(π/2) ≈ 1.2533 standard deviations ÷ √n. */
const MEDIAN_STANDARD_ERROR_FACTOR = 1.2533;

type GroupOutlier = Extract<ResolvedPortfolioCheck, { kind: 'groupOutlier' }>;

interface GroupOutlierState {
  groups: GroupTable<ValueDistribution>;
  portfolio: ValueDistribution;
}

/**
 * `groupOutlier`: each group's median of a numeric fact, judged by its modified z-score among the
 * medians of the groups with at least `minGroupSize` records. Comparing medians of groups (not
 * records) keeps the test's false-alarm rate the same whatever the group sizes. A group is also
 * judged against its own sampling error — |median − median of group medians| must exceed
 * `maxModifiedZ` standard errors of its median (1.2533 × σ ÷ √n, σ = MAD of all records ÷ 0.6745)
 * — so that when many groups' medians coincide (amounts rounded to a poverty line), MAD near 0
 * does not make an ordinary group look far. Medians are exact while a group has at most 20,000
 * distinct values, then within 0.5 % (`value-distribution.ts`).
 * Figures for the message: `group`, `groupMedian`, `portfolioMedian` (all records),
 * `medianOfGroups`, `modifiedZ`, `groupCount`, `groups`, `differencePercent`.
 */
export function createGroupOutlierCheck(check: GroupOutlier, options: PortfolioCheckOptions): PortfolioCheckAccumulator {
  const state: GroupOutlierState = { groups: createGroupTable(), portfolio: createValueDistribution() };
  return {
    state,
    add(facts, _record, position) {
      const value = facts[check.value];
      if (typeof value !== 'number' || !Number.isFinite(value)) return;
      const key = groupKeyOf(facts[check.groupBy]);
      if (key === undefined) return;
      addValue(state.portfolio, value);
      const group = groupState(state.groups, key, position, createValueDistribution);
      if (group) addValue(group, value);
    },
    merge(other) {
      const part = other as GroupOutlierState;
      mergeValues(state.portfolio, part.portfolio);
      mergeGroupTables(state.groups, part.groups, mergeValues);
    },
    finish() {
      const judged = groupsInOrder(state.groups)
        .filter(([, values]) => values.count >= check.minGroupSize)
        .map(([key, values]) => ({ key, median: quantileOf(values, 0.5), count: values.count }));
      if (judged.length < check.minGroups) return [];
      const { median: medianOfGroups, scores } = modifiedZScores(judged.map((group) => group.median));
      const portfolioMedian = quantileOf(state.portfolio, 0.5);
      const recordSpread = medianAbsoluteDeviationOf(state.portfolio, portfolioMedian) / MODIFIED_Z_FACTOR;
      const findings: Array<{ z: number; finding: Finding }> = [];
      for (const [index, group] of judged.entries()) {
        const z = scores[index]!;
        const side = z > 0 ? 'above' : 'below';
        const relative = medianOfGroups === 0 ? Number.POSITIVE_INFINITY : Math.abs(group.median - medianOfGroups) / Math.abs(medianOfGroups);
        const standardError = (MEDIAN_STANDARD_ERROR_FACTOR * recordSpread) / Math.sqrt(group.count);
        if (Math.abs(z) <= check.maxModifiedZ || relative < check.minRelativeDifference) continue;
        if (Math.abs(group.median - medianOfGroups) <= check.maxModifiedZ * standardError) continue;
        if (check.direction !== 'both' && check.direction !== side) continue;
        const figures = {
          group: group.key,
          groupMedian: roundFigure(group.median),
          portfolioMedian: roundFigure(portfolioMedian),
          medianOfGroups: roundFigure(medianOfGroups),
          modifiedZ: roundFigure(z),
          groupCount: group.count,
          groups: judged.length,
          differencePercent: Math.round(((group.median - medianOfGroups) / Math.abs(medianOfGroups || 1)) * 100),
        };
        findings.push({ z, finding: portfolioFinding(options, figures, { group: { [check.groupBy]: group.key } }) });
      }
      return findings.sort((a, b) => Math.abs(b.z) - Math.abs(a.z)).map((item) => item.finding);
    },
  };
}
