import { type BoundedSample, createBoundedSample } from '../aggregate/bounded-sample.ts';
import type { ConditionFacts } from '../engine/compiled/compile-condition.ts';
import { isKnown } from '../facts/fact-value.ts';
import { pickLanguage } from '../findings/render-message.ts';
import { compileThreeValuedCondition, type Truth } from './compile-three-valued-condition.ts';
import type { IndicatorFigure } from './progress-report-schema.ts';
import type { ResolvedIndicator, ResolvedPopulation } from './resolved-indicators.ts';

/** What one record gives an indicator: nothing (outside it), an exclusion, or an observation. */
export const SKIP: unique symbol = Symbol('skip');
export const EXCLUDED: unique symbol = Symbol('excluded');

/** Values of a median a group keeps exactly; past this, a uniform sample of this size. */
const MEDIAN_SAMPLE_BOUND = 100_000;

/**
 * How one indicator observes a record and sums observations per group: memory is one cell per
 * group (a median's cell holds at most `MEDIAN_SAMPLE_BOUND` numbers), never one per record.
 */
export interface IndicatorMeasurer<Cell = unknown> {
  /** `SKIP`, `EXCLUDED`, or an observation for `add` (a boolean, a number, a value or a bit set). */
  observe(facts: ConditionFacts, truths: readonly Truth[]): unknown;
  createCell(): Cell;
  add(cell: Cell, observation: unknown): void;
  exclude(cell: Cell): void;
  figure(cell: Cell): IndicatorFigure;
}

interface MeasurerContext {
  /** Index of each population in the truths a record carries. */
  populationIndex: ReadonlyMap<string, number>;
  populations: Readonly<Record<string, ResolvedPopulation>>;
  lang: string;
  medianBound: number;
}

function titleOf(context: MeasurerContext, name: string): string {
  const population = context.populations[name];
  return population ? pickLanguage(population.title, context.lang).text : name;
}

