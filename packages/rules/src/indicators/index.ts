/**
 * Indicators over dated client exports, for `lens progress`, `lens check objectives --data` and
 * `POST /v1/progress`: one progress run over snapshots however they are stored, its report and
 * the achievable-from-data judgement. The parts (the one-pass accumulator, transitions,
 * objectives' status, coverage) are used through these.
 */

export { type AchievableBounds, type AchievableFromData, achievableFromData } from './achievable-from-data.ts';
export { type ProgressOverSnapshotsOptions, progressOverSnapshots, type SnapshotReading, type SnapshotSource } from './progress-over-snapshots.ts';
export { PROGRESS_PROBLEM_MEANINGS, type ProgressProblem, type ProgressProblemCode } from './progress-problems.ts';
export {
  type GroupFigure,
  type IndicatorFigure,
  type IndicatorSeries,
  type IndicatorValue,
  type ObjectiveProgress,
  PROGRESS_REPORT_SCHEMA,
  type ProgressCoverage,
  type ProgressReport,
  type SnapshotSummary,
  type Transition,
} from './progress-report-schema.ts';
export type { ObjectiveInput } from './progress-run.ts';
export type { RawRecordMeasure } from './raw-record-measure.ts';
export { createScorecardMeasure, SCORECARD_SEGMENTS } from './scorecard-measure.ts';
