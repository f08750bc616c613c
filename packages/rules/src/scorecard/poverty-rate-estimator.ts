import type { LocalizedText } from '../ruleset/rule-set-types.ts';
import type { ScoredRecord } from './create-scorecard-scorer.ts';
import type { ResolvedScorecard } from './resolved-scorecard.ts';

/** A group's estimated share of households below one poverty line. */
export interface PovertyRate {
  /** The mean of the scored households' likelihoods; null without any scored household. */
  estimate: number | null;
  /** √(Σ pᵢ(1 − pᵢ)) ÷ n. */
  se: number | null;
  /** estimate ± 1.96 · se, clipped to [0, 1]. */
  ci95: [number, number] | null;
}

/** The share of scored households at or below a score: a targeting figure, never a poverty rate. */
export interface TargetingShare {
  cutoff: number;
  count: number;
  share: number | null;
}

export interface GroupEstimate {
  /** `{}` for the whole export, `{ branchId: 'B1' }` for a group; null for records without the field. */
  group: Record<string, string | null>;
  /** Scored households. */
  n: number;
  /** Records of the group left out: an answer missing or not in the list. */
  excluded: number;
  rates: Record<string, PovertyRate>;
  targeting?: TargetingShare[];
  /** Set on the one group that gathers the values beyond the group limit of a field. */
  otherGroups?: true;
}

export interface PovertyRateEstimatorOptions {
  /** Fields whose values form groups, each on its own (`branchId`, `loanOfficerId`, `loanCycle`). */
  by?: readonly string[];
}

/** Adds records one at a time; memory grows with groups, not records. */
export interface PovertyRateEstimator {
  add(scored: Pick<ScoredRecord, 'score' | 'likelihoods'>, record: Readonly<Record<string, unknown>>): void;
  /** The whole export first, then each `by` field's groups in order of their values. */
  finish(): GroupEstimate[];
}

/** How the figures are to be read, as the reports label them. */
export const ESTIMATE_NOTES: Readonly<Record<'rate' | 'interval' | 'targeting', LocalizedText>> = {
  rate: {
    en: 'Poverty rate: the mean of the households’ poverty likelihoods (never the likelihood of the mean score).',
    ru: 'Уровень бедности — среднее вероятностей бедности домохозяйств (а не вероятность по среднему баллу).',
  },
  interval: {
    en: '95% interval: estimate ± 1.96 · √(Σ p(1 − p)) ÷ n, clipped to [0, 1]; it ignores the scorecard’s own calibration error.',
    ru: '95% интервал: оценка ± 1,96 · √(Σ p(1 − p)) ÷ n, в пределах [0, 1]; погрешность калибровки самой анкеты не учтена.',
  },
  targeting: {
    en: 'Targeting: the share of scored clients with a score at or below the cut-off. It is not a poverty rate.',
    ru: 'Таргетирование: доля клиентов с баллом не выше порога. Это не уровень бедности.',
  },
};

/** At most this many groups per field; later values are gathered in one group marked `otherGroups`. */
export const MAX_GROUPS_PER_FIELD = 10_000;
const OTHER_GROUPS: unique symbol = Symbol('other groups');
/** As the scorecards' guides round it. */
const Z_95 = 1.96;

/** Compensated (Neumaier) sums, so that a million likelihoods add up to the last digits. */
class Sums {
  readonly sum: Float64Array;
  readonly compensation: Float64Array;
  constructor(size: number) {
    this.sum = new Float64Array(size);
    this.compensation = new Float64Array(size);
  }
  add(index: number, value: number): void {
    const sum = this.sum[index]!;
    const next = sum + value;
    this.compensation[index]! += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    this.sum[index] = next;
  }
  total(index: number): number {
    return this.sum[index]! + this.compensation[index]!;
  }
}

class GroupAccumulator {
  n = 0;
  excluded = 0;
  readonly likelihoods: Sums;
  readonly variances: Sums;
  readonly targeted: Float64Array;
  otherGroups = false;
  constructor(lines: number, cutoffs: number) {
    this.likelihoods = new Sums(lines);
    this.variances = new Sums(lines);
    this.targeted = new Float64Array(cutoffs);
  }
}

