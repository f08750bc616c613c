import type { IndicatorUnit } from './indicator-types.ts';
import type { ObjectiveProgress } from './progress-report-schema.ts';

/** The bounds an objective rule set takes as achievable when there is no observed pace. */
export interface AchievableBounds {
  /** Shares and rates: the largest change per year, in percentage points (core/smart-objective: 15). */
  maxYearlyPercentagePoints?: number;
  /** Counts, means, medians: the largest change per year as a share of the current value (1 = doubling). */
  maxRelativeYearlyChange?: number;
}

/** Whether an objective is achievable judged from its indicator's measured values, and why. */
export interface AchievableFromData {
  met: boolean | null;
  message: string;
}

const fraction = (unit: IndicatorUnit): boolean => unit === 'share' || unit === 'rate';

function show(value: number, unit: IndicatorUnit): string {
  return fraction(unit) ? `${Math.round(value * 1000) / 10}%` : String(Math.round(value * 100) / 100);
}

function showPace(value: number, unit: IndicatorUnit): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return fraction(unit)
    ? `${sign}${Math.round(Math.abs(value) * 1000) / 10} percentage points a year`
    : `${sign}${Math.round(Math.abs(value) * 100) / 100} a year`;
}

/**
 * Judges *achievable* from the data (`lens check objectives --data`): from the indicator's value
 * at the latest snapshot, the pace still needed per year to reach the target by the deadline,
 * against the pace observed between snapshots when there are several — or, with one snapshot,
 * against the bounds the objective rule set takes as achievable. Met already: achievable; the
 * deadline passed: not; no measured value or no deadline: cannot tell (null).
 *
 * @example
 * achievableFromData(progress, 'share', { maxYearlyPercentagePoints: 15 })
 * // → { met: false, message: 'Measured 60.5% on 2026-12-31; reaching 65% by 2027-12-31 needs +4.5 percentage points a year, but it moved −2.1 percentage points a year between the snapshots.' }
 */
export function achievableFromData(progress: ObjectiveProgress, unit: IndicatorUnit, bounds: AchievableBounds = {}): AchievableFromData {
  const { current, currentAsOf, target, deadline } = progress;
  if (current === null || current === undefined || !currentAsOf) return { met: null, message: 'No measured value of the indicator to judge from.' };
  const measured = `Measured ${show(current, unit)} on ${currentAsOf}`;
  if (progress.status === 'met')
    return { met: true, message: `${measured}: the target${target === null || target === undefined ? '' : ` ${show(target, unit)}`} is already reached.` };
  if (target === null || target === undefined || !deadline)
    return { met: null, message: `${measured}; without a target and a deadline the pace cannot be judged.` };
  if (progress.status === 'overdue')
    return { met: false, message: `${measured}: the deadline ${deadline} has passed and the target ${show(target, unit)} is not reached.` };
  const needed = progress.pacePerYear?.needed;
  if (needed === null || needed === undefined) return { met: null, message: `${measured}; the pace needed cannot be worked out.` };
  const toward = Math.sign(target - current);
  const need = `${measured}; reaching ${show(target, unit)} by ${deadline} needs ${showPace(needed, unit)}`;
  const observed = progress.pacePerYear?.observed;
  if (observed !== null && observed !== undefined && progress.pacePerYear?.observedFrom === 'snapshots') {
    const between = `it moved ${showPace(observed, unit)} between the snapshots`;
    return observed * toward >= needed * toward ? { met: true, message: `${need}, and ${between}.` } : { met: false, message: `${need}, but ${between}.` };
  }
  const bound = fraction(unit)
    ? bounds.maxYearlyPercentagePoints === undefined
      ? undefined
      : bounds.maxYearlyPercentagePoints / 100
    : bounds.maxRelativeYearlyChange === undefined
      ? undefined
      : bounds.maxRelativeYearlyChange * Math.abs(current);
  if (bound === undefined) return { met: null, message: `${need}; with one snapshot there is no observed pace to compare with.` };
  return Math.abs(needed) <= bound
    ? { met: true, message: `${need}, within the ${showPace(bound, unit).replace(/^\+/, '')} taken as achievable.` }
    : { met: false, message: `${need}, more than the ${showPace(bound, unit).replace(/^\+/, '')} taken as achievable.` };
}
