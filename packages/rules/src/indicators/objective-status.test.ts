import { describe, expect, it } from 'vitest';
import { objectivePace, objectiveStatus } from './objective-status.ts';

const up = { baseline: 0.45, baselineDate: '2006-01-01', target: 0.6, deadline: '2007-12-31' };
const down = { baseline: 0.2, baselineDate: '2006-01-01', target: 0.1, deadline: '2007-12-31' };

describe('objectiveStatus', () => {
  it('works out the expected value on the straight path from baseline to target', () => {
    // 364 of 729 days: 0.45 + 0.15 × 364 ÷ 729
    expect(objectiveStatus({ ...up, current: 0.53, asOf: '2006-12-31' })).toEqual({ status: 'on-track', expected: 0.45 + (0.15 * 364) / 729 });
  });

  it.each([
    ['met at the target', up, 0.6, '2006-12-31', 'met'],
    ['met beyond it', up, 0.7, '2006-12-31', 'met'],
    ['behind the path', up, 0.5, '2006-12-31', 'behind'],
    ['overdue after the deadline', up, 0.59, '2008-01-31', 'overdue'],
    ['met even after the deadline', up, 0.61, '2008-01-31', 'met'],
    ['a falling target met below it', down, 0.09, '2006-12-31', 'met'],
    ['a falling target on track below the path', down, 0.14, '2006-12-31', 'on-track'],
    ['a falling target behind above the path', down, 0.19, '2006-12-31', 'behind'],
    ['no value, no data', up, null, '2006-12-31', 'no-data'],
  ] as const)('%s', (_name, objective, current, asOf, status) => {
    expect(objectiveStatus({ ...objective, current, asOf }).status).toBe(status);
  });

  it('says why there is no status', () => {
    expect(objectiveStatus({ target: 0.6, current: 0.5, asOf: '2006-12-31' }).reason).toContain('no baseline');
    expect(objectiveStatus({ baseline: 0.45, target: 0.6, current: 0.5, asOf: '2006-12-31' })).toEqual({
      status: 'no-data',
      expected: null,
      reason: 'no expected value: the objective needs a baselineDate and a deadline after it',
    });
  });
});

describe('objectivePace', () => {
  it('compares the pace still needed with the pace between snapshots', () => {
    const pace = objectivePace({
      ...up,
      current: 0.52,
      asOf: '2006-12-31',
      series: [
        { asOf: '2005-12-31', value: 0.45 },
        { asOf: '2006-12-31', value: 0.52 },
      ],
    });
    expect(pace.observedFrom).toBe('snapshots');
    expect(pace.observed).toBeCloseTo(0.07, 3);
    expect(pace.needed).toBeCloseTo(0.08, 3);
  });

  it('falls back to the pace since the baseline with one snapshot', () => {
    const pace = objectivePace({ ...up, current: 0.5, asOf: '2007-01-01', series: [{ asOf: '2007-01-01', value: 0.5 }] });
    expect(pace.observedFrom).toBe('baseline');
    expect(pace.observed).toBeCloseTo(0.05, 3);
  });
});
