import type { Finding } from '../findings/finding-schema.ts';
import type { ResolvedPortfolioCheck } from '../ruleset/resolved-rule-set.ts';
import { chiSquarePValue } from './chi-square-p-value.ts';
import { createGroupTable, type GroupTable, groupState, groupsInOrder, mergeGroupTables } from './group-table.ts';
import { groupKeyOf, type PortfolioCheckAccumulator, type PortfolioCheckOptions, percentOf, portfolioFinding, roundFigure } from './portfolio-finding.ts';

type DistributionDrift = Extract<ResolvedPortfolioCheck, { kind: 'distributionDrift' }>;

/** Categories a drift check tells apart; rarer ones past this are counted as one "other". */
const MAX_CATEGORIES = 100;
const OTHER = '(other)';
/** Categories a part of an export tracks by name, so merged parts still know the first ones. */
const MAX_TRACKED_CATEGORIES = 10_000;

interface DriftState {
  groups: GroupTable<{ count: number; byCategory: Map<string, number> }>;
  /** Each category with the position of its first record. */
  firstOfCategory: Map<string, number>;
}

/**
 * `distributionDrift`: each group's distribution of a categorical fact against the rest of the
 * portfolio — total variation distance ½ Σ |p − q| and the chi-square test of the 2 × k table.
 * A finding needs both: a distance above `maxDistance` and a p-value below `maxPValue`.
 * Figures: `group`, `distance`, `distancePercent`, `pValue`, `groupCount`, `restCount`, `shares`
 * ("very-poor 2% (13%), poor 8% (20%)…": the group, then the rest of the portfolio in brackets).
 */
export function createDistributionDriftCheck(check: DistributionDrift, options: PortfolioCheckOptions): PortfolioCheckAccumulator {
  const state: DriftState = { groups: createGroupTable(), firstOfCategory: new Map() };
  /** Categories in first-seen order: the first MAX_CATEGORIES − 1 by name, the rest as one "other". */
  const categoriesInOrder = (): { categories: string[]; indexOf: Map<string, number> } => {
    const named = [...state.firstOfCategory.entries()].sort((a, b) => a[1] - b[1]).map(([category]) => category);
    const categories = named.slice(0, MAX_CATEGORIES - 1);
    if (named.length > categories.length) categories.push(OTHER);
    const indexOf = new Map(named.map((category, index) => [category, Math.min(index, MAX_CATEGORIES - 1)]));
    return { categories, indexOf };
  };
  return {
    state,
    add(facts, _record, position) {
      let category = groupKeyOf(facts[check.value]);
      const key = groupKeyOf(facts[check.groupBy]);
      if (category === undefined || key === undefined) return;
      const group = groupState(state.groups, key, position, () => ({ count: 0, byCategory: new Map<string, number>() }));
      if (!group) return;
      const first = state.firstOfCategory.get(category);
      if (first === undefined) {
        if (state.firstOfCategory.size >= MAX_TRACKED_CATEGORIES) category = OTHER;
        state.firstOfCategory.set(category, Math.min(position, state.firstOfCategory.get(category) ?? position));
      } else if (position < first) state.firstOfCategory.set(category, position);
      group.count += 1;
      group.byCategory.set(category, (group.byCategory.get(category) ?? 0) + 1);
    },
    merge(other) {
      const part = other as DriftState;
      for (const [category, first] of part.firstOfCategory) state.firstOfCategory.set(category, Math.min(first, state.firstOfCategory.get(category) ?? first));
      mergeGroupTables(state.groups, part.groups, (into, from) => {
        into.count += from.count;
        for (const [category, times] of from.byCategory) into.byCategory.set(category, (into.byCategory.get(category) ?? 0) + times);
      });
    },
    finish() {
      const findings: Array<{ distance: number; finding: Finding }> = [];
      const { categories, indexOf } = categoriesInOrder();
      const totals = categories.map(() => 0);
      const countsOf = (byCategory: Map<string, number>): number[] => {
        const counts = categories.map(() => 0);
        for (const [category, times] of byCategory) counts[indexOf.get(category) ?? categories.length - 1]! += times;
        return counts;
      };
      const grouped = groupsInOrder(state.groups).map(([key, group]) => ({ key, count: group.count, byCategory: countsOf(group.byCategory) }));
      for (const group of grouped) for (const [index, times] of group.byCategory.entries()) totals[index]! += times;
      const total = grouped.reduce((sum, group) => sum + group.count, 0);
      for (const { key, ...group } of grouped) {
        const rest = total - group.count;
        if (group.count < check.minGroupSize || rest < check.minGroupSize) continue;
        let distance = 0;
        let chiSquare = 0;
        let usedCategories = 0;
        const shares: string[] = [];
        for (const [index, category] of categories.entries()) {
          const inGroup = group.byCategory[index] ?? 0;
          const inRest = (totals[index] ?? 0) - inGroup;
          const column = inGroup + inRest;
          if (column === 0) continue;
          usedCategories += 1;
          distance += Math.abs(inGroup / group.count - inRest / rest) / 2;
          const expectedGroup = (column * group.count) / total;
          const expectedRest = (column * rest) / total;
          chiSquare += (inGroup - expectedGroup) ** 2 / expectedGroup + (inRest - expectedRest) ** 2 / expectedRest;
          shares.push(`${category} ${percentOf(inGroup / group.count)}% (${percentOf(inRest / rest)}%)`);
        }
        const pValue = chiSquarePValue(chiSquare, usedCategories - 1);
        if (distance <= check.maxDistance || pValue >= check.maxPValue) continue;
        const figures = {
          group: key,
          distance: roundFigure(distance),
          distancePercent: percentOf(distance),
          pValue: pValue < 0.0001 ? '< 0.0001' : roundFigure(pValue),
          groupCount: group.count,
          restCount: rest,
          shares: shares.join(', '),
        };
        findings.push({ distance, finding: portfolioFinding(options, figures, { group: { [check.groupBy]: key } }) });
      }
      return findings.sort((a, b) => b.distance - a.distance).map((item) => item.finding);
    },
  };
}
