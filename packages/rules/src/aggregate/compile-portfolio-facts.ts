import { compileSlotExpression, type FactSlots, type SlotExpression } from '../engine/compiled/compile-slot-expression.ts';
import { createRecordSlotsReader, RECORD_SLOT_NAMES, type RecordSlots } from '../engine/compiled/record-slots.ts';
import type { FactValue } from '../facts/fact-value.ts';
import { recordCellsOf } from '../records-input/record-cells.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { portfolioFactNames } from './portfolio-accumulator.ts';

/** What the portfolio facts of a rule set need read of a record: the fields they depend on, or every field (`undefined`). */
export function portfolioFieldsRead(ruleSet: ResolvedRuleSet): ReadonlySet<string> | undefined {
  const needed = neededFacts(ruleSet);
  return needed.has('unreadableFields') || needed.has('unreadableDetails') ? undefined : needed;
}

/**
 * Compiles what the portfolio rules of a rule set read from one raw record: the facts of
 * `portfolioFactNames(ruleSet)`, with the values `recordFacts(ruleSet, readClientRecord(raw), today)`
 * gives them, read straight into slots (no record object, no facts of other rules) and the derived
 * facts computed once. Only the fields and derived facts those facts depend on are read and
 * computed (every field is still looked at for `missingFields`). A fact without a value is left
 * out, as `recordFacts` leaves it.
 *
 * @example
 * const factsOf = compilePortfolioFacts(resolveRuleSet(catalog, 'core/portfolio'), '2026-06-30')
 * factsOf({ loanOfficerId: 'LO7', householdIncomeMonthly: '900', householdSize: '3' }) // → { loanOfficerId: 'LO7', incomePerMember: 300, … }
 */
export function compilePortfolioFacts(ruleSet: ResolvedRuleSet, today: string): (raw: Record<string, unknown>) => Record<string, FactValue> {
  const readSlots = createRecordSlotsReader(today, portfolioFieldsRead(ruleSet));
  const factsOf = compilePortfolioSlotFacts(ruleSet);
  const cells = recordCellsOf({});
  return (raw) => factsOf(readSlots(recordCellsOf(raw, cells)));
}

/**
 * {@link compilePortfolioFacts} of a record already read (`createRecordSlotsReader`, reading at
 * least {@link portfolioFieldsRead}), so the record checks and the portfolio share one reading.
 *
 * @example
 * compilePortfolioSlotFacts(portfolio)(readSlots(item.cells, item.line)) // → { loanOfficerId: 'LO7', … }
 */
export function compilePortfolioSlotFacts(ruleSet: ResolvedRuleSet): (record: RecordSlots) => Record<string, FactValue> {
  const names = [...RECORD_SLOT_NAMES, ...ruleSet.derived.map((fact) => fact.name)];
  const slotByName = new Map(names.map((name, slot) => [name, slot]));
  const slotOf = (name: string): number => {
    const slot = slotByName.get(name);
    if (slot === undefined) throw new TypeError(`fact "${name}" is not a fact of client records nor a derived fact of ${ruleSet.ref}`);
    return slot;
  };
  const needed = neededFacts(ruleSet);
  const readCount = RECORD_SLOT_NAMES.length;
  const derived: ReadonlyArray<readonly [number, SlotExpression]> = ruleSet.derived
    .filter((fact) => needed.has(fact.name))
    .map((fact) => [slotOf(fact.name), compileSlotExpression(fact.expression, slotOf)] as const);
  const picked = portfolioFactNames(ruleSet).map((name) => [name, slotOf(name)] as const);
  const slots: FactSlots = new Array(names.length).fill(undefined);
  return (record) => {
    const { facts: read } = record;
    for (let slot = 0; slot < readCount; slot += 1) slots[slot] = read[slot];
    for (const [slot, compute] of derived) slots[slot] = compute(slots);
    const facts: Record<string, FactValue> = {};
    for (const [name, slot] of picked) if (slots[slot] !== undefined) facts[name] = slots[slot];
    return facts;
  };
}

/** The portfolio rules' facts and, through the derived facts, every fact they are computed from. */
function neededFacts(ruleSet: ResolvedRuleSet): Set<string> {
  const expressions = new Map(ruleSet.derived.map((fact) => [fact.name, fact.expression]));
  const needed = new Set<string>();
  const need = (name: string): void => {
    if (needed.has(name)) return;
    needed.add(name);
    const expression = expressions.get(name);
    // Compiling with a slot finder that only records names lists what the expression reads.
    if (expression !== undefined)
      compileSlotExpression(expression, (dependency) => {
        need(dependency);
        return 0;
      });
  };
  for (const name of portfolioFactNames(ruleSet)) need(name);
  return needed;
}
