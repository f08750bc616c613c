import type { ReadRecord } from '../records/read-client-record.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';

/** Finds a snapshot's default date: the latest date its records hold. */
export interface LatestDateScan {
  add(record: ReadRecord): void;
  /** The latest date seen, or undefined when no record held one. */
  readonly latest: string | undefined;
  /** Dates left out because they were after `notAfter` (a mistyped year, an application "in 2035"). */
  readonly ignoredLater: number;
}

/** The record date fields the indicators of these rule sets place records in time by (their `dates`). */
export function snapshotDateFields(ruleSets: readonly ResolvedRuleSet[]): string[] {
  return [...new Set(ruleSets.flatMap((ruleSet) => ruleSet.indicators?.indicators.flatMap((indicator) => indicator.dates) ?? []))];
}

/**
 * Scans records for the latest value of the given date fields, ignoring dates after `notAfter`
 * (today, by default the caller's): what a snapshot without `@AS_OF` is dated by.
 *
 * @example
 * const scan = createLatestDateScan(['disbursementDate', 'exitDate'], '2026-06-30')
 * scan.add(readClientRecord({ disbursementDate: '2006-12-20' }))
 * scan.latest // → '2006-12-20'
 */
export function createLatestDateScan(fields: readonly string[], notAfter?: string): LatestDateScan {
  let latest: string | undefined;
  let ignoredLater = 0;
  return {
    add(record) {
      for (const field of fields) {
        const value = record.values[field];
        if (typeof value !== 'string') continue;
        if (notAfter !== undefined && value > notAfter) {
          ignoredLater += 1;
          continue;
        }
        if (latest === undefined || value > latest) latest = value;
      }
    },
    get latest() {
      return latest;
    },
    get ignoredLater() {
      return ignoredLater;
    },
  };
}
