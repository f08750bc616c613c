import { isIsoDate } from '../facts/dates.ts';
import { pickLanguage } from '../findings/render-message.ts';
import type { Objective } from '../objectives/objective-schema.ts';
import type { ReadRecord } from '../records/read-client-record.ts';
import type { ConventionDecision } from '../records-input/convention-decision-schema.ts';
import { closestNames } from '../ruleset/closest-names.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { type IndicatorLink, linkObjectiveByText } from './link-objective-indicator.ts';
import { readObjectiveFigure } from './objective-figure.ts';
import { objectivePace, objectiveStatus } from './objective-status.ts';
import type { ProgressProblem } from './progress-problems.ts';
import type { IndicatorSeries, ObjectiveProgress, ProgressCoverage, ProgressReport, SnapshotSummary, Transition } from './progress-report-schema.ts';
import type { RawRecordMeasure } from './raw-record-measure.ts';
import type { ResolvedIndicator } from './resolved-indicators.ts';
import { createSnapshotAccumulator, type SnapshotAccumulator, type SnapshotResult } from './snapshot-accumulator.ts';
import type { SnapshotMembers } from './snapshot-members.ts';
import { snapshotPeriod } from './snapshot-period.ts';

export interface ProgressRunOptions {
  /** Resolved indicators rule sets (`"subject": "indicators"`). */
  ruleSets: readonly ResolvedRuleSet[];
  /** One period for every snapshot (`--period`); by default each snapshot's 12 months to its asOf. */
  period?: { from: string; to: string };
  /** Language of titles and reasons. */
  lang?: string;
  medianBound?: number;
  /** Indicators measured from the raw records (a scorecard's poverty rates); `add` then needs the raw record too. */
  rawMeasures?: readonly RawRecordMeasure[];
}

/** A snapshot to read: where it comes from and its date. */
export interface SnapshotInput {
  file: string;
  asOf: string;
}

/** Takes one snapshot's records as they stream by. */
interface SnapshotFeed {
  /** `raw`: the record as the export has it, for the run's raw-record measures. */
  add(record: ReadRecord, raw?: Readonly<Record<string, unknown>>): void;
  readonly records: number;
  /** Ends the snapshot; the next one may start. `conventions`: how its columns were read, kept in its summary. */
  finish(reading?: { conventions?: readonly ConventionDecision[] }): void;
}

/** An objective to track: the structured fields of `lens check objectives` plus `baselineDate`. */
export type ObjectiveInput = Objective;

/** A progress run over consecutive snapshots: `startSnapshot` each in date order, then `finish`. */
export interface ProgressRun {
  startSnapshot(input: SnapshotInput, options?: { last?: boolean }): SnapshotFeed;
  /** Adds a problem found by the caller (an unreadable `@AS_OF`…), reported with the rest. */
  report(problem: ProgressProblem): void;
  finish(input?: { objectives?: readonly ObjectiveInput[]; coverage?: ProgressCoverage }): ProgressReport;
}

/**
 * Checks snapshot dates and puts the snapshots in date order: a date that is not a real date is
 * `invalid-as-of`, a date given twice `duplicate-snapshot-date` (the later one is left out).
 *
 * @example
 * orderSnapshots([{ file: 'b.csv', asOf: '2006-12-31' }, { file: 'a.csv', asOf: '2006-06-30' }]).ordered.map((s) => s.file) // → ['a.csv', 'b.csv']
 */
export function orderSnapshots<T extends SnapshotInput>(inputs: readonly T[]): { ordered: T[]; problems: ProgressProblem[] } {
  const problems: ProgressProblem[] = [];
  const byDate = new Map<string, T>();
  for (const input of inputs) {
    if (!isIsoDate(input.asOf)) {
      problems.push({
        code: 'invalid-as-of',
        snapshot: input.file,
        message: `${input.file}: its date "${input.asOf}" is not a real date written YYYY-MM-DD (e.g. 2006-12-31); the snapshot is left out`,
      });
      continue;
    }
    const earlier = byDate.get(input.asOf);
    if (earlier) {
      problems.push({
        code: 'duplicate-snapshot-date',
        snapshot: input.file,
        message: `${input.file} has the same date (${input.asOf}) as ${earlier.file}; it is left out`,
      });
      continue;
    }
    byDate.set(input.asOf, input);
  }
  return { ordered: [...byDate.values()].sort((a, b) => a.asOf.localeCompare(b.asOf)), problems };
}

