import { daysBetween } from '../facts/dates.ts';

/** How far an objective has come, judged at the latest snapshot. */
type ObjectiveStatus = 'met' | 'on-track' | 'behind' | 'overdue' | 'no-data';

export interface ObjectiveStatusInput {
  baseline?: number;
  baselineDate?: string;
  target?: number;
  deadline?: string;
  /** The indicator at the latest snapshot; null or undefined when it has no value. */
  current?: number | null;
  /** The latest snapshot's date. */
  asOf?: string;
}

export interface ObjectiveStatusResult {
  status: ObjectiveStatus;
  expected: number | null;
  reason?: string;
}

const DAYS_PER_YEAR = 365.25;
/** Figures computed as fractions are compared with this slack, so 0.6 meets a target of 0.6. */
const EPSILON = 1e-9;

function atLeast(value: number, bound: number, upward: boolean): boolean {
  return upward ? value >= bound - EPSILON : value <= bound + EPSILON;
}

/**
 * The status of an objective at the latest snapshot. expected = baseline + (target − baseline)
 * × (asOf − baselineDate) ÷ (deadline − baselineDate); the direction is from baseline to target
 * (upward when they are equal). `met`: current at or beyond the target; `overdue`: the deadline
 * passed, not met; `on-track`: at or beyond expected; `behind`; `no-data`: no current value, no
 * target, or no baseline and dates to say where it should be (with the reason).
 *
 * @example
 * objectiveStatus({ baseline: 0.45, baselineDate: '2006-01-01', target: 0.6, deadline: '2007-12-31', current: 0.53, asOf: '2006-12-31' })
 * // → { status: 'on-track', expected: 0.5249… }
 */
export function objectiveStatus(input: ObjectiveStatusInput): ObjectiveStatusResult {
  const { baseline, baselineDate, target, deadline, current, asOf } = input;
  const span = daysBetween(baselineDate, deadline);
  const elapsed = daysBetween(baselineDate, asOf);
  const expected =
    baseline !== undefined && target !== undefined && span !== undefined && span > 0 && elapsed !== undefined
      ? baseline + ((target - baseline) * elapsed) / span
      : null;
  if (current === null || current === undefined) return { status: 'no-data', expected, reason: 'the indicator has no value at the latest snapshot' };
  if (target === undefined) return { status: 'no-data', expected, reason: 'the objective has no target' };
  if (baseline === undefined) return { status: 'no-data', expected, reason: 'no baseline: give baseline and baselineDate, or several snapshots' };
  const upward = target >= baseline;
  if (atLeast(current, target, upward)) return { status: 'met', expected };
  const left = daysBetween(asOf, deadline);
  if (left !== undefined && left < 0) return { status: 'overdue', expected };
  if (expected === null) {
    return { status: 'no-data', expected, reason: 'no expected value: the objective needs a baselineDate and a deadline after it' };
  }
  return { status: atLeast(current, expected, upward) ? 'on-track' : 'behind', expected };
}

/**
 * Change per year: what is still needed to reach the target by the deadline, and what was
 * observed — between the first and the latest snapshot when there are several, else from the
 * baseline to the latest snapshot.
 *
 * @example
 * objectivePace({ target: 0.6, deadline: '2007-12-31', current: 0.52, asOf: '2006-12-31', series: [{ asOf: '2005-12-31', value: 0.45 }, { asOf: '2006-12-31', value: 0.52 }] })
 * // → { needed: 0.08, observed: 0.07, observedFrom: 'snapshots' } (about)
 */
export function objectivePace(input: ObjectiveStatusInput & { series: ReadonlyArray<{ asOf: string; value: number | null }> }): {
  needed: number | null;
  observed: number | null;
  observedFrom?: 'snapshots' | 'baseline';
} {
  const { target, deadline, current, asOf, baseline, baselineDate } = input;
  const left = daysBetween(asOf, deadline);
  const needed =
    target !== undefined && current !== null && current !== undefined && left !== undefined && left > 0 ? ((target - current) * DAYS_PER_YEAR) / left : null;
  const known = input.series.filter((point): point is { asOf: string; value: number } => point.value !== null);
  const first = known[0];
  const last = known.at(-1);
  const between = first && last ? daysBetween(first.asOf, last.asOf) : undefined;
  if (first && last && between !== undefined && between > 0)
    return { needed, observed: ((last.value - first.value) * DAYS_PER_YEAR) / between, observedFrom: 'snapshots' };
  const sinceBaseline = daysBetween(baselineDate, asOf);
  if (baseline !== undefined && current !== null && current !== undefined && sinceBaseline !== undefined && sinceBaseline > 0) {
    return { needed, observed: ((current - baseline) * DAYS_PER_YEAR) / sinceBaseline, observedFrom: 'baseline' };
  }
  return { needed, observed: null };
}
