import type { IndicatorValue } from './progress-report-schema.ts';
import type { ResolvedIndicator } from './resolved-indicators.ts';
import type { SnapshotPeriod } from './snapshot-period.ts';

/** Measures one snapshot from its records as the export has them (raw cells, answer fields included). */
interface RawRecordSnapshotMeasure {
  add(raw: Readonly<Record<string, unknown>>): void;
  /** The value of each of the measure's indicators, by indicator id. */
  finish(): Map<string, IndicatorValue>;
}

/**
 * Indicators that are not rule-set formulas over client-record facts but are measured from the
 * raw records by code of the rules package (a scorecard's poverty rate per line). They join the
 * report's series, segments and objectives like any other indicator.
 */
export interface RawRecordMeasure {
  indicators: readonly ResolvedIndicator[];
  startSnapshot(period: SnapshotPeriod): RawRecordSnapshotMeasure;
}