// A local id may hold dots: a scorecard's line (`scorecard-poverty-rate-ppp2005-1.25`).
const INDICATOR_ID = /^([a-z][a-z0-9-]{0,62}\/[a-z][a-z0-9-]{0,62}#)?[a-z][a-z0-9.-]{0,94}$/;

function findIndicator(name: string, indicators: readonly ResolvedIndicator[]): ResolvedIndicator | undefined {
  const exact = indicators.find((indicator) => indicator.id === name);
  if (exact) return exact;
  const local = indicators.filter((indicator) => indicator.localId === name);
  return local.length === 1 ? local[0] : undefined;
}

interface Linked {
  indicator?: ResolvedIndicator;
  linkedBy?: 'id' | 'text';
  confidence?: 'high' | 'low';
}

function linkObjective(objective: ObjectiveInput, id: string, indicators: readonly ResolvedIndicator[], problems: ProgressProblem[], path: string): Linked {
  const named = typeof objective.indicator === 'string' ? objective.indicator.trim() : '';
  if (named !== '' && INDICATOR_ID.test(named)) {
    const found = findIndicator(named, indicators);
    if (found) return { indicator: found, linkedBy: 'id' };
    const near = closestNames(named, [...indicators.map((indicator) => indicator.id), ...indicators.map((indicator) => indicator.localId)]);
    problems.push({
      code: 'unknown-indicator',
      objectiveId: id,
      path: `${path}/indicator`,
      message: `objective ${id}: unknown indicator "${named}"${near.length ? `; did you mean ${near.map((name) => `"${name}"`).join(' or ')}?` : ` (known: ${indicators.map((indicator) => indicator.localId).join(', ')})`}`,
    });
    return {};
  }
  const text = [named, objective.text].filter((part) => part !== '').join('. ');
  const link: IndicatorLink = linkObjectiveByText(text, indicators);
  if (link.indicator) {
    problems.push({
      code: 'objective-linked-by-text',
      objectiveId: id,
      path,
      message: `objective ${id} names no indicator id; its text was linked to ${link.indicator.id} (${link.confidence} confidence${link.candidates.length > 1 ? `; also matched ${link.candidates.slice(1).join(', ')}` : ''}); give "indicator" to be sure`,
    });
    return { indicator: link.indicator, linkedBy: 'text', ...(link.confidence ? { confidence: link.confidence } : {}) };
  }
  problems.push({
    code: 'objective-unlinked',
    objectiveId: id,
    path,
    message:
      link.candidates.length > 1
        ? `objective ${id}: its text matches ${link.candidates.join(' and ')} equally; give "indicator" to choose`
        : `objective ${id}: no indicator id and no indicator found in its text; give "indicator" (e.g. ${indicators[0]?.id ?? 'core/spm-indicators#women-share'})`,
  });
  return {};
}

function objectiveDate(value: unknown, name: string, id: string, path: string, problems: ProgressProblem[]): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string' && isIsoDate(value)) return value;
  problems.push({
    code: 'invalid-objective-date',
    objectiveId: id,
    path: `${path}/${name}`,
    message: `objective ${id}: ${name} ${JSON.stringify(value)} is not a date written YYYY-MM-DD`,
  });
  return undefined;
}

