import { compileCondition } from '../engine/compiled/compile-condition.ts';
import type { Finding } from '../findings/finding-schema.ts';
import type { ResolvedPortfolioRule, ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { createDistributionDriftCheck } from './distribution-drift-check.ts';
import { createDuplicateCheck } from './duplicate-check.ts';
import { createGroupOutlierCheck } from './group-outlier-check.ts';
import { createGroupStatisticCheck } from './group-statistic-check.ts';
import type { PortfolioCheckAccumulator, PortfolioCheckOptions, RecordReference } from './portfolio-finding.ts';

export interface PortfolioAccumulatorOptions {
  /** Language of the messages (`en`, `ru`…); English by default. */
  lang?: string;
}

/** Checks a whole export against portfolio rules in one pass: `add` every record, then `finish`. */
export interface PortfolioAccumulator {
  /**
   * Counts one record. `facts` are the record's facts under the portfolio rule set
   * (`recordFacts(ruleSet, readClientRecord(raw), today)`); only `portfolioFactNames(ruleSet)`
   * are read, so a caller may pass just those.
   */
  add(facts: Readonly<Record<string, unknown>>, record?: RecordReference): void;
  /**
   * What has been accumulated, as plain data that clones through `postMessage` (Maps, arrays,
   * numbers): a worker thread sends it, the main thread `merge`s it.
   */
  readonly state: PortfolioAccumulatorState;
  /** The ArrayBuffers in `state` (the duplicate index), for `postMessage` to move rather than copy: the accumulator is unusable after. */
  transferList(): ArrayBuffer[];
  /**
   * Adds the state of an accumulator of the same rule set over another part of the export. Merging
   * is associative and commutative: records are ordered by their lines, so the findings are those
   * of one accumulator over the whole export, however it was split. The state given is taken over
   * (parts of it are emptied while they are merged).
   */
  merge(state: PortfolioAccumulatorState): void;
  /** The findings of every portfolio rule, in rule order, after the last record. */
  finish(): Finding[];
  /** Records added so far. */
  readonly records: number;
}

/** The mergeable state of a portfolio accumulator: records counted and each rule's state. */
export interface PortfolioAccumulatorState {
  records: number;
  checks: unknown[];
}

function checkOf(options: PortfolioCheckOptions): PortfolioCheckAccumulator {
  const { check } = options.rule;
  switch (check.kind) {
    case 'groupOutlier':
      return createGroupOutlierCheck(check, options);
    case 'groupStatistic':
      return createGroupStatisticCheck(check, options);
    case 'distributionDrift':
      return createDistributionDriftCheck(check, options);
    default:
      return createDuplicateCheck(check, options);
  }
}

/** The facts the portfolio rules of a rule set read from each record: what a worker must send. */
export function portfolioFactNames(ruleSet: ResolvedRuleSet): string[] {
  return [...new Set((ruleSet.portfolioRules ?? []).flatMap((rule: ResolvedPortfolioRule) => rule.reads))];
}

/**
 * Creates the one-pass accumulator of a resolved rule set's portfolio rules (`"scope":
 * "portfolio"`). Memory is bounded by groups and keys, not records: per rule at most
 * `MAX_GROUPS` groups; medians count each distinct value (exact up to 20,000 distinct values per
 * group, a sketch within 0.5 % above: `value-distribution.ts`); duplicates keep about 25 bytes per
 * distinct key, in typed arrays (`compact-key-index.ts`). A record's position is its line (or, without one, its ordinal in this accumulator).
 *
 * @example
 * const portfolio = createPortfolioAccumulator(resolveRuleSet(catalog, 'core/portfolio'), { lang: 'en' })
 * for (const { raw, line } of rows) portfolio.add(recordFacts(ruleSet, readClientRecord(raw), today), { recordId: String(raw.clientId), line })
 * portfolio.finish() // → [{ ruleId: 'core/portfolio#loan-officer-income-outlier', group: { loanOfficerId: 'LO07' }, … }]
 */
export function createPortfolioAccumulator(ruleSet: ResolvedRuleSet, options: PortfolioAccumulatorOptions = {}): PortfolioAccumulator {
  const lang = options.lang ?? 'en';
  const checks = (ruleSet.portfolioRules ?? []).map((rule) => ({
    where: rule.where === undefined ? undefined : compileCondition(rule.where).test,
    accumulator: checkOf({ rule, ruleSet, lang }),
  }));
  let records = 0;
  return {
    get records() {
      return records;
    },
    get state() {
      return { records, checks: checks.map((check) => check.accumulator.state) };
    },
    transferList: () => checks.flatMap((check) => check.accumulator.transferList?.() ?? []),
    add(facts, record = {}) {
      records += 1;
      const position = record.line ?? records;
      for (const check of checks) {
        if (check.where && !check.where(facts as Parameters<typeof check.where>[0])) continue;
        check.accumulator.add(facts, record, position);
      }
    },
    merge(state) {
      records += state.records;
      for (const [index, check] of checks.entries()) check.accumulator.merge(state.checks[index]);
    },
    finish() {
      return checks.flatMap((check) => check.accumulator.finish());
    },
  };
}
