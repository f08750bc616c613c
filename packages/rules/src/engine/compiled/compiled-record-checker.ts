import type { Finding } from '../../findings/finding-schema.ts';
import { recordCellsOf } from '../../records-input/record-cells.ts';
import type { ResolvedRuleSet } from '../../ruleset/resolved-rule-set.ts';
import { createRecordChecker, type RecordChecker, type RecordCheckerOptions } from '../check-record.ts';
import type { RecordEngine } from '../record-engines.ts';
import { todayIso } from '../record-facts.ts';
import type { FindingContext } from '../rule-findings.ts';
import { compileRecordSlotsCheck } from './compile-record-check.ts';
import { createRecordSlotsReader, type RecordSlots } from './record-slots.ts';

/** A record checker on the compiled engine: `check` as any checker, a synchronous `checkSync`, and `checkSlots` of a record already read. */
export interface CompiledRecordChecker extends RecordChecker {
  checkSync(raw: Record<string, unknown>, context?: FindingContext): Finding[];
  /** The findings of a record read by `createRecordSlotsReader` with this checker's `today`. */
  checkSlots(record: RecordSlots): Finding[];
}

/**
 * Checks client records with the compiled engine: the same findings as `createRecordChecker`
 * (proven by the differential tests), without json-rules-engine's promises per condition.
 * Re-entrant: one checker may serve any number of overlapping checks.
 *
 * @example
 * const checker = createCompiledRecordChecker(resolveRuleSet(catalog, 'core/client-data'), { today: '2026-11-29' })
 * checker.checkSync({ clientId: 'C1', householdSize: '0' }, { line: 2 })
 */
export function createCompiledRecordChecker(ruleSet: ResolvedRuleSet, options: RecordCheckerOptions = {}): CompiledRecordChecker {
  const today = options.today ?? todayIso();
  const checkSlots = compileRecordSlotsCheck(ruleSet, { today, ...(options.lang === undefined ? {} : { lang: options.lang }) });
  const readSlots = createRecordSlotsReader(today);
  const cells = recordCellsOf({});
  const checkSync = (raw: Record<string, unknown>, context: FindingContext = {}): Finding[] => {
    const record = readSlots(recordCellsOf(raw, cells), context.line);
    record.recordId ??= context.recordId;
    return checkSlots(record);
  };
  return {
    checkSync,
    checkSlots,
    check: async (raw, context) => checkSync(raw, context),
  };
}

/**
 * A record checker on the engine of choice; `compiled` unless told otherwise.
 *
 * @example
 * const checker = createRecordCheckerOn(resolved, { engine: 'reference', lang: 'ru' })
 * await checker.check(row, { line: 7 })
 */
export function createRecordCheckerOn(ruleSet: ResolvedRuleSet, options: RecordCheckerOptions & { engine?: RecordEngine } = {}): RecordChecker {
  const { engine = 'compiled', ...rest } = options;
  return engine === 'reference' ? createRecordChecker(ruleSet, rest) : createCompiledRecordChecker(ruleSet, rest);
}