function trackObjective(
  objective: ObjectiveInput,
  index: number,
  series: ReadonlyMap<string, IndicatorSeries>,
  indicators: readonly ResolvedIndicator[],
  problems: ProgressProblem[],
): ObjectiveProgress {
  const id = objective.id ?? `objective ${index + 1}`;
  const path = `/objectives/${index}`;
  const linked = linkObjective(objective, id, indicators, problems, path);
  const baselineDateGiven = objectiveDate(objective.baselineDate, 'baselineDate', id, path, problems);
  const deadline = objectiveDate(objective.deadline, 'deadline', id, path, problems);
  const base = {
    objectiveId: id,
    indicator: linked.indicator?.id ?? null,
    ...(linked.linkedBy ? { linkedBy: linked.linkedBy } : {}),
    ...(linked.confidence ? { confidence: linked.confidence } : {}),
  };
  const indicator = linked.indicator;
  if (!indicator)
    return {
      ...base,
      baseline: null,
      baselineDate: null,
      target: null,
      deadline: deadline ?? null,
      current: null,
      currentAsOf: null,
      expected: null,
      status: 'no-data',
      reason: 'no indicator to measure',
    };
  const figure = (name: 'baseline' | 'target'): number | undefined => {
    const read = readObjectiveFigure(objective[name], indicator.unit, { name, objectiveId: id, path: `${path}/${name}` });
    if (read.problem) problems.push(read.problem);
    return read.value;
  };
  const values = series.get(indicator.id)?.values ?? [];
  const points = values.map((value) => ({ asOf: value.asOf, value: value.value ?? null }));
  const latest = points.at(-1);
  let baseline = figure('baseline');
  let baselineDate = baselineDateGiven;
  const target = figure('target');
  const reasons: string[] = [];
  if (indicator.measure.kind === 'distribution') reasons.push(`${indicator.id} is a distribution (a share per value), not one figure`);
  if (baseline === undefined && points.length > 1 && points[0]!.value !== null) {
    baseline = points[0]!.value;
    baselineDate = points[0]!.asOf;
    reasons.push(`baseline measured at the first snapshot (${baselineDate})`);
  }
  const input = {
    ...(baseline === undefined ? {} : { baseline }),
    ...(baselineDate === undefined ? {} : { baselineDate }),
    ...(target === undefined ? {} : { target }),
    ...(deadline === undefined ? {} : { deadline }),
    current: latest?.value ?? null,
    ...(latest ? { asOf: latest.asOf } : {}),
  };
  const status = objectiveStatus(input);
  const pace = objectivePace({ ...input, series: points });
  if (status.reason) reasons.unshift(status.reason);
  return {
    ...base,
    baseline: baseline ?? null,
    baselineDate: baselineDate ?? null,
    target: target ?? null,
    deadline: deadline ?? null,
    current: latest?.value ?? null,
    currentAsOf: latest?.asOf ?? null,
    expected: status.expected,
    status: status.status,
    ...(reasons.length > 0 ? { reason: reasons.join('; ') } : {}),
    pacePerYear: { needed: pace.needed, observed: pace.observed, ...(pace.observedFrom ? { observedFrom: pace.observedFrom } : {}) },
  };
}

/**
 * Creates a progress run: indicators per snapshot and segment, transitions between consecutive
 * snapshots, objectives' status. Records stream through `startSnapshot(…).add`; the caller puts
 * snapshots in date order (`orderSnapshots`). Problems of the input never stop the run: each is
 * reported in `problems` and the rest goes on.
 *
 * @example
 * const run = createProgressRun({ ruleSets: [resolveRuleSet(catalog, 'core/spm-indicators')] })
 * for (const { file, asOf, rows } of snapshots) { const feed = run.startSnapshot({ file, asOf }); for (const row of rows) feed.add(readClientRecord(row)); feed.finish() }
 * run.finish({ objectives }).objectives[0]?.status // → 'on-track'
 */
