import { MAX_GROUPS } from '../aggregate/group-table.ts';
import { isKnown } from '../facts/fact-value.ts';
import type { ReadRecord } from '../records/read-client-record.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { compileThreeValuedCondition, type ThreeValuedCondition, type Truth } from './compile-three-valued-condition.ts';
import { createIndicatorFacts } from './indicator-facts.ts';
import { createIndicatorMeasurer, EXCLUDED, type IndicatorMeasurer, SKIP } from './indicator-measures.ts';
import type { GroupFigure, IndicatorValue, Transition } from './progress-report-schema.ts';
import type { ResolvedIndicator } from './resolved-indicators.ts';
import { createSnapshotMembers, createTransitionMatcher, type SnapshotMembers, type TransitionMatcher } from './snapshot-members.ts';
import type { SnapshotPeriod } from './snapshot-period.ts';

export interface SnapshotAccumulatorOptions {
  /** Language of population titles in reasons; English by default. */
  lang?: string;
  /** The older snapshot's members: the transitions to this one are counted as records stream by. */
  previous?: SnapshotMembers;
  /** Keep this snapshot's members for the next one (not needed for the last snapshot). */
  keepMembers?: boolean;
  /** Values a median group keeps exactly (100,000 by default). */
  medianBound?: number;
}

/** What one snapshot gives: each indicator's value with its segments, transitions from the previous. */
export interface SnapshotResult {
  period: SnapshotPeriod;
  records: number;
  values: ReadonlyMap<string, IndicatorValue>;
  transitions: Transition[];
  members?: SnapshotMembers;
}

/** Computes every indicator of a rule set over one snapshot in one pass: `add` each record, then `finish`. */
export interface SnapshotAccumulator {
  add(record: ReadRecord): void;
  readonly records: number;
  finish(): SnapshotResult;
}

interface IndicatorState {
  indicator: ResolvedIndicator;
  measurer: IndicatorMeasurer;
  overall: unknown;
  /** Per segment: its position among the record's segment facts, and a cell per group number. */
  segments: Array<{ fact: string; key: number; cells: unknown[] }>;
}

function segmentKey(value: unknown): string | undefined {
  return isKnown(value) && !Array.isArray(value) ? String(value) : undefined;
}

function groupOrder(codes: readonly string[] | undefined): (a: string, b: string) => number {
  const rank = (group: string): number => (codes ? codes.indexOf(group) : -1);
  return (a, b) => {
    const left = rank(a);
    const right = rank(b);
    if (left !== right) return (left === -1 ? 1e9 : left) - (right === -1 ? 1e9 : right);
    return a.localeCompare(b, 'en', { numeric: true });
  };
}

/**
 * Creates the one-pass accumulator of an indicators rule set over one snapshot and period. Each
 * record's facts are computed once; each population is judged once, in three-valued logic; each
 * indicator adds the record to its overall cell and to one group per segment. Memory grows with
 * indicators × groups (at most `MAX_GROUPS` per segment), never with records — except the
 * transition members, a few bytes per client, kept only when `keepMembers` is set.
 *
 * @example
 * const snapshot = createSnapshotAccumulator(resolved, snapshotPeriod('2006-12-31'))
 * for (const row of rows) snapshot.add(readClientRecord(row))
 * snapshot.finish().values.get('core/spm-indicators#women-share')?.value // → 0.62
 */
