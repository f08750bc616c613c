import { describe, expect, it } from 'vitest';
import { achievableFromData } from './achievable-from-data.ts';
import type { ObjectiveProgress } from './progress-report-schema.ts';

const base: ObjectiveProgress = {
  objectiveId: 'o1',
  indicator: 'core/spm-indicators#women-share',
  baseline: 0.6,
  baselineDate: '2026-01-01',
  target: 0.65,
  deadline: '2027-12-31',
  current: 0.605,
  currentAsOf: '2026-12-31',
  expected: 0.625,
  status: 'behind',
  pacePerYear: { needed: 0.045, observed: -0.021, observedFrom: 'snapshots' },
};

describe('achievableFromData', () => {
  it('compares the pace needed from the measured value with the pace between snapshots', () => {
    expect(achievableFromData(base, 'share')).toEqual({
      met: false,
      message:
        'Measured 60.5% on 2026-12-31; reaching 65% by 2027-12-31 needs +4.5 percentage points a year, but it moved −2.1 percentage points a year between the snapshots.',
    });
    expect(achievableFromData({ ...base, pacePerYear: { needed: 0.045, observed: 0.05, observedFrom: 'snapshots' } }, 'share').met).toBe(true);
  });

  it('reads a falling target in its own direction', () => {
    const exits = { ...base, target: 0.1, current: 0.147, pacePerYear: { needed: -0.047, observed: -0.06, observedFrom: 'snapshots' as const } };
    expect(achievableFromData(exits, 'rate').met).toBe(true);
    expect(achievableFromData({ ...exits, pacePerYear: { needed: -0.047, observed: 0.038, observedFrom: 'snapshots' } }, 'rate').met).toBe(false);
  });

  it('with one snapshot, holds the pace needed to the rule set’s bounds', () => {
    const single = { ...base, pacePerYear: { needed: 0.2, observed: null } };
    expect(achievableFromData(single, 'share', { maxYearlyPercentagePoints: 15 })).toMatchObject({ met: false });
    expect(achievableFromData({ ...single, pacePerYear: { needed: 0.1, observed: null } }, 'share', { maxYearlyPercentagePoints: 15 })).toMatchObject({
      met: true,
    });
    expect(achievableFromData(single, 'share')).toMatchObject({ met: null });
  });

  it('is achievable when met, not when overdue, and cannot tell without a value', () => {
    expect(achievableFromData({ ...base, status: 'met', current: 0.66 }, 'share').met).toBe(true);
    expect(achievableFromData({ ...base, status: 'overdue' }, 'share').met).toBe(false);
    expect(achievableFromData({ ...base, current: null, status: 'no-data' }, 'share').met).toBe(null);
  });
});
