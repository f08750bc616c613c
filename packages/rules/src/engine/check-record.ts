import type { Finding } from '../findings/finding-schema.ts';
import { readClientRecord } from '../records/read-client-record.ts';
import { recordIdOf } from '../records-input/record-id.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { recordFacts, todayIso } from './record-facts.ts';
import { createReferenceEngine } from './reference-engine.ts';
import type { FindingContext } from './rule-findings.ts';

export interface RecordCheckerOptions {
  lang?: string;
  /** The date "in the future" is measured against, YYYY-MM-DD; today (UTC) by default. */
  today?: string;
}

export interface RecordChecker {
  /** Reads one raw record (CSV cells or JSON values) and returns its findings, in rule order. */
  check(raw: Record<string, unknown>, context?: FindingContext): Promise<Finding[]>;
}

/**
 * Checks client records against a resolved client-record rule set with the reference engine.
 * The record id of each finding is the record's `clientId`, or `line N` without one (`recordIdOf`).
 *
 * @example
 * const checker = createRecordChecker(resolveRuleSet(catalog, 'core/client-data'))
 * await checker.check({ clientId: 'C1', householdSize: '0' }, { line: 2 })
 */
export function createRecordChecker(ruleSet: ResolvedRuleSet, options: RecordCheckerOptions = {}): RecordChecker {
  const engine = createReferenceEngine(ruleSet, options.lang === undefined ? {} : { lang: options.lang });
  const today = options.today ?? todayIso();
  return {
    check(raw, context = {}) {
      const recordId = recordIdOf(raw, context.line);
      return engine.run(recordFacts(ruleSet, readClientRecord(raw), today), {
        ...context,
        ...(recordId === undefined ? {} : { recordId }),
      });
    },
  };
}