export function createSnapshotAccumulator(ruleSet: ResolvedRuleSet, period: SnapshotPeriod, options: SnapshotAccumulatorOptions = {}): SnapshotAccumulator {
  const part = ruleSet.indicators;
  if (!part) throw new TypeError(`${ruleSet.ref} is not an indicators rule set`);
  const factsOf = createIndicatorFacts(ruleSet, period);
  const populationNames = Object.keys(part.populations);
  const populationIndex = new Map(populationNames.map((name, index) => [name, index]));
  const populations: ThreeValuedCondition[] = populationNames.map((name) =>
    compileThreeValuedCondition(part.populations[name]!.when, `${ruleSet.ref} population ${name}`),
  );
  const truths: Truth[] = populationNames.map(() => undefined);
  const segmentFacts = [...new Set(part.indicators.flatMap((indicator) => indicator.segments))];
  // One numbering of groups per segment fact, shared by every indicator: a record's groups are
  // looked up once, not once per indicator. At most MAX_GROUPS groups per fact.
  const groupNumbers = segmentFacts.map(() => new Map<string, number>());
  const groupNames = segmentFacts.map((): string[] => []);
  const keys: number[] = segmentFacts.map(() => -1);
  const groupOf = (position: number, value: unknown): number => {
    const name = segmentKey(value);
    if (name === undefined) return -1;
    const numbers = groupNumbers[position]!;
    let number = numbers.get(name);
    if (number === undefined) {
      if (numbers.size >= MAX_GROUPS) return -1;
      number = numbers.size;
      numbers.set(name, number);
      groupNames[position]!.push(name);
    }
    return number;
  };
  const states: IndicatorState[] = part.indicators.map((indicator) => {
    const measurer = createIndicatorMeasurer(indicator, {
      populationIndex,
      populations: part.populations,
      ...(options.lang ? { lang: options.lang } : {}),
      ...(options.medianBound ? { medianBound: options.medianBound } : {}),
    });
    return {
      indicator,
      measurer,
      overall: measurer.createCell(),
      segments: indicator.segments.map((fact) => ({ fact, key: segmentFacts.indexOf(fact), cells: [] })),
    };
  });
  const transitions = part.transitions;
  const transitionIndex = transitions ? populationIndex.get(transitions.population)! : -1;
  const members = transitions && options.keepMembers ? createSnapshotMembers(period.asOf, transitions.fields) : undefined;
  const matcher: TransitionMatcher | undefined =
    transitions && options.previous
      ? createTransitionMatcher(
          options.previous,
          period.asOf,
          transitions.population,
          transitions.fields.map((field) => groupOrder(part.codes[field])),
        )
      : undefined;
  let records = 0;

  return {
    get records() {
      return records;
    },
    add(record) {
      records += 1;
      const facts = factsOf(record);
      for (let index = 0; index < populations.length; index += 1) truths[index] = populations[index]!(facts);
      for (let index = 0; index < segmentFacts.length; index += 1) keys[index] = groupOf(index, facts[segmentFacts[index]!]);
      for (const state of states) {
        const observation = state.measurer.observe(facts, truths);
        if (observation === SKIP) continue;
        const excluded = observation === EXCLUDED;
        if (excluded) state.measurer.exclude(state.overall);
        else state.measurer.add(state.overall, observation);
        for (const segment of state.segments) {
          const group = keys[segment.key]!;
          if (group === -1) continue;
          let cell = segment.cells[group];
          if (cell === undefined) {
            cell = state.measurer.createCell();
            segment.cells[group] = cell;
          }
          if (excluded) state.measurer.exclude(cell);
          else state.measurer.add(cell, observation);
        }
      }
      if (!transitions) return;
      if (truths[transitionIndex] === true) {
        const values = transitions.fields.map((field) => facts[field]);
        members?.add(facts['clientId'], facts['nationalId'], values);
        matcher?.add(facts['clientId'], facts['nationalId'], values);
      } else matcher?.seen(facts['clientId']);
    },
    finish() {
      const values = new Map<string, IndicatorValue>();
      for (const state of states) {
        const segments: Record<string, GroupFigure[]> = {};
        for (const segment of state.segments) {
          const order = groupOrder(part.codes[segment.fact]);
          const names = groupNames[segment.key]!;
          segments[segment.fact] = segment.cells
            .flatMap((cell, group) => (cell === undefined ? [] : [[names[group]!, cell] as const]))
            .sort(([a], [b]) => order(a, b))
            .map(([group, cell]) => ({ group, ...state.measurer.figure(cell) }));
        }
        values.set(state.indicator.id, { asOf: period.asOf, from: period.from, to: period.to, ...state.measurer.figure(state.overall), segments });
      }
      return { period, records, values, transitions: matcher?.finish() ?? [], ...(members ? { members } : {}) };
    },
  };
}
