export type { ResolvedPortfolioCheck, ResolvedPortfolioRule } from '../ruleset/resolved-rule-set.ts';
export { type BoundedSample, createBoundedSample, SAMPLE_BOUND } from './bounded-sample.ts';
export { chiSquarePValue } from './chi-square-p-value.ts';
export { compilePortfolioFacts } from './compile-portfolio-facts.ts';
export { MAX_LISTED_DUPLICATES } from './duplicate-check.ts';
export { MAX_GROUPS } from './group-table.ts';
export { type KeyNormalization, normalizeKey } from './normalize-key.ts';
export {
  createPortfolioAccumulator,
  type PortfolioAccumulator,
  type PortfolioAccumulatorOptions,
  type PortfolioAccumulatorState,
  portfolioFactNames,
} from './portfolio-accumulator.ts';
export type { RecordReference } from './portfolio-finding.ts';
export { createPortfolioRun, type PortfolioRecord, type PortfolioRun, type PortfolioRunOptions } from './portfolio-run.ts';
export { medianOf, modifiedZScores } from './robust-statistics.ts';
export { createSeededRandom } from './seeded-random.ts';
export {
  createSegmentTables,
  MISSING_SEGMENT,
  SEGMENT_DIMENSIONS,
  type SegmentDimension,
  type SegmentRow,
  type SegmentTables,
  type SegmentTablesResult,
} from './segment-tables.ts';
