import { readFileSync } from 'node:fs';
import { CLIENT_RECORD_FIELDS, createRuleSetCatalog, readClientRecord, recordFacts, resolveRuleSet } from '@social-lens/rules';
import { compilePortfolioFacts, createPortfolioAccumulator, portfolioFactNames } from '@social-lens/rules/aggregate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const portfolioDocument = JSON.parse(readFileSync(new URL('../core/portfolio/ruleset.json', import.meta.url), 'utf8'));
const portfolio = resolveRuleSet(createRuleSetCatalog([portfolioDocument]), 'core/portfolio');
const TODAY = '2026-11-29';
const LEVELS = ['very-poor', 'poor', 'near-poor', 'non-poor'];

/** A portfolio where every portfolio rule fires: an outlying officer, a careless branch, a drifting branch, repeated ids. */
function portfolioRecords(count: number, seed: number): Array<Record<string, unknown>> {
  return Array.from({ length: count }, (_, index) => {
    const mix = (index * 7919 + seed * 104729) % 1000;
    const officer = index % 9;
    const branch = `BR${index % 4}`;
    const perMember = officer === 8 ? 420 + (mix % 40) : 100 + (mix % 60);
    const exited = mix % 5 === 0;
    return {
      clientId: `C${index}`,
      loanOfficerId: `LO${officer}`,
      branchId: branch,
      householdSize: String(1 + (mix % 4)),
      householdIncomeMonthly: String(perMember * (1 + (mix % 4))),
      status: exited ? 'exited' : 'active',
      exitReason: exited && (branch !== 'BR2' || mix % 3 === 0) ? 'no-further-need' : '',
      povertyLevel: branch === 'BR3' ? LEVELS[mix % 2] : LEVELS[mix % 4],
      nationalId: mix % 11 === 0 ? `ID-${mix % 37}` : `N${index}`,
    };
  });
}

const factsOf = (records: Array<Record<string, unknown>>) => records.map((raw) => recordFacts(portfolio, readClientRecord(raw), TODAY));

function accumulate(facts: ReturnType<typeof factsOf>, from: number, to: number) {
  const accumulator = createPortfolioAccumulator(portfolio);
  for (let index = from; index < to; index += 1) accumulator.add(facts[index]!, { recordId: `C${index}`, line: index + 2 });
  return accumulator;
}

/** Chunk bounds from sorted split points: [0, a), [a, b)… [z, count). */
function chunksOf(count: number, points: number[]): Array<[number, number]> {
  const bounds = [0, ...[...new Set(points.map((point) => point % (count + 1)))].sort((a, b) => a - b), count];
  return bounds.slice(1).map((to, index) => [bounds[index]!, to]);
}

describe('merged portfolio accumulators', () => {
  const records = portfolioRecords(600, 3);
  const facts = factsOf(records);
  const whole = accumulate(facts, 0, facts.length).finish();

  it('the example portfolio has findings of every portfolio rule, so the comparison means something', () => {
    expect(new Set(whole.map((finding) => finding.ruleId.split('#')[1]))).toEqual(
      new Set(['loan-officer-income-outlier', 'branch-exit-reason-completeness', 'duplicate-national-id', 'branch-poverty-level-drift']),
    );
  });

  it('give the findings of one accumulator over the whole file, for any split into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (points) => {
        const parts = chunksOf(facts.length, points).map(([from, to]) => accumulate(facts, from, to));
        const merged = createPortfolioAccumulator(portfolio);
        for (const part of parts) merged.merge(structuredClone(part.state));
        expect(merged.finish()).toEqual(whole);
        expect(merged.records).toBe(facts.length);
      }),
      { numRuns: 60 },
    );
  });

  it('in any order and grouping of the merges (worker threads take chunks in turn)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 4 }), fc.nat(), (points, workers, rotation) => {
        const chunks = chunksOf(facts.length, points);
        // Each "worker" accumulates every workers-th chunk, as the pipeline hands them out.
        const byWorker = Array.from({ length: workers }, () => createPortfolioAccumulator(portfolio));
        for (const [index, [from, to]] of chunks.entries()) {
          const worker = byWorker[index % workers]!;
          for (let record = from; record < to; record += 1) worker.add(facts[record]!, { recordId: `C${record}`, line: record + 2 });
        }
        const merged = createPortfolioAccumulator(portfolio);
        for (let index = 0; index < workers; index += 1) merged.merge(structuredClone(byWorker[(index + rotation) % workers]!.state));
        expect(merged.finish()).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('on random records too (few distinct values, so groups, keys and categories collide)', () => {
    const record = fc.record({
      loanOfficerId: fc.constantFrom('LO1', 'LO2', 'LO3', 'LO4', ''),
      branchId: fc.constantFrom('B1', 'B2', ''),
      householdSize: fc.constantFrom('1', '2', '3', ''),
      householdIncomeMonthly: fc.constantFrom('100', '250', '900', '4000', 'x'),
      status: fc.constantFrom('active', 'exited'),
      exitReason: fc.constantFrom('', 'moved'),
      povertyLevel: fc.constantFrom(...LEVELS, ''),
      nationalId: fc.constantFrom('1', '2', '3', '4', '0', ''),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 200 }), fc.array(fc.nat(), { maxLength: 8 }), (raws, points) => {
        const randomFacts = factsOf(raws);
        const expected = accumulate(randomFacts, 0, randomFacts.length).finish();
        const merged = createPortfolioAccumulator(portfolio);
        for (const [from, to] of chunksOf(randomFacts.length, points)) merged.merge(structuredClone(accumulate(randomFacts, from, to).state));
        expect(merged.finish()).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe('compilePortfolioFacts', () => {
  it('gives the portfolio facts recordFacts gives, on records with missing and unreadable cells', () => {
    const cell = fc.oneof(fc.constantFrom('', ' ', '0', '3', '12.5', 'x', '2026-01-31', 'exited', 'active', 'LO1', 'poor'), fc.string({ maxLength: 6 }));
    const factsOf = compilePortfolioFacts(portfolio, TODAY);
    const names = portfolioFactNames(portfolio);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...CLIENT_RECORD_FIELDS), cell), (raw) => {
        const all = recordFacts(portfolio, readClientRecord(raw), TODAY);
        const expected = Object.fromEntries(names.filter((name) => all[name] !== undefined).map((name) => [name, all[name]]));
        expect(factsOf(raw)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
