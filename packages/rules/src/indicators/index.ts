/**
 * Indicators over dated client exports, for `lens progress`, `lens check objectives --data` and
 * `POST /v1/progress`: one progress run over snapshots however they are stored, its report and
 * the achievable-from-data judgement. The parts (the one-pass accumulator, transitions,
 * objectives' status, coverage) are used through these.
 */
export { PROGRESS_PROBLEM_MEANINGS, type ProgressProblem, type ProgressProblemCode } from './progress-problems.ts';
export { achievableFromData, type AchievableBounds, type AchievableFromData } from './achievable-from-data.ts';
export { progressOverSnapshots, type ProgressOverSnapshotsOptions, type SnapshotReading, type SnapshotSource } from './progress-over-snapshots.ts';
export type { ObjectiveInput } from './progress-run.ts';
export {
  PROGRESS_REPORT_SCHEMA,
  type ProgressReport,
  type IndicatorSeries,
  type IndicatorValue,
  type IndicatorFigure,
  type GroupFigure,
  type Transition,
  type ObjectiveProgress,
  type ProgressCoverage,
  type SnapshotSummary,
} from './progress-report-schema.ts';