/** Gates an observation on the indicator's population: unknown excludes, false skips. */
function gate(truths: readonly Truth[], index: number): typeof SKIP | typeof EXCLUDED | true {
  const truth = truths[index];
  return truth === undefined ? EXCLUDED : truth ? true : SKIP;
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function emptyReason(context: MeasurerContext, population: string, excluded: number): string {
  if (excluded > 0)
    return `all ${excluded} record(s) of "${titleOf(context, population)}" were left out (a value it needs is missing, unreadable or not a known code): nothing to divide by`;
  return `no record in "${titleOf(context, population)}": nothing to divide by`;
}

function shareMeasurer(
  population: string,
  numerator: ReturnType<typeof compileThreeValuedCondition>,
  context: MeasurerContext,
): IndicatorMeasurer<{ numerator: number; denominator: number; excluded: number }> {
  const index = context.populationIndex.get(population)!;
  return {
    observe(facts, truths) {
      const inside = gate(truths, index);
      if (inside !== true) return inside;
      const truth = numerator(facts);
      return truth === undefined ? EXCLUDED : truth;
    },
    createCell: () => ({ numerator: 0, denominator: 0, excluded: 0 }),
    add(cell, observation) {
      cell.denominator += 1;
      if (observation === true) cell.numerator += 1;
    },
    exclude(cell) {
      cell.excluded += 1;
    },
    figure: ({ numerator: counted, denominator, excluded }) =>
      denominator === 0
        ? { value: null, numerator: counted, denominator, excluded, reason: emptyReason(context, population, excluded) }
        : { value: counted / denominator, numerator: counted, denominator, excluded },
  };
}

function distributionMeasurer(
  population: string,
  fact: string,
  context: MeasurerContext,
): IndicatorMeasurer<{ counts: Map<string, number>; denominator: number; excluded: number }> {
  const index = context.populationIndex.get(population)!;
  return {
    observe(facts, truths) {
      const inside = gate(truths, index);
      if (inside !== true) return inside;
      const value = facts[fact];
      return isKnown(value) && !Array.isArray(value) ? String(value) : EXCLUDED;
    },
    createCell: () => ({ counts: new Map(), denominator: 0, excluded: 0 }),
    add(cell, observation) {
      cell.denominator += 1;
      const key = observation as string;
      cell.counts.set(key, (cell.counts.get(key) ?? 0) + 1);
    },
    exclude(cell) {
      cell.excluded += 1;
    },
    figure({ counts, denominator, excluded }) {
      const keys = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
      const countsOut = Object.fromEntries(keys.map((key) => [key, counts.get(key)!]));
      if (denominator === 0) return { denominator, excluded, distribution: {}, counts: countsOut, reason: emptyReason(context, population, excluded) };
      return { denominator, excluded, distribution: Object.fromEntries(keys.map((key) => [key, counts.get(key)! / denominator])), counts: countsOut };
    },
  };
}

function countMeasurer(population: string, context: MeasurerContext): IndicatorMeasurer<{ count: number; excluded: number }> {
  const index = context.populationIndex.get(population)!;
  return {
    observe: (_facts, truths) => gate(truths, index),
    createCell: () => ({ count: 0, excluded: 0 }),
    add(cell) {
      cell.count += 1;
    },
    exclude(cell) {
      cell.excluded += 1;
    },
    figure: ({ count, excluded }) => ({ value: count, numerator: count, excluded }),
  };
}

function valueObserver(population: string, value: string, context: MeasurerContext): (facts: ConditionFacts, truths: readonly Truth[]) => unknown {
  const index = context.populationIndex.get(population)!;
  return (facts, truths) => {
    const inside = gate(truths, index);
    if (inside !== true) return inside;
    return numberOf(facts[value]) ?? EXCLUDED;
  };
}

function meanMeasurer(population: string, value: string, context: MeasurerContext): IndicatorMeasurer<{ sum: number; n: number; excluded: number }> {
  return {
    observe: valueObserver(population, value, context),
    createCell: () => ({ sum: 0, n: 0, excluded: 0 }),
    add(cell, observation) {
      cell.sum += observation as number;
      cell.n += 1;
    },
    exclude(cell) {
      cell.excluded += 1;
    },
    figure: ({ sum, n, excluded }) =>
      n === 0
        ? { value: null, numerator: sum, denominator: n, excluded, reason: emptyReason(context, population, excluded) }
        : { value: sum / n, numerator: sum, denominator: n, excluded },
  };
}

function medianMeasurer(population: string, value: string, context: MeasurerContext): IndicatorMeasurer<{ sample: BoundedSample; excluded: number }> {
  return {
    observe: valueObserver(population, value, context),
    createCell: () => ({ sample: createBoundedSample(context.medianBound), excluded: 0 }),
    add(cell, observation) {
      cell.sample.add(observation as number);
    },
    exclude(cell) {
      cell.excluded += 1;
    },
    figure({ sample, excluded }) {
      if (sample.count === 0) return { value: null, denominator: 0, excluded, reason: emptyReason(context, population, excluded) };
      return { value: sample.quantile(0.5), denominator: sample.count, excluded, ...(sample.exact ? {} : { approximate: true }) };
    },
  };
}

function rateMeasurer(indicator: ResolvedIndicator, context: MeasurerContext): IndicatorMeasurer<{ terms: number[]; excluded: number }> {
  const measure = indicator.measure as Extract<ResolvedIndicator['measure'], { kind: 'rate' }>;
  const names = indicator.populations;
  const indexes = names.map((name) => context.populationIndex.get(name)!);
  const signed = (side: { plus: string[]; minus: string[] }): Array<[number, number]> => [
    ...side.plus.map((name): [number, number] => [names.indexOf(name), 1]),
    ...side.minus.map((name): [number, number] => [names.indexOf(name), -1]),
  ];
  const numerator = signed(measure.numerator);
  const denominator = signed(measure.denominator);
  const sum = (terms: readonly number[], side: ReadonlyArray<[number, number]>): number => side.reduce((total, [term, sign]) => total + sign * terms[term]!, 0);
  const describe = (side: { plus: string[]; minus: string[] }): string =>
    [...side.plus.map((name) => `"${titleOf(context, name)}"`), ...side.minus.map((name) => `− "${titleOf(context, name)}"`)]
      .join(' + ')
      .replaceAll('+ −', '−');
  return {
    // A bit per population; a record unknown for any of them is left out of the whole rate.
    observe(_facts, truths) {
      let bits = 0;
      for (const [position, index] of indexes.entries()) {
        const truth = truths[index];
        if (truth === undefined) return EXCLUDED;
        if (truth) bits |= 1 << position;
      }
      return bits === 0 ? SKIP : bits;
    },
    createCell: () => ({ terms: names.map(() => 0), excluded: 0 }),
    add(cell, observation) {
      const bits = observation as number;
      for (let position = 0; position < names.length; position += 1) if (bits & (1 << position)) cell.terms[position]! += 1;
    },
    exclude(cell) {
      cell.excluded += 1;
    },
    figure({ terms, excluded }) {
      const counts = Object.fromEntries(names.map((name, position) => [name, terms[position]!]));
      const top = sum(terms, numerator);
      const bottom = sum(terms, denominator);
      if (bottom === 0) {
        return { value: null, numerator: top, denominator: bottom, excluded, counts, reason: `${describe(measure.denominator)} is 0: nothing to divide by` };
      }
      return { value: top / bottom, numerator: top, denominator: bottom, excluded, counts };
    },
  };
}

/**
 * The measurer of one resolved indicator.
 *
 * @example
 * const measurer = createIndicatorMeasurer(indicator, { populationIndex, populations, lang: 'en' })
 * const cell = measurer.createCell()
 */
export function createIndicatorMeasurer(
  indicator: ResolvedIndicator,
  context: { populationIndex: ReadonlyMap<string, number>; populations: Readonly<Record<string, ResolvedPopulation>>; lang?: string; medianBound?: number },
): IndicatorMeasurer {
  const full: MeasurerContext = { ...context, lang: context.lang ?? 'en', medianBound: context.medianBound ?? MEDIAN_SAMPLE_BOUND };
  const { measure } = indicator;
  switch (measure.kind) {
    case 'share':
      return shareMeasurer(measure.population, compileThreeValuedCondition(measure.numerator, `${indicator.id} numerator`), full) as IndicatorMeasurer;
    case 'distribution':
      return distributionMeasurer(measure.population, measure.fact, full) as IndicatorMeasurer;
    case 'count':
      return countMeasurer(measure.population, full) as IndicatorMeasurer;
    case 'mean':
      return meanMeasurer(measure.population, measure.value, full) as IndicatorMeasurer;
    case 'median':
      return medianMeasurer(measure.population, measure.value, full) as IndicatorMeasurer;
    default:
      return rateMeasurer(indicator, full) as IndicatorMeasurer;
  }
}
