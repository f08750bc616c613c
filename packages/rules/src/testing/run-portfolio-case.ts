import { createPortfolioAccumulator } from '../aggregate/portfolio-accumulator.ts';
import { recordFacts } from '../engine/record-facts.ts';
import type { Finding } from '../findings/finding-schema.ts';
import { readClientRecord } from '../records/read-client-record.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import type { ScenarioCase } from './scenario-schema.ts';

type PortfolioParts = NonNullable<ScenarioCase['portfolio']>;

/** The records of a portfolio case: `base` changed by each part, `count` times, values of `vary` in turn. */
export function portfolioRecords(base: Readonly<Record<string, unknown>>, parts: PortfolioParts): Array<Record<string, unknown>> {
  const records: Array<Record<string, unknown>> = [];
  for (const part of parts) {
    for (let index = 0; index < (part.count ?? 1); index += 1) {
      const record: Record<string, unknown> = { ...base };
      for (const [key, value] of Object.entries(part.record as Record<string, unknown>)) {
        if (value === null) delete record[key];
        else record[key] = value;
      }
      for (const [key, values] of Object.entries((part.vary ?? {}) as Record<string, Array<string | number>>)) record[key] = values[index % values.length];
      if (!Object.hasOwn(part.record as object, 'clientId')) record['clientId'] = `R${String(records.length + 1).padStart(3, '0')}`;
      records.push(record);
    }
  }
  return records;
}

/**
 * Runs a portfolio case: every record through the rule set's facts into its portfolio
 * accumulator (line = position + 1), then the findings of the whole portfolio.
 *
 * @example
 * runPortfolioCase(ruleSet, base, [{ count: 12, record: { loanOfficerId: 'LO1' } }], { today: '2026-01-01', lang: 'en' })
 */
export function runPortfolioCase(
  ruleSet: ResolvedRuleSet,
  base: Readonly<Record<string, unknown>>,
  parts: PortfolioParts,
  options: { today: string; lang: string },
): Finding[] {
  const accumulator = createPortfolioAccumulator(ruleSet, { lang: options.lang });
  for (const [index, raw] of portfolioRecords(base, parts).entries()) {
    accumulator.add(recordFacts(ruleSet, readClientRecord(raw), options.today), { recordId: String(raw['clientId']), line: index + 1 });
  }
  return accumulator.finish();
}
