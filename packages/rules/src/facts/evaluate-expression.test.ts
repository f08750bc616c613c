import { describe, expect, it } from 'vitest';
import type { Expression } from '../ruleset/rule-set-types.ts';
import { compileExpression } from './evaluate-expression.ts';

const evaluate = (expression: unknown, facts: Record<string, unknown> = {}) => compileExpression(expression as Expression)(facts as never);

describe('compileExpression', () => {
  it('does arithmetic on known numbers and gives unknown otherwise', () => {
    expect(evaluate({ add: [1, 2, 3] })).toBe(6);
    expect(evaluate({ subtract: [10, 4] })).toBe(6);
    expect(evaluate({ multiply: [2, 3, 4] })).toBe(24);
    expect(evaluate({ add: [1, { fact: 'missing' }] })).toBeUndefined();
    expect(evaluate({ add: [1, 'two'] })).toBeUndefined();
  });

  it('divides by zero to unknown, not Infinity', () => {
    expect(evaluate({ divide: [300, { fact: 'size' }] }, { size: 0 })).toBeUndefined();
    expect(evaluate({ ratio: [3, 4] })).toBe(0.75);
  });

  it('sums the known fields, unknown only when none is known', () => {
    expect(evaluate({ sum: [{ fact: 'a' }, { fact: 'b' }, { fact: 'c' }] }, { a: 100, c: 20 })).toBe(120);
    expect(evaluate({ sum: [{ fact: 'a' }, { fact: 'b' }] }, {})).toBeUndefined();
    expect(evaluate({ sum: [{ fact: 'a' }] }, { a: 'x' })).toBeUndefined();
  });

  it('computes min, max, abs, round and coalesce', () => {
    expect(evaluate({ min: [3, 1, 2] })).toBe(1);
    expect(evaluate({ max: [1, { multiply: [0.01, 480] }] })).toBe(4.8);
    expect(evaluate({ abs: -4 })).toBe(4);
    expect(evaluate({ round: [2.345, 2] })).toBe(2.35);
    expect(evaluate({ round: [2.5] })).toBe(3);
    expect(evaluate({ coalesce: [{ fact: 'a' }, { fact: 'b' }, 7] }, { b: 5 })).toBe(5);
  });

  it('measures days and whole years between dates, and ages', () => {
    expect(evaluate({ daysBetween: ['2024-02-28', '2024-03-01'] })).toBe(2);
    expect(evaluate({ daysBetween: ['2024-03-01', '2024-02-28'] })).toBe(-2);
    expect(evaluate({ ageAt: ['2006-03-01', '2024-02-29'] })).toBe(17);
    expect(evaluate({ ageAt: ['2006-03-01', '2024-03-01'] })).toBe(18);
    expect(evaluate({ yearsBetween: ['2024-03-01', '2020-03-02'] })).toBe(-3);
    expect(evaluate({ daysBetween: ['2024-13-01', '2024-03-01'] })).toBeUndefined();
  });

  it('maps a number to a label by thresholds (poverty bands)', () => {
    const band = {
      band: {
        value: { fact: 'perMember' },
        bands: [
          { below: 60, label: 'very-poor' },
          { below: 120, label: 'poor' },
          { below: 180, label: 'near-poor' },
        ],
        otherwise: 'non-poor',
      },
    };
    expect([59.99, 60, 119, 120, 179, 180].map((perMember) => evaluate(band, { perMember }))).toEqual([
      'very-poor',
      'poor',
      'poor',
      'near-poor',
      'near-poor',
      'non-poor',
    ]);
    expect(evaluate(band, {})).toBeUndefined();
  });

  it('tells whole numbers, counts and intersects lists', () => {
    expect(evaluate({ isWholeNumber: 3 })).toBe(true);
    expect(evaluate({ isWholeNumber: 3.5 })).toBe(false);
    expect(evaluate({ count: { intersect: [{ fact: 'missing' }, ['a', 'c']] } }, { missing: ['a', 'b', 'c'] })).toBe(2);
    expect(evaluate({ count: { fact: 'x' } }, { x: 3 })).toBeUndefined();
  });

  it('treats null and NaN facts as unknown', () => {
    expect(evaluate({ fact: 'x' }, { x: null })).toBeUndefined();
    expect(evaluate({ add: [{ fact: 'x' }, 1] }, { x: Number.NaN })).toBeUndefined();
  });
});
