import type { RecordSlots } from '../engine/compiled/record-slots.ts';
import { recordFacts } from '../engine/record-facts.ts';
import type { FactValue } from '../facts/fact-value.ts';
import type { Finding } from '../findings/finding-schema.ts';
import { readClientRecord } from '../records/read-client-record.ts';
import { recordIdOf } from '../records-input/record-id.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { compilePortfolioSlotFacts, portfolioFieldsRead } from './compile-portfolio-facts.ts';
import { createPortfolioAccumulator, type PortfolioAccumulatorState, portfolioFactNames } from './portfolio-accumulator.ts';

export interface PortfolioRunOptions {
  lang: string;
  /** YYYY-MM-DD, as the record checks use it. */
  today: string;
}

/**
 * What the portfolio rules and the report need of one record: plain data, small, and cheap to
 * send from a worker thread to the main thread (the HTML report's segment tables need them).
 */
export interface PortfolioRecord {
  recordId?: string;
  line: number;
  /** The record's read fields, for the report's segment tables (only when asked for). */
  values?: Record<string, FactValue>;
  /** Per rule set with portfolio rules, the facts its portfolio rules read. */
  facts: Array<Record<string, FactValue>>;
}

/** The portfolio side of `lens check records`: records in (in file order), portfolio findings out. */
export interface PortfolioRun {
  /** True when some rule set has portfolio rules. */
  readonly active: boolean;
  /** Reads one raw record and picks what the portfolio rules read, and its fields when `withValues` (runs in any thread). */
  collect(raw: Record<string, unknown>, line: number, withValues?: boolean): PortfolioRecord;
  /** Feeds one collected record to the accumulators (any order: records are placed by line). */
  add(record: PortfolioRecord): void;
  /** What the portfolio rules need read of each record for `addSlots`: some fields, or every field (`undefined`). */
  readonly fieldsRead: ReadonlySet<string> | undefined;
  /** `add(collect(raw, line, false))` of a record already read (`createRecordSlotsReader`): what a chunk checker does per record. */
  addSlots(record: RecordSlots): void;
  /** The accumulated state, per rule set with portfolio rules (plain data for `postMessage`). */
  readonly state: PortfolioAccumulatorState[];
  /** The ArrayBuffers in `state`, for `postMessage` to move rather than copy: the run is unusable after. */
  transferList(): ArrayBuffer[];
  /** Adds the state of a run over another part of the export (a worker's chunks), taking it over. */
  merge(state: readonly PortfolioAccumulatorState[]): void;
  /** The findings of every portfolio rule, after the last record. */
  finish(): Finding[];
}

function pick(facts: Readonly<Record<string, FactValue>>, names: readonly string[]): Record<string, FactValue> {
  const picked: Record<string, FactValue> = {};
  for (const name of names) if (facts[name] !== undefined) picked[name] = facts[name];
  return picked;
}

/**
 * Runs the portfolio rules of the resolved rule sets over an export in one pass, next to the
 * record checks. Record ids are those of record findings (`recordIdOf`).
 *
 * @example
 * const portfolio = createPortfolioRun(ruleSets, { lang: 'en', today: '2026-06-30' })
 * for (const { raw, line } of rows) portfolio.add(portfolio.collect(raw, line))
 * portfolio.finish() // → findings with `group`, and duplicates with `recordId`
 */
export function createPortfolioRun(ruleSets: readonly ResolvedRuleSet[], options: PortfolioRunOptions): PortfolioRun {
  const withPortfolio = ruleSets.filter((ruleSet) => ruleSet.subject === 'client-record' && (ruleSet.portfolioRules?.length ?? 0) > 0);
  const factNames = withPortfolio.map((ruleSet) => portfolioFactNames(ruleSet));
  let compiledFacts: Array<ReturnType<typeof compilePortfolioSlotFacts>> | undefined;
  const fieldsRead = withPortfolio.map(portfolioFieldsRead);
  let accumulators: ReturnType<typeof createPortfolioAccumulator>[] | undefined;
  const accumulatorsNow = (): ReturnType<typeof createPortfolioAccumulator>[] => {
    accumulators ??= withPortfolio.map((ruleSet) => createPortfolioAccumulator(ruleSet, { lang: options.lang }));
    return accumulators;
  };
  return {
    active: withPortfolio.length > 0,
    collect(raw, line, withValues = true) {
      const record = readClientRecord(raw);
      const recordId = recordIdOf(raw, line);
      return {
        ...(recordId === undefined ? {} : { recordId }),
        line,
        ...(withValues ? { values: record.values } : {}),
        facts: withPortfolio.map((ruleSet, index) => pick(recordFacts(ruleSet, record, options.today), factNames[index]!)),
      };
    },
    add(record) {
      const reference = { ...(record.recordId === undefined ? {} : { recordId: record.recordId }), line: record.line };
      for (const [index, accumulator] of accumulatorsNow().entries()) accumulator.add(record.facts[index]!, reference);
    },
    fieldsRead: fieldsRead.includes(undefined) ? undefined : new Set(fieldsRead.flatMap((fields) => [...fields!])),
    addSlots(record) {
      compiledFacts ??= withPortfolio.map((ruleSet) => compilePortfolioSlotFacts(ruleSet));
      const { recordId, line } = record;
      const reference = recordId === undefined ? { line } : { recordId, line };
      const all = accumulatorsNow();
      for (let index = 0; index < all.length; index += 1) all[index]!.add(compiledFacts[index]!(record), reference);
    },
    get state() {
      return accumulatorsNow().map((accumulator) => accumulator.state);
    },
    transferList: () => accumulatorsNow().flatMap((accumulator) => accumulator.transferList()),
    merge(state) {
      for (const [index, accumulator] of accumulatorsNow().entries()) accumulator.merge(state[index]!);
    },
    finish: () => (accumulators ?? []).flatMap((accumulator) => accumulator.finish()),
  };
}
