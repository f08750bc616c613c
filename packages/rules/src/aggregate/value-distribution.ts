/** Distinct values a distribution counts exactly; past this it becomes a relative-error sketch. */
export const EXACT_DISTINCT_BOUND = 20_000;

/** The sketch's relative error: a quantile is within this share of the exact order statistics. */
export const SKETCH_RELATIVE_ERROR = 0.005;

const GAMMA = (1 + SKETCH_RELATIVE_ERROR) / (1 - SKETCH_RELATIVE_ERROR);
const LOG_GAMMA = Math.log(GAMMA);
/** Magnitudes below this count as 0 in the sketch. */
const SMALLEST_MAGNITUDE = 1e-9;

/**
 * The numbers of one group as plain, mergeable data (Maps clone through `postMessage`): counts
 * per distinct value while there are at most `EXACT_DISTINCT_BOUND` of them (quantiles exact),
 * then counts per logarithmic bucket (a DDSketch: a quantile is within 0.5 % of the exact order
 * statistics). The state depends only on the multiset of values added, never on their order, so
 * merging partial distributions in any grouping gives the same quantiles as one pass.
 */
export interface ValueDistribution {
  count: number;
  /** value → how many times (exact mode). */
  exact?: Map<number, number>;
  /** bucket index → count, for positive and negative values; `zero` for |v| < 1e-9 (sketch mode). */
  sketch?: { positive: Map<number, number>; negative: Map<number, number>; zero: number };
}

export function createValueDistribution(): ValueDistribution {
  return { count: 0, exact: new Map() };
}

function bucketOf(magnitude: number): number {
  return Math.ceil(Math.log(magnitude) / LOG_GAMMA);
}

function representativeOf(bucket: number): number {
  return (2 * GAMMA ** bucket) / (GAMMA + 1);
}

function addToSketch(sketch: NonNullable<ValueDistribution['sketch']>, value: number, times: number): void {
  const magnitude = Math.abs(value);
  if (magnitude < SMALLEST_MAGNITUDE) {
    sketch.zero += times;
    return;
  }
  const side = value > 0 ? sketch.positive : sketch.negative;
  const bucket = bucketOf(magnitude);
  side.set(bucket, (side.get(bucket) ?? 0) + times);
}

function toSketch(distribution: ValueDistribution): void {
  const sketch = { positive: new Map<number, number>(), negative: new Map<number, number>(), zero: 0 };
  for (const [value, times] of distribution.exact ?? []) addToSketch(sketch, value, times);
  distribution.exact = undefined;
  distribution.sketch = sketch;
}

export function addValue(distribution: ValueDistribution, value: number): void {
  distribution.count += 1;
  const { exact } = distribution;
  if (exact) {
    exact.set(value, (exact.get(value) ?? 0) + 1);
    if (exact.size > EXACT_DISTINCT_BOUND) toSketch(distribution);
    return;
  }
  addToSketch(distribution.sketch!, value, 1);
}

/** Adds `other`'s values to `into` (associative and commutative). */
export function mergeValues(into: ValueDistribution, other: ValueDistribution): void {
  into.count += other.count;
  if (into.exact && other.exact) {
    for (const [value, times] of other.exact) into.exact.set(value, (into.exact.get(value) ?? 0) + times);
    if (into.exact.size > EXACT_DISTINCT_BOUND) toSketch(into);
    return;
  }
  if (into.exact) toSketch(into);
  const sketch = into.sketch!;
  if (other.exact) {
    for (const [value, times] of other.exact) addToSketch(sketch, value, times);
    return;
  }
  for (const [bucket, times] of other.sketch!.positive) sketch.positive.set(bucket, (sketch.positive.get(bucket) ?? 0) + times);
  for (const [bucket, times] of other.sketch!.negative) sketch.negative.set(bucket, (sketch.negative.get(bucket) ?? 0) + times);
  sketch.zero += other.sketch!.zero;
}

/** True while every value is counted exactly. */
export function isExact(distribution: ValueDistribution): boolean {
  return distribution.exact !== undefined;
}

/** The distinct values (or bucket representatives) in ascending order, with their counts. */
function runsOf(distribution: ValueDistribution): { values: Float64Array; counts: Float64Array } {
  const pairs: Array<[number, number]> = [];
  if (distribution.exact) pairs.push(...distribution.exact);
  else {
    const { positive, negative, zero } = distribution.sketch!;
    for (const [bucket, times] of negative) pairs.push([-representativeOf(bucket), times]);
    if (zero > 0) pairs.push([0, zero]);
    for (const [bucket, times] of positive) pairs.push([representativeOf(bucket), times]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { values: Float64Array.from(pairs, (pair) => pair[0]), counts: Float64Array.from(pairs, (pair) => pair[1]) };
}

/** The value at 0-based rank `rank` of sorted runs. */
function valueAtRank(values: Float64Array, counts: Float64Array, rank: number): number {
  let seen = 0;
  for (let index = 0; index < values.length; index += 1) {
    seen += counts[index]!;
    if (rank < seen) return values[index]!;
  }
  return values[values.length - 1]!;
}

/** The q-quantile of sorted runs, as `quantileOfSorted` gives it on the expanded values (type 7). */
function quantileOfRuns(values: Float64Array, counts: Float64Array, q: number): number {
  let total = 0;
  for (const times of counts) total += times;
  if (total === 0) return Number.NaN;
  const position = (total - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(total - 1, below + 1);
  const low = valueAtRank(values, counts, below);
  const high = valueAtRank(values, counts, above);
  return low + (high - low) * (position - below);
}

/** The q-quantile (0 to 1) of a distribution; NaN when empty. */
export function quantileOf(distribution: ValueDistribution, q: number): number {
  const { values, counts } = runsOf(distribution);
  return quantileOfRuns(values, counts, q);
}

/** The median absolute deviation from `center` (not scaled), as `medianOf` gives it on the expanded values. */
export function medianAbsoluteDeviationOf(distribution: ValueDistribution, center: number): number {
  const { values, counts } = runsOf(distribution);
  const pairs = Array.from(values, (value, index): [number, number] => [Math.abs(value - center), counts[index]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  return quantileOfRuns(
    Float64Array.from(pairs, (pair) => pair[0]),
    Float64Array.from(pairs, (pair) => pair[1]),
    0.5,
  );
}
