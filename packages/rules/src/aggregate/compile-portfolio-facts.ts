import { compileRecordReader } from '../engine/compiled/compile-record-reader.ts';
import { compileSlotExpression, type FactSlots, type SlotExpression } from '../engine/compiled/compile-slot-expression.ts';
import { CLIENT_RECORD_META_FACTS } from '../engine/subject-facts.ts';
import type { FactValue } from '../facts/fact-value.ts';
import { CLIENT_RECORD_FIELDS } from '../records/client-record-schema.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { portfolioFactNames } from './portfolio-accumulator.ts';

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
  const names = [...CLIENT_RECORD_FIELDS, ...CLIENT_RECORD_META_FACTS, ...ruleSet.derived.map((fact) => fact.name)];
  const slotByName = new Map(names.map((name, slot) => [name, slot]));
  const slotOf = (name: string): number => {
    const slot = slotByName.get(name);
    if (slot === undefined) throw new TypeError(`fact "${name}" is not a fact of client records nor a derived fact of ${ruleSet.ref}`);
    return slot;
  };
  const [missingSlot, unreadableSlot, detailsSlot, todaySlot] = CLIENT_RECORD_META_FACTS.map(slotOf) as [number, number, number, number];
  const needed = neededFacts(ruleSet);
  const readsEveryField = needed.has('unreadableFields') || needed.has('unreadableDetails');
  const read = compileRecordReader(slotOf, readsEveryField ? undefined : needed);
  const derived: ReadonlyArray<readonly [number, SlotExpression]> = ruleSet.derived
    .filter((fact) => needed.has(fact.name))
    .map((fact) => [slotOf(fact.name), compileSlotExpression(fact.expression, slotOf)] as const);
  const picked = portfolioFactNames(ruleSet).map((name) => [name, slotOf(name)] as const);
  const slots: FactSlots = new Array(names.length).fill(undefined);
  return (raw) => {
    slots.fill(undefined);
    const reading = read(raw, slots);
    slots[missingSlot] = reading.missingFields;
    slots[unreadableSlot] = reading.unreadableFields;
    slots[detailsSlot] = reading.unreadableDetails;
    slots[todaySlot] = today;
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
