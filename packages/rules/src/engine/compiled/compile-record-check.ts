import type { Finding } from '../../findings/finding-schema.ts';
import { CLIENT_RECORD_FIELDS } from '../../records/client-record-schema.ts';
import { recordCellsOf } from '../../records-input/record-cells.ts';
import type { ResolvedRuleSet } from '../../ruleset/resolved-rule-set.ts';
import { type FactRead, type FindingContext, findingReading, NO_FACT } from '../rule-findings.ts';
import { compileCondition } from './compile-condition.ts';
import { compileSlotExpression, type FactSlots, type SlotExpression } from './compile-slot-expression.ts';
import { createRecordSlotsReader, RECORD_SLOT_NAMES, type RecordSlots } from './record-slots.ts';

/** Checks one raw client record: reading, derived facts and every rule, in one synchronous call. */
export type RecordCheck = (raw: Record<string, unknown>, context: FindingContext) => Finding[];

/** Checks one record already read into {@link RecordSlots}: derived facts and every rule; its findings carry the record's id and line. */
export type RecordSlotsCheck = (record: RecordSlots) => Finding[];

export interface CompileRecordCheckOptions {
  lang?: string;
  /** The `today` fact, YYYY-MM-DD. */
  today: string;
}

interface SlotRule {
  index: number;
  test: (slots: FactSlots) => boolean;
}

/**
 * Compiles the whole check of a client record against a client-record rule set: every fact gets
 * a slot (record fields, `missingFields`, `unreadableFields`, `unreadableDetails`, `today`, then
 * the derived facts in evaluation order), the record is read straight into the slots, each
 * derived fact is computed once, and the rules' conditions read the slots. Only when a rule fires
 * are facts read by name, exactly as `recordFacts` would give them, for the finding's message. So
 * the findings are the reference's. The call is synchronous and nothing of the slots outlives it,
 * so one slot array serves every call.
 *
 * @example
 * const check = compileRecordCheck(resolved, { today: '2026-11-29' })
 * check({ clientId: 'C1', householdSize: '0' }, { recordId: 'C1', line: 2 })
 */
export function compileRecordCheck(ruleSet: ResolvedRuleSet, options: CompileRecordCheckOptions): RecordCheck {
  const readSlots = createRecordSlotsReader(options.today);
  const checkSlots = compileRecordSlotsCheck(ruleSet, options);
  const cells = recordCellsOf({});
  return (raw, context) => {
    const record = readSlots(recordCellsOf(raw, cells));
    record.recordId = context.recordId;
    record.line = context.line;
    return checkSlots(record);
  };
}

/**
 * {@link compileRecordCheck} from a record already read (`createRecordSlotsReader` with the same
 * `today`), so that several rule sets and the portfolio facts share one reading of each record.
 *
 * @example
 * const read = createRecordSlotsReader('2026-11-29'), check = compileRecordSlotsCheck(resolved, { today: '2026-11-29' })
 * check(read(recordCellsOf({ clientId: 'C1', householdSize: '0' }), 2))
 */
export function compileRecordSlotsCheck(ruleSet: ResolvedRuleSet, options: CompileRecordCheckOptions): RecordSlotsCheck {
  const lang = options.lang ?? 'en';
  const names = [...RECORD_SLOT_NAMES, ...ruleSet.derived.map((fact) => fact.name)];
  const slotByName = new Map<string, number>();
  for (const [slot, name] of names.entries()) slotByName.set(name, slot);
  const slotOf = (name: string): number => {
    const slot = slotByName.get(name);
    // The resolver rejects a rule set that reads an unknown fact; a hand-made one gets this.
    if (slot === undefined) throw new TypeError(`fact "${name}" is not a fact of client records nor a derived fact of ${ruleSet.ref}`);
    return slot;
  };
  const fieldCount = CLIENT_RECORD_FIELDS.length;
  const readCount = RECORD_SLOT_NAMES.length;
  const derived: ReadonlyArray<readonly [number, SlotExpression]> = ruleSet.derived.map(
    (fact) => [slotOf(fact.name), compileSlotExpression(fact.expression, slotOf)] as const,
  );
  const rules: readonly SlotRule[] = ruleSet.rules.map((rule, index) => {
    const condition = compileCondition(
      rule.when,
      (name) => {
        const slot = slotOf(name);
        return (slots: FactSlots) => slots[slot];
      },
      `${rule.id} at /when`,
    );
    return { index, test: condition.test };
  });

  const slots: FactSlots = new Array(names.length).fill(undefined);
  /** A fact by name, as `recordFacts` has it: a record field only when it has a value, every other fact always. */
  const read: FactRead = (name) => {
    const slot = slotByName.get(name);
    if (slot === undefined || (slot < fieldCount && slots[slot] === undefined)) return NO_FACT;
    return slots[slot];
  };

  return (record) => {
    const { facts } = record;
    for (let slot = 0; slot < readCount; slot += 1) slots[slot] = facts[slot];
    for (const [slot, compute] of derived) slots[slot] = compute(slots);
    let findings: Finding[] | undefined;
    for (const rule of rules) {
      if (!rule.test(slots)) continue;
      if (findings === undefined) findings = [];
      const context: FindingContext = { recordId: record.recordId, line: record.line };
      findings.push(findingReading(ruleSet.rules[rule.index]!, ruleSet, read, lang, context));
    }
    return findings ?? [];
  };
}
