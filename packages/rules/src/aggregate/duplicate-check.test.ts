import { describe, expect, it } from 'vitest';
import { createRuleSetCatalog } from '../ruleset/catalog.ts';
import { resolveRuleSet } from '../ruleset/resolve-rule-set.ts';
import { MAX_LISTED_DUPLICATES } from './duplicate-check.ts';
import { createPortfolioAccumulator } from './portfolio-accumulator.ts';

const ruleSet = resolveRuleSet(
  createRuleSetCatalog([
    {
      id: 'test/duplicates',
      version: '1.0.0',
      title: 'duplicates',
      subject: 'client-record',
      rules: [
        {
          id: 'same-id',
          title: 'same id',
          severity: 'error',
          scope: 'portfolio',
          fields: ['nationalId'],
          message: { en: '{key} also on {otherRecords} ({recordCount})' },
          check: { duplicates: { key: ['nationalId'], placeholders: ['0', 'n/a'] } },
        },
      ],
    } as never,
  ]),
  'test/duplicates',
);

describe('duplicates', () => {
  it('names at most the first few others of a large group and counts the rest, in time linear in the group', () => {
    const accumulator = createPortfolioAccumulator(ruleSet);
    const size = 50_000;
    for (let index = 0; index < size; index += 1) accumulator.add({ nationalId: '1' }, { recordId: `C${index}`, line: index + 2 });
    const findings = accumulator.finish();
    expect(findings).toHaveLength(size);
    const others = (message: string) => message.split(' also on ')[1]!.split(' … ')[0]!.split(', ');
    expect(others(findings[0]!.message)).toEqual(Array.from({ length: MAX_LISTED_DUPLICATES }, (_, index) => `C${index + 1}`));
    expect(findings[0]!.message).toContain(`… (+${size - 1 - MAX_LISTED_DUPLICATES}) (50,000)`);
    expect(others(findings[size - 1]!.message)).toEqual(Array.from({ length: MAX_LISTED_DUPLICATES }, (_, index) => `C${index}`));
    expect(others(findings[5]!.message)).not.toContain('C5');
  });

  it('skips placeholder keys, compared after normalisation', () => {
    const accumulator = createPortfolioAccumulator(ruleSet);
    for (const [index, nationalId] of ['0', ' 0 ', 'N/A', 'n/a', 'na', '7', '7'].entries()) accumulator.add({ nationalId }, { recordId: `C${index}` });
    expect(accumulator.finish().map((finding) => finding.recordId)).toEqual(['C5', 'C6']);
  });
});
