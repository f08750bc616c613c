import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Finding, resolveRuleSet } from '@social-lens/rules';
import { createPortfolioRun } from '@social-lens/rules/aggregate';
import { describe, expect, it } from 'vitest';
import { generateClientExport, toCsv } from '../scripts/client-export-generator.ts';
import { readRecords } from '../src/input/read-records.ts';
import { loadCatalog } from '../src/rule-sets/load-catalog.ts';

const TODAY = '2026-06-30';
const { catalog } = loadCatalog([]);
const portfolioRuleSet = resolveRuleSet(catalog, 'core/portfolio');

/** Writes a generated export as CSV and runs the portfolio rules over it, as `lens check records` reads it. */
async function checkPortfolio(records: Parameters<typeof toCsv>[0], lang = 'en'): Promise<Finding[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'lens-portfolio-')), 'clients.csv');
  writeFileSync(file, toCsv(records));
  const run = createPortfolioRun([portfolioRuleSet], { lang, today: TODAY });
  for await (const item of readRecords(file, { map: new Map(), encoding: 'utf-8', warn: () => {} })) {
    if (item.kind === 'record') run.add(run.collect(item.raw, item.line));
  }
  return run.finish();
}

const byRule = (findings: readonly Finding[], rule: string): Finding[] => findings.filter((finding) => finding.ruleId === `core/portfolio#${rule}`);

describe('portfolio rules on a generated export', () => {
  it.each([
    [2_000, 11, 'LO32'],
    [4_000, 12, 'LO13'],
    [10_000, 13, 'LO61'],
  ])('flags the one loan officer with incomes three times the others (%i clients, seed %i), and no other officer', async (count, seed, officer) => {
    const generated = generateClientExport({
      count,
      seed,
      faultShare: 0.1,
      today: TODAY,
      biasedLoanOfficer: { loanOfficerId: officer, incomeFactor: 3 },
      duplicateNationalIds: 25,
    });
    const findings = byRule(await checkPortfolio(generated.records), 'loan-officer-income-outlier');
    expect(findings.map((finding) => finding.group)).toEqual([{ loanOfficerId: officer }]);
    expect(findings[0]!.message).toMatch(
      new RegExp(
        `^Median income per member of loan officer ${officer} is \\d+(\\.\\d)? vs\\. portfolio \\d+(\\.\\d)? \\(median of 24 officers \\d+(\\.\\d)?\\), modified z = \\d+(\\.\\d)?, \\d+ clients\\.$`,
      ),
    );
  });

  it('flags no officer when none is biased', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const generated = generateClientExport({ count: 3_000, seed, faultShare: 0.2, today: TODAY });
      expect(byRule(await checkPortfolio(generated.records), 'loan-officer-income-outlier')).toEqual([]);
    }
  });

  it('flags both records of every duplicated national id, whatever its format, and no other record', async () => {
    const generated = generateClientExport({ count: 3_000, seed: 7, faultShare: 0.1, today: TODAY, duplicateNationalIds: 40 });
    const pairs = generated.duplicates!;
    expect(pairs).toHaveLength(40);
    expect(new Set(pairs.flatMap(([original]) => generated.records.find((record) => record.clientId === original)!.nationalId)).size).toBe(40);
    const findings = byRule(await checkPortfolio(generated.records), 'duplicate-national-id');
    const flagged = new Map(findings.map((finding) => [finding.recordId, finding]));
    expect(findings).toHaveLength(80);
    for (const [original, copy] of pairs) {
      expect(flagged.get(original)).toMatchObject({ fields: ['nationalId'], severity: 'error' });
      expect(flagged.get(original)!.message).toContain(`is also on ${copy} (2 records)`);
      expect(flagged.get(copy)!.message).toContain(`is also on ${original} (2 records)`);
      expect(flagged.get(copy)!.group).toEqual(flagged.get(original)!.group);
    }
  });

  it('speaks Russian', async () => {
    const generated = generateClientExport({
      count: 2_000,
      seed: 11,
      faultShare: 0,
      today: TODAY,
      biasedLoanOfficer: { loanOfficerId: 'LO32', incomeFactor: 3 },
    });
    const [finding] = byRule(await checkPortfolio(generated.records, 'ru'), 'loan-officer-income-outlier');
    expect(finding!.message).toMatch(/^Медианный доход на члена семьи у кредитного специалиста LO32 — /);
  });
});