export function createProgressRun(options: ProgressRunOptions): ProgressRun {
  const lang = options.lang ?? 'en';
  const ruleSets = options.ruleSets.filter((ruleSet) => ruleSet.indicators);
  const problems: ProgressProblem[] = [];
  const snapshots: SnapshotSummary[] = [];
  const results: SnapshotResult[][] = [];
  const rawMeasures = options.rawMeasures ?? [];
  const rawResults: Array<Array<ReturnType<ReturnType<RawRecordMeasure['startSnapshot']>['finish']>>> = [];
  const transitions: Transition[] = [];
  let previous: Array<SnapshotMembers | undefined> = ruleSets.map(() => undefined);
  let open = false;

  return {
    report(problem) {
      problems.push(problem);
    },
    startSnapshot(input, snapshotOptions = {}) {
      if (open) throw new RangeError('finish the snapshot before starting the next one');
      const last = snapshots.at(-1);
      if (last && input.asOf <= last.asOf) throw new RangeError(`snapshots must come in date order (${input.asOf} after ${last.asOf}); use orderSnapshots`);
      open = true;
      const period = snapshotPeriod(input.asOf, options.period);
      const accumulators: SnapshotAccumulator[] = ruleSets.map((ruleSet, index) =>
        createSnapshotAccumulator(ruleSet, period, {
          lang,
          keepMembers: !snapshotOptions.last,
          ...(previous[index] ? { previous: previous[index] } : {}),
          ...(options.medianBound ? { medianBound: options.medianBound } : {}),
        }),
      );
      const rawFeeds = rawMeasures.map((measure) => measure.startSnapshot(period));
      let records = 0;
      return {
        get records() {
          return records;
        },
        add(record, raw) {
          records += 1;
          for (const accumulator of accumulators) accumulator.add(record);
          if (raw) for (const feed of rawFeeds) feed.add(raw);
        },
        finish(reading = {}) {
          open = false;
          const finished = accumulators.map((accumulator) => accumulator.finish());
          previous = finished.map((result) => result.members);
          results.push(finished);
          rawResults.push(rawFeeds.map((feed) => feed.finish()));
          for (const result of finished) transitions.push(...result.transitions);
          const conventions = reading.conventions ?? [];
          snapshots.push({
            file: input.file,
            asOf: period.asOf,
            from: period.from,
            to: period.to,
            records,
            ...(conventions.length > 0 ? { conventions: [...conventions] } : {}),
          });
        },
      };
    },
    finish(input = {}) {
      const series = new Map<string, IndicatorSeries>();
      ruleSets.forEach((ruleSet, index) => {
        for (const indicator of ruleSet.indicators!.indicators) {
          const values = results.map((snapshot) => snapshot[index]!.values.get(indicator.id)!);
          series.set(indicator.id, {
            id: indicator.id,
            ruleSet: indicator.ruleSet,
            title: pickLanguage(indicator.title, lang).text,
            unit: indicator.unit,
            description: indicator.description,
            ...(indicator.source === undefined ? {} : { source: indicator.source }),
            values,
          });
          for (const value of values) {
            if (value.reason && indicator.measure.kind !== 'distribution') {
              problems.push({ code: 'empty-denominator', snapshot: value.asOf, message: `${indicator.id} at ${value.asOf}: no value, ${value.reason}` });
            }
          }
        }
      });
      rawMeasures.forEach((measure, index) => {
        for (const indicator of measure.indicators) {
          series.set(indicator.id, {
            id: indicator.id,
            ruleSet: indicator.ruleSet,
            title: pickLanguage(indicator.title, lang).text,
            unit: indicator.unit,
            description: indicator.description,
            ...(indicator.source === undefined ? {} : { source: indicator.source }),
            values: rawResults.map((snapshot) => snapshot[index]!.get(indicator.id)!),
          });
        }
      });
      const indicators = [...ruleSets.flatMap((ruleSet) => ruleSet.indicators!.indicators), ...rawMeasures.flatMap((measure) => measure.indicators)];
      const objectives = (input.objectives ?? []).map((objective, index) => trackObjective(objective, index, series, indicators, problems));
      return {
        snapshots,
        indicators: [...series.values()],
        transitions,
        objectives,
        coverage: input.coverage ?? { unusedColumns: [], missingFields: [], notes: [] },
        problems,
      };
    },
  };
}
