import type { IndicatorFigure } from '../indicators/progress-report-schema.ts';
import { createSnapshotAccumulator } from '../indicators/snapshot-accumulator.ts';
import { snapshotPeriod } from '../indicators/snapshot-period.ts';
import { readClientRecord } from '../records/read-client-record.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { portfolioRecords } from './run-portfolio-case.ts';
import type { ScenarioCase } from './scenario-schema.ts';

type ExpectedValue = NonNullable<ScenarioCase['values']>;
type ExpectedFigure = Omit<ExpectedValue, 'segments'>;

const TOLERANCE = 1e-9;

function sameNumber(expected: number | null, actual: unknown): boolean {
  if (expected === null || actual === null || actual === undefined) return expected === (actual ?? null);
  return typeof actual === 'number' && Math.abs(expected - actual) <= TOLERANCE * Math.max(1, Math.abs(expected));
}

function sameNumbers(expected: Record<string, number>, actual: Record<string, number> | undefined): boolean {
  const keys = Object.keys(expected);
  return keys.length === Object.keys(actual ?? {}).length && keys.every((key) => sameNumber(expected[key]!, actual?.[key]));
}

/** Differences between expected figures and actual ones, as `name: expected …, got …` lines. */
function compareFigure(expected: ExpectedFigure, actual: IndicatorFigure | undefined, where: string): string[] {
  if (!actual) return [`${where}: expected a value, got none`];
  const differences: string[] = [];
  const differ = (name: string, want: unknown, got: unknown): void => {
    differences.push(`${where}${name}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  for (const name of ['value', 'numerator', 'denominator', 'excluded'] as const) {
    const want = expected[name];
    if (want !== undefined && !sameNumber(want, actual[name])) differ(name, want, actual[name]);
  }
  if (expected['distribution'] && !sameNumbers(expected['distribution'], actual['distribution']))
    differ('distribution', expected['distribution'], actual['distribution']);
  if (expected['counts'] && !sameNumbers(expected['counts'], actual['counts'])) differ('counts', expected['counts'], actual['counts']);
  if (expected['reason'] !== undefined && !actual['reason']?.includes(expected['reason'])) differ('reason', expected['reason'], actual['reason']);
  return differences;
}

/**
 * Runs an indicator case: the snapshot's records (made like a portfolio case's) through the
 * rule set's one-pass accumulator, then the indicator's figures — overall and per segment
 * group — compared with the hand-computed ones. Returns the differences (none when it passes).
 *
 * @example
 * runIndicatorCase(ruleSet, base, { name: 'women', indicator: 'women-share', snapshot: { asOf: '2006-12-31', records: [{ record: { gender: 'F' } }] }, values: { value: 1 } })
 * // → []
 */
export function runIndicatorCase(ruleSet: ResolvedRuleSet, base: Readonly<Record<string, unknown>>, testCase: ScenarioCase): string[] {
  const name = testCase.indicator!;
  const indicator = ruleSet.indicators?.indicators.find((candidate) => candidate.id === name || candidate.localId === name);
  if (!indicator) return [`unknown indicator "${name}" (known: ${ruleSet.indicators?.indicators.map((candidate) => candidate.localId).join(', ') ?? 'none'})`];
  if (!testCase.snapshot || !testCase.values) return ['an indicator case needs "snapshot" and "values"'];
  const { asOf, period, records } = testCase.snapshot;
  const accumulator = createSnapshotAccumulator(ruleSet, snapshotPeriod(asOf, period));
  for (const raw of portfolioRecords(base, records)) accumulator.add(readClientRecord(raw));
  const actual = accumulator.finish().values.get(indicator.id);
  const { segments, ...overall } = testCase.values;
  const differences = compareFigure(overall, actual, '');
  for (const [fact, groups] of Object.entries(segments ?? {})) {
    const actualGroups = actual?.segments[fact] ?? [];
    const names = (list: ReadonlyArray<{ group: string }>): string => list.map((group) => group.group).join(', ');
    if (names(groups) !== names(actualGroups)) {
      differences.push(`segments.${fact}: expected groups [${names(groups)}], got [${names(actualGroups)}]`);
      continue;
    }
    for (const [index, { group, ...figure }] of groups.entries())
      differences.push(...compareFigure(figure, actualGroups[index], `segments.${fact}[${group}].`));
  }
  return differences;
}
