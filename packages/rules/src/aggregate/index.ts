export { createPortfolioAccumulator, portfolioFactNames, type PortfolioAccumulator, type PortfolioAccumulatorOptions } from './portfolio-accumulator.ts';
export type { RecordReference } from './portfolio-finding.ts';
export {
  createSegmentTables,
  SEGMENT_DIMENSIONS,
  MISSING_SEGMENT,
  type SegmentTables,
  type SegmentTablesResult,
  type SegmentRow,
  type SegmentDimension,
} from './segment-tables.ts';
export { createBoundedSample, SAMPLE_BOUND, type BoundedSample } from './bounded-sample.ts';
export { MAX_GROUPS } from './group-table.ts';
export { MAX_LISTED_DUPLICATES } from './duplicate-check.ts';
export { modifiedZScores, medianOf } from './robust-statistics.ts';
export { chiSquarePValue } from './chi-square-p-value.ts';
export { normalizeKey, type KeyNormalization } from './normalize-key.ts';
export type { ResolvedPortfolioRule, ResolvedPortfolioCheck } from '../ruleset/resolved-rule-set.ts';
export { createPortfolioRun, type PortfolioRecord, type PortfolioRun, type PortfolioRunOptions } from './portfolio-run.ts';
export { createSeededRandom } from './seeded-random.ts';
