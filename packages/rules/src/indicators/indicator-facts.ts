import { derivedFactsOf } from '../engine/record-facts.ts';
import type { Facts, FactValue } from '../facts/fact-value.ts';
import { CLIENT_RECORD_FIELDS } from '../records/client-record-schema.ts';
import type { ReadRecord } from '../records/read-client-record.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import type { SnapshotPeriod } from './snapshot-period.ts';

/** Computes the facts of one record for an indicators rule set and one period. */
export type IndicatorFactsOf = (record: ReadRecord) => Record<string, FactValue>;

/**
 * The facts function of an indicators rule set for one period: the record's values, with a value
 * outside its fact's `codes` made unknown (gender "X" is neither F nor not F); `missingFields`,
 * `unreadableFields`; the period facts `asOf`, `periodFrom`, `periodTo` (and `today` = asOf); then
 * the derived facts in order, each held to its codes too.
 *
 * @example
 * const factsOf = createIndicatorFacts(resolved, snapshotPeriod('2006-12-31'))
 * factsOf(readClientRecord({ gender: 'X', disbursementDate: '2006-03-01' })).gender // → undefined
 */
export function createIndicatorFacts(ruleSet: ResolvedRuleSet, period: SnapshotPeriod): IndicatorFactsOf {
  const codes = new Map(Object.entries(ruleSet.indicators?.codes ?? {}).map(([fact, list]) => [fact, new Set(list)]));
  const derived = derivedFactsOf(ruleSet).map(([name, compute]) => ({ name, compute, codes: codes.get(name) }));
  const codedFields = [...codes].filter(([fact]) => !derived.some((item) => item.name === fact));
  // Every record's facts start as a copy of one object with every name in one order: one
  // hidden class for all of them, where adding names record by record would make each slow.
  const template: Record<string, FactValue> = {
    ...Object.fromEntries(CLIENT_RECORD_FIELDS.map((field) => [field, undefined])),
    missingFields: undefined,
    unreadableFields: undefined,
    asOf: period.asOf,
    periodFrom: period.from,
    periodTo: period.to,
    today: period.asOf,
    ...Object.fromEntries(derived.map(({ name }) => [name, undefined])),
  };
  return (record) => {
    const facts = { ...template };
    const { values } = record;
    for (const field of CLIENT_RECORD_FIELDS) {
      const value = values[field];
      if (value !== undefined) facts[field] = value;
    }
    facts['missingFields'] = record.missingFields;
    facts['unreadableFields'] = record.unreadableFields;
    for (const [fact, allowed] of codedFields) {
      const value = facts[fact];
      if (value !== undefined && !allowed.has(String(value))) facts[fact] = undefined;
    }
    for (const { name, compute, codes: allowed } of derived) {
      const value = compute(facts as Facts);
      facts[name] = allowed && value !== undefined && !allowed.has(String(value)) ? undefined : value;
    }
    return facts;
  };
}
