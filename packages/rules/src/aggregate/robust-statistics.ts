import { quantileOfSorted } from './bounded-sample.ts';

/** Scales MAD to the standard deviation of a normal distribution: 0.6745 ≈ Φ⁻¹(0.75). */
export const MODIFIED_Z_FACTOR = 0.6745;

/** The median of numbers; NaN when there are none. */
export function medianOf(values: readonly number[]): number {
  return quantileOfSorted(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/**
 * Modified z-scores (Iglewicz and Hoaglin): 0.6745 × (x − median) ÷ MAD. When more than half the
 * values are equal (MAD 0) the mean absolute deviation stands in, × 1.2533 as they advise; when
 * every value is equal every score is 0.
 *
 * @example
 * modifiedZScores([130, 128, 135, 131, 396]).at(-1) // → about 48: far out
 */
export function modifiedZScores(values: readonly number[]): { median: number; mad: number; scores: number[] } {
  const median = medianOf(values);
  const deviations = values.map((value) => Math.abs(value - median));
  const mad = medianOf(deviations);
  if (mad > 0) return { median, mad, scores: values.map((value) => (MODIFIED_Z_FACTOR * (value - median)) / mad) };
  const meanDeviation = deviations.reduce((sum, deviation) => sum + deviation, 0) / Math.max(1, deviations.length);
  if (meanDeviation === 0) return { median, mad, scores: values.map(() => 0) };
  return { median, mad, scores: values.map((value) => (value - median) / (1.253314 * meanDeviation)) };
}