function groupValue(raw: unknown): string | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : null;
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  return text === '' ? null : text;
}

const collator = new Intl.Collator('en', { numeric: true });

/**
 * Estimates poverty rates the way the scorecards' authors prescribe: per line, the mean of the
 * scored households' likelihoods, with n, the records left out, and a 95% interval that ignores
 * the scorecard's calibration error; optionally the targeting shares of `targetingCutoffs`, as
 * a figure of their own. One pass: memory grows with groups, never with records.
 *
 * @example
 * const estimator = createPovertyRateEstimator(scorer.scorecard, { by: ['branchId'] })
 * for (const record of records) estimator.add(scorer.score(record), record)
 * estimator.finish()[0].rates['national-100'].estimate // → 0.31
 */
export function createPovertyRateEstimator(scorecard: ResolvedScorecard, options: PovertyRateEstimatorOptions = {}): PovertyRateEstimator {
  const lines = scorecard.lineIds;
  const cutoffs = scorecard.targetingCutoffs;
  const by = options.by ?? [];
  const whole = new GroupAccumulator(lines.length, cutoffs.length);
  const byField = by.map(() => new Map<string | null | typeof OTHER_GROUPS, GroupAccumulator>());

  function add(group: GroupAccumulator, scored: Pick<ScoredRecord, 'score' | 'likelihoods'>): void {
    const { likelihoods, score } = scored;
    if (score === null || likelihoods === null) {
      group.excluded += 1;
      return;
    }
    group.n += 1;
    for (let index = 0; index < lines.length; index += 1) {
      const likelihood = likelihoods[lines[index]!] ?? 0;
      group.likelihoods.add(index, likelihood);
      group.variances.add(index, likelihood * (1 - likelihood));
    }
    for (let index = 0; index < cutoffs.length; index += 1) if (score <= cutoffs[index]!) group.targeted[index]! += 1;
  }

  function estimateOf(group: Record<string, string | null>, accumulator: GroupAccumulator): GroupEstimate {
    const { n } = accumulator;
    const rates: Record<string, PovertyRate> = {};
    for (const [index, line] of lines.entries()) {
      if (n === 0) {
        rates[line] = { estimate: null, se: null, ci95: null };
        continue;
      }
      const estimate = accumulator.likelihoods.total(index) / n;
      const se = Math.sqrt(Math.max(0, accumulator.variances.total(index))) / n;
      rates[line] = { estimate, se, ci95: [Math.max(0, estimate - Z_95 * se), Math.min(1, estimate + Z_95 * se)] };
    }
    return {
      group,
      n,
      excluded: accumulator.excluded,
      rates,
      ...(cutoffs.length === 0
        ? {}
        : {
            targeting: cutoffs.map((cutoff, index) => ({
              cutoff,
              count: accumulator.targeted[index]!,
              share: n === 0 ? null : accumulator.targeted[index]! / n,
            })),
          }),
      ...(accumulator.otherGroups ? { otherGroups: true as const } : {}),
    };
  }

  return {
    add(scored, record) {
      add(whole, scored);
      for (const [index, field] of by.entries()) {
        const groups = byField[index]!;
        let key: string | null | typeof OTHER_GROUPS = groupValue(record[field]);
        let group = groups.get(key);
        if (!group) {
          if (groups.size >= MAX_GROUPS_PER_FIELD) {
            key = OTHER_GROUPS;
            group = groups.get(key);
          }
          if (!group) {
            group = new GroupAccumulator(lines.length, cutoffs.length);
            if (key === OTHER_GROUPS) group.otherGroups = true;
            groups.set(key, group);
          }
        }
        add(group, scored);
      }
    },
    finish() {
      const estimates = [estimateOf({}, whole)];
      for (const [index, field] of by.entries()) {
        const groups = [...byField[index]!].sort(([a], [b]) =>
          a === OTHER_GROUPS ? 1 : b === OTHER_GROUPS ? -1 : a === null ? 1 : b === null ? -1 : collator.compare(a, b),
        );
        for (const [value, accumulator] of groups) estimates.push(estimateOf({ [field]: value === OTHER_GROUPS ? '(other groups)' : value }, accumulator));
      }
      return estimates;
    },
  };
}
