import { readFileSync } from 'node:fs';
import { createRuleSetCatalog, RuleSetError, readClientRecord, recordFacts, resolveRuleSet } from '@social-lens/rules';
import { createPortfolioAccumulator, portfolioFactNames } from '@social-lens/rules/aggregate';
import { describe, expect, it } from 'vitest';

const portfolioDocument = JSON.parse(readFileSync(new URL('../core/portfolio/ruleset.json', import.meta.url), 'utf8'));
const portfolio = resolveRuleSet(createRuleSetCatalog([portfolioDocument]), 'core/portfolio');

function run(records: Array<Record<string, unknown>>, lang = 'en') {
  const accumulator = createPortfolioAccumulator(portfolio, { lang });
  for (const [index, raw] of records.entries()) {
    accumulator.add(recordFacts(portfolio, readClientRecord(raw), '2026-11-29'), { recordId: String(raw['clientId']), line: index + 2 });
  }
  return accumulator.finish();
}

/** Twelve clients per officer; officer i's incomes per member centre on 100 + 10 i, the last on `last`. */
function officers(last: number): Array<Record<string, unknown>> {
  return Array.from({ length: 72 }, (_, index) => {
    const officer = Math.floor(index / 12);
    const perMember = (officer === 5 ? last : 100 + 10 * officer) + ((index % 3) - 1) * 5;
    return {
      clientId: `C${index}`,
      loanOfficerId: `LO${officer + 1}`,
      householdSize: '2',
      householdIncomeMonthly: String(perMember * 2),
      nationalId: `N${index}`,
    };
  });
}

describe('createPortfolioAccumulator', () => {
  it('flags the loan officer whose median income per member is far from the others, with the figures', () => {
    expect(run(officers(400))).toEqual([
      {
        ruleId: 'core/portfolio#loan-officer-income-outlier',
        ruleSet: 'core/portfolio@1.2.0',
        severity: 'warning',
        fields: ['householdIncomeMonthly', 'householdSize'],
        group: { loanOfficerId: 'LO6' },
        message: 'Median income per member of loan officer LO6 is 400 vs. portfolio 125 (median of 6 officers 125), modified z = 12.4, 12 clients.',
        suggestion: 'Review how this loan officer computes household income on a sample of files.',
      },
    ]);
  });

  it('writes Russian messages', () => {
    expect(run(officers(400), 'ru').map((finding) => finding.message)).toEqual([
      'Медианный доход на члена семьи у кредитного специалиста LO6 — 400, по портфелю — 125 (медиана по 6 специалистам — 125), модифицированный z = 12,4, клиентов: 12.',
    ]);
  });

  it('flags every record of a duplicated national id, whatever its format, naming the others', () => {
    const findings = run([
      { clientId: 'C1', nationalId: '1234567890' },
      { clientId: 'C2', nationalId: '9999' },
      { clientId: 'C3', nationalId: '123 456 7890' },
      { clientId: 'C4', nationalId: '99.99' },
    ]);
    expect(findings.map(({ recordId, line, group, message }) => ({ recordId, line, group, message }))).toEqual([
      { recordId: 'C1', line: 2, group: { nationalId: '1234567890' }, message: 'National id 1234567890 is also on C3 (2 records).' },
      { recordId: 'C3', line: 4, group: { nationalId: '1234567890' }, message: 'National id 1234567890 is also on C1 (2 records).' },
      { recordId: 'C2', line: 3, group: { nationalId: '9999' }, message: 'National id 9999 is also on C4 (2 records).' },
      { recordId: 'C4', line: 5, group: { nationalId: '9999' }, message: 'National id 9999 is also on C2 (2 records).' },
    ]);
  });

  it('reads only the facts portfolioFactNames lists', () => {
    expect(portfolioFactNames(portfolio).sort()).toEqual([
      'branchId',
      'incomePerMember',
      'loanOfficerId',
      'missingFields',
      'nationalId',
      'povertyLevel',
      'status',
    ]);
    const accumulator = createPortfolioAccumulator(portfolio);
    for (const facts of officers(400).map((raw) => recordFacts(portfolio, readClientRecord(raw), '2026-11-29'))) {
      accumulator.add(Object.fromEntries(portfolioFactNames(portfolio).map((name) => [name, facts[name]])));
    }
    expect(accumulator.finish().map((finding) => finding.group)).toEqual([{ loanOfficerId: 'LO6' }]);
  });
});

describe('portfolio rules in rule sets', () => {
  const document = {
    id: 'assoc/portfolio',
    version: '1.0.0',
    title: 'x',
    subject: 'client-record',
    parameters: { bound: { type: 'string', default: 'high', description: 'not a number' } },
    rules: [
      {
        id: 'cycle-share',
        scope: 'portfolio',
        title: 'x',
        severity: 'info',
        fields: ['loanCycle'],
        message: { en: 'x' },
        check: { groupStatistic: { groupBy: 'branch', statistic: 'median', above: { param: 'bound' }, minGroupSize: { param: 'missing' } } },
      },
    ],
  };

  it('reports every problem of a portfolio rule with its document and JSON path', () => {
    const catalog = createRuleSetCatalog([document]);
    let error: unknown;
    try {
      resolveRuleSet(catalog, 'assoc/portfolio');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RuleSetError);
    expect((error as RuleSetError).problems.map((p) => `${p.document} ${p.path}: ${p.message} [${p.code}]`)).toEqual([
      'assoc/portfolio@1.0.0 /rules/0/check/groupStatistic/groupBy: unknown fact "branch" [unknown-fact]',
      'assoc/portfolio@1.0.0 /rules/0/check/groupStatistic: statistic "median" needs "value": the fact it is computed of [portfolio-check]',
      'assoc/portfolio@1.0.0 /rules/0/check/groupStatistic/above/param: expected a number, got "high" [parameter-type]',
      'assoc/portfolio@1.0.0 /rules/0/check/groupStatistic/minGroupSize/param: unknown parameter "missing" (known: bound) [unknown-parameter]',
    ]);
  });

  it('rejects a check of no known kind with the schema path', () => {
    const bad = { ...document, rules: [{ ...document.rules[0], check: { medianOf: {} } }] };
    expect(() => createRuleSetCatalog([bad])).toThrowError(/\/rules\/0\/check: unexpected property "medianOf"/);
  });

  it('overrides a portfolio rule like a record rule', () => {
    const national = {
      id: 'assoc/national',
      version: '1.0.0',
      title: 'n',
      subject: 'client-record',
      extends: ['core/portfolio@^1'],
      rules: [],
      overrides: { 'core/portfolio#duplicate-national-id': { severity: 'warning' }, 'core/portfolio#branch-poverty-level-drift': { enabled: false } },
    };
    const resolved = resolveRuleSet(createRuleSetCatalog([portfolioDocument, national]), 'assoc/national');
    expect(resolved.portfolioRules?.map((rule) => `${rule.localId} ${rule.severity}`)).toEqual([
      'loan-officer-income-outlier warning',
      'branch-exit-reason-completeness warning',
      'duplicate-national-id warning',
    ]);
    expect(resolved.rules).toEqual([]);
  });
});
