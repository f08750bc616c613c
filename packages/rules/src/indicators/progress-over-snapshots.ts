import type { ReadRecord } from '../records/read-client-record.ts';
import type { ConventionDecision } from '../records-input/convention-decision-schema.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { createLatestDateScan, snapshotDateFields } from './latest-record-date.ts';
import { coverageOf, type ExportColumns } from './progress-coverage.ts';
import type { ProgressProblem } from './progress-problems.ts';
import type { ProgressReport } from './progress-report-schema.ts';
import { createProgressRun, type ObjectiveInput, orderSnapshots } from './progress-run.ts';
import type { RawRecordMeasure } from './raw-record-measure.ts';
import { parsePeriod } from './snapshot-period.ts';

/** One snapshot to measure: its name, its date if given, and how to read its records. */
export interface SnapshotSource {
  /** What the report calls it: a file name, `snapshot 2`. */
  name: string;
  /** As given (`@AS_OF`, a request's `asOf`); checked here. Without it the latest date its indicators read dates it. */
  asOf?: string;
  /** Where a problem with its date points (`/snapshots/1/asOf`); the name by default. */
  path?: string;
  /**
   * Hands each record to `onRecord`, in order, and tells the export's columns and the rows it
   * could not read. Called twice for a snapshot without a date: once to find it, once to measure.
   */
  read(onRecord: (record: ReadRecord, raw?: Readonly<Record<string, unknown>>) => void): Promise<SnapshotReading>;
}

/** What reading a snapshot saw besides its records. */
export interface SnapshotReading {
  columns: ExportColumns['columns'];
  /** Rows that could not be read, and the first one's finding message with its line. */
  unreadableRows?: number;
  firstUnreadable?: string;
  /** How its number and date columns were read, as the records-input module decided. */
  conventions?: readonly ConventionDecision[];
}

export interface ProgressOverSnapshotsOptions {
  /** Resolved indicators rule sets. */
  ruleSets: readonly ResolvedRuleSet[];
  /** Further rule sets whose fields count as used in coverage (the record checks': core/client-data, core/portfolio). */
  coverageRuleSets?: readonly ResolvedRuleSet[];
  objectives?: readonly ObjectiveInput[];
  /** `FROM..TO` as given; a bad one is a problem and each snapshot keeps its own 12 months. */
  period?: string;
  /** Where a problem with the period points: `--period`, `/period`. */
  periodPath?: string;
  lang?: string;
  /** Indicators measured from the raw records (`createScorecardMeasure`); the sources then hand `raw` to `onRecord`. */
  rawMeasures?: readonly RawRecordMeasure[];
  /** A date after this does not date a snapshot (an application typed as 2035). */
  today: string;
  /** Told how a snapshot without a date was dated, when dates after `today` were passed over. */
  notice?: (message: string) => void;
}

/**
 * A whole progress run over snapshots however they are stored — files read in chunks by the
 * CLI, a request's records in the service — so that both date, order, measure and judge them one
 * way: each snapshot dated by its `asOf`, else by the latest date its indicators read (not after
 * `today`); a bad or repeated date, or a bad period, is a problem and the rest goes on; then the
 * indicators, transitions, objectives and coverage.
 *
 * @example
 * const report = await progressOverSnapshots([{ name: 'june.csv', asOf: '2026-06-30', read: async (on) => { rows.forEach((row) => on(readClientRecord(row))); return columns } }], { ruleSets, today: '2026-12-31' })
 */
export async function progressOverSnapshots(sources: readonly SnapshotSource[], options: ProgressOverSnapshotsOptions): Promise<ProgressReport> {
  const problems: ProgressProblem[] = [];
  let period: { from: string; to: string } | undefined;
  if (options.period !== undefined) {
    const parsed = parsePeriod(options.period, options.periodPath ?? '--period');
    if (parsed.problem) problems.push({ ...parsed.problem, message: `${parsed.problem.message}; each snapshot is measured over its own 12 months instead` });
    period = parsed.period;
  }
  const dateFields = snapshotDateFields(options.ruleSets);
  const dated: Array<SnapshotSource & { file: string; asOf: string }> = [];
  for (const source of sources) {
    if (source.asOf !== undefined) {
      dated.push({ ...source, file: source.name, asOf: source.asOf });
      continue;
    }
    const scan = createLatestDateScan(dateFields, options.today);
    await source.read((record) => scan.add(record));
    if (scan.latest === undefined) {
      problems.push({
        code: 'no-as-of',
        snapshot: source.name,
        ...(source.path === undefined ? {} : { path: source.path }),
        message: `${source.name}: no ${dateFields.join(', ')} on or before ${options.today} to date the snapshot by; give its date (YYYY-MM-DD)`,
      });
      continue;
    }
    if (scan.ignoredLater > 0)
      options.notice?.(`${source.name}: dated ${scan.latest}, its latest date; ${scan.ignoredLater} later date(s), after ${options.today}, were passed over`);
    dated.push({ ...source, file: source.name, asOf: scan.latest });
  }
  const ordered = orderSnapshots(dated);
  for (const problem of ordered.problems) {
    const source = dated.find((item) => item.file === problem.snapshot);
    problems.push(source?.path === undefined ? problem : { ...problem, path: source.path });
  }
  const run = createProgressRun({
    ruleSets: options.ruleSets,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(period ? { period } : {}),
    ...(options.rawMeasures ? { rawMeasures: options.rawMeasures } : {}),
  });
  for (const problem of problems) run.report(problem);
  const exports: ExportColumns[] = [];
  for (const [index, snapshot] of ordered.ordered.entries()) {
    const feed = run.startSnapshot({ file: snapshot.file, asOf: snapshot.asOf }, { last: index === ordered.ordered.length - 1 });
    const reading = await snapshot.read((record, raw) => feed.add(record, raw));
    feed.finish(reading.conventions ? { conventions: reading.conventions } : {});
    exports.push({ file: snapshot.file, columns: reading.columns });
    if (reading.unreadableRows) {
      run.report({
        code: 'unreadable-rows',
        snapshot: snapshot.file,
        ...(snapshot.path === undefined ? {} : { path: snapshot.path.replace(/\/asOf$/, '') }),
        message: `${snapshot.file}: ${reading.unreadableRows} row(s) could not be read and count in no indicator${reading.firstUnreadable ? ` (first: ${reading.firstUnreadable})` : ''}`,
      });
    }
  }
  return run.finish({
    ...(options.objectives ? { objectives: options.objectives } : {}),
    coverage: coverageOf(exports, [...options.ruleSets, ...(options.coverageRuleSets ?? [])]),
  });
}
