import type { Finding } from '../findings/finding-schema.ts';
import type { ResolvedPortfolioCheck } from '../ruleset/resolved-rule-set.ts';
import { chiSquarePValue } from './chi-square-p-value.ts';
import { createGroupTable } from './group-table.ts';
import { groupKeyOf, type PortfolioCheckAccumulator, type PortfolioCheckOptions, percentOf, portfolioFinding, roundFigure } from './portfolio-finding.ts';

type DistributionDrift = Extract<ResolvedPortfolioCheck, { kind: 'distributionDrift' }>;

/** Categories a drift check tells apart; rarer ones past this are counted as one "other". */
export const MAX_CATEGORIES = 100;
const OTHER = '(other)';

/**
 * `distributionDrift`: each group's distribution of a categorical fact against the rest of the
 * portfolio — total variation distance ½ Σ |p − q| and the chi-square test of the 2 × k table.
 * A finding needs both: a distance above `maxDistance` and a p-value below `maxPValue`.
 * Figures: `group`, `distance`, `distancePercent`, `pValue`, `groupCount`, `restCount`, `shares`
 * ("very-poor 2% (13%), poor 8% (20%)…": the group, then the rest of the portfolio in brackets).
 */
export function createDistributionDriftCheck(check: DistributionDrift, options: PortfolioCheckOptions): PortfolioCheckAccumulator {
  const categories: string[] = [];
  const categoryIndex = new Map<string, number>();
  const groups = createGroupTable(() => ({ count: 0, byCategory: [] as number[] }));
  const totals: number[] = [];
  let total = 0;
  const indexOf = (category: string): number => {
    let index = categoryIndex.get(category);
    if (index === undefined) {
      const name = categories.length >= MAX_CATEGORIES - 1 ? OTHER : category;
      index = categoryIndex.get(name);
      if (index === undefined) {
        index = categories.length;
        categories.push(name);
        categoryIndex.set(name, index);
      }
      categoryIndex.set(category, index);
    }
    return index;
  };
  return {
    add(facts) {
      const category = groupKeyOf(facts[check.value]);
      const key = groupKeyOf(facts[check.groupBy]);
      if (category === undefined || key === undefined) return;
      const index = indexOf(category);
      const state = groups.get(key);
      if (!state) return;
      state.count += 1;
      state.byCategory[index] = (state.byCategory[index] ?? 0) + 1;
      totals[index] = (totals[index] ?? 0) + 1;
      total += 1;
    },
    finish() {
      const findings: Array<{ distance: number; finding: Finding }> = [];
      for (const [key, state] of groups.entries()) {
        const rest = total - state.count;
        if (state.count < check.minGroupSize || rest < check.minGroupSize) continue;
        let distance = 0;
        let chiSquare = 0;
        let usedCategories = 0;
        const shares: string[] = [];
        for (const [index, category] of categories.entries()) {
          const inGroup = state.byCategory[index] ?? 0;
          const inRest = (totals[index] ?? 0) - inGroup;
          const column = inGroup + inRest;
          if (column === 0) continue;
          usedCategories += 1;
          distance += Math.abs(inGroup / state.count - inRest / rest) / 2;
          const expectedGroup = (column * state.count) / total;
          const expectedRest = (column * rest) / total;
          chiSquare += (inGroup - expectedGroup) ** 2 / expectedGroup + (inRest - expectedRest) ** 2 / expectedRest;
          shares.push(`${category} ${percentOf(inGroup / state.count)}% (${percentOf(inRest / rest)}%)`);
        }
        const pValue = chiSquarePValue(chiSquare, usedCategories - 1);
        if (distance <= check.maxDistance || pValue >= check.maxPValue) continue;
        const figures = {
          group: key,
          distance: roundFigure(distance),
          distancePercent: percentOf(distance),
          pValue: pValue < 0.0001 ? '< 0.0001' : roundFigure(pValue),
          groupCount: state.count,
          restCount: rest,
          shares: shares.join(', '),
        };
        findings.push({ distance, finding: portfolioFinding(options, figures, { group: { [check.groupBy]: key } }) });
      }
      return findings.sort((a, b) => b.distance - a.distance).map((item) => item.finding);
    },
  };
}
