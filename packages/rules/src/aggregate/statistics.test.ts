import { describe, expect, it } from 'vitest';
import { createBoundedSample } from './bounded-sample.ts';
import { chiSquarePValue } from './chi-square-p-value.ts';
import { normalizeKey } from './normalize-key.ts';
import { modifiedZScores } from './robust-statistics.ts';

describe('createBoundedSample', () => {
  it('is exact up to its bound', () => {
    const sample = createBoundedSample(10);
    for (const value of [5, 1, 4, 2, 3]) sample.add(value);
    expect([sample.quantile(0.5), sample.quantile(0), sample.quantile(1), sample.quantile(0.25), sample.exact]).toEqual([3, 1, 5, 2, true]);
  });

  it('keeps a close median past its bound, deterministically', () => {
    const medians = [0, 1].map(() => {
      const sample = createBoundedSample(1000);
      for (let index = 0; index < 100_000; index += 1) sample.add((index * 7919) % 100_000);
      return sample.quantile(0.5);
    });
    expect(medians[0]).toBe(medians[1]);
    expect(Math.abs(medians[0]! - 50_000)).toBeLessThan(3_000);
  });
});

describe('modifiedZScores', () => {
  it('scores one far group high and the others low', () => {
    const { median, mad, scores } = modifiedZScores([100, 110, 120, 130, 140, 400]);
    expect([median, mad, scores.map((score) => Math.round(score * 100) / 100)]).toEqual([125, 15, [-1.12, -0.67, -0.22, 0.22, 0.67, 12.37]]);
  });

  it('falls back to the mean absolute deviation when most values are equal', () => {
    expect(modifiedZScores([5, 5, 5, 5, 9]).scores.map((score) => Math.round(score * 100) / 100)).toEqual([0, 0, 0, 0, 3.99]);
  });
});

describe('chiSquarePValue', () => {
  it('matches the tables', () => {
    expect(chiSquarePValue(3.841, 1)).toBeCloseTo(0.05, 3);
    expect(chiSquarePValue(16.266, 3)).toBeCloseTo(0.001, 4);
    expect(chiSquarePValue(0, 3)).toBe(1);
  });
});

describe('normalizeKey', () => {
  it('reads identifiers without separators and names without accents', () => {
    expect(normalizeKey(' ab 12-34.56/7 ', 'identifier')).toBe('AB1234567');
    expect(normalizeKey('  Ánа   Kovač ', 'text')).toBe('anа kovac');
    expect(normalizeKey(12345, 'exact')).toBe('12345');
    expect(normalizeKey(undefined, 'identifier')).toBe('');
  });
});
