import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileOfSorted } from './bounded-sample.ts';
import { medianOf } from './robust-statistics.ts';
import {
  addValue,
  createValueDistribution,
  EXACT_DISTINCT_BOUND,
  isExact,
  medianAbsoluteDeviationOf,
  mergeValues,
  quantileOf,
  SKETCH_RELATIVE_ERROR,
  type ValueDistribution,
} from './value-distribution.ts';

function distributionOf(values: readonly number[]): ValueDistribution {
  const distribution = createValueDistribution();
  for (const value of values) addValue(distribution, value);
  return distribution;
}

const quantiles = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1];

describe('value distributions', () => {
  it('give exactly the quantiles and MAD of the sorted values while exact', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 300 }),
        (values) => {
          const distribution = distributionOf(values);
          const sorted = [...values].sort((a, b) => a - b);
          for (const q of quantiles) expect(quantileOf(distribution, q)).toBe(quantileOfSorted(sorted, q));
          const median = quantileOf(distribution, 0.5);
          expect(medianAbsoluteDeviationOf(distribution, median)).toBe(medianOf(values.map((value) => Math.abs(value - median))));
        },
      ),
    );
  });

  it('merge into the distribution of all the values, whatever the split (exact and sketch)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 100_000 }), { maxLength: 400 }), fc.array(fc.nat(), { maxLength: 6 }), (values, points) => {
        const bounds = [0, ...[...new Set(points.map((point) => point % (values.length + 1)))].sort((a, b) => a - b), values.length];
        const merged = createValueDistribution();
        for (let index = 1; index < bounds.length; index += 1) mergeValues(merged, distributionOf(values.slice(bounds[index - 1], bounds[index])));
        const whole = distributionOf(values);
        for (const q of quantiles) expect(quantileOf(merged, q)).toBe(quantileOf(whole, q));
        expect(merged.count).toBe(values.length);
      }),
    );
  });

  it(`past ${EXACT_DISTINCT_BOUND} distinct values, stay within ${SKETCH_RELATIVE_ERROR * 100} % of the exact order statistics, the same after merging`, () => {
    const values = Array.from({ length: 60_000 }, (_, index) => ((index * 7919) % 60_000) * 0.37 - 2000);
    const sorted = [...values].sort((a, b) => a - b);
    const whole = distributionOf(values);
    expect(isExact(whole)).toBe(false);
    const merged = distributionOf(values.slice(0, 10_000));
    mergeValues(merged, distributionOf(values.slice(10_000, 45_000)));
    mergeValues(merged, distributionOf(values.slice(45_000)));
    for (const q of quantiles) {
      const position = (sorted.length - 1) * q;
      const bound = SKETCH_RELATIVE_ERROR * Math.max(Math.abs(sorted[Math.floor(position)]!), Math.abs(sorted[Math.ceil(position)]!)) + 1e-9;
      expect(Math.abs(quantileOf(whole, q) - quantileOfSorted(sorted, q))).toBeLessThanOrEqual(bound);
      expect(quantileOf(merged, q)).toBe(quantileOf(whole, q));
    }
  });
});
