import fc from 'fast-check';
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

describe('duplicates over parts of an export', () => {
  it('states moved through postMessage (transferred, not copied) and merged one by one give the findings of one pass, whatever the split', () => {
    const nationalIds = fc.array(fc.constantFrom('11', '12', '13', '0', '14', '15', '16'), { maxLength: 60 });
    fc.assert(
      fc.property(nationalIds, fc.array(fc.nat(), { maxLength: 4 }), (ids, cuts) => {
        const whole = createPortfolioAccumulator(ruleSet);
        for (const [index, nationalId] of ids.entries()) whole.add({ nationalId }, { recordId: `C${index}`, line: index + 2 });
        const bounds = [0, ...cuts.map((cut) => cut % (ids.length + 1)).sort((a, b) => a - b), ids.length];
        const merged = createPortfolioAccumulator(ruleSet);
        for (let part = 1; part < bounds.length; part += 1) {
          const accumulator = createPortfolioAccumulator(ruleSet);
          for (let index = bounds[part - 1]!; index < bounds[part]!; index += 1)
            accumulator.add({ nationalId: ids[index] }, { recordId: `C${index}`, line: index + 2 });
          const transferList = accumulator.transferList();
          const moved = structuredClone(accumulator.state, { transfer: transferList });
          expect(transferList.every((buffer) => buffer.byteLength === 0)).toBe(true);
          merged.merge(moved);
        }
        expect(merged.records).toBe(ids.length);
        expect(merged.finish()).toEqual(whole.finish());
      }),
      { numRuns: 300 },
    );
  });
});
