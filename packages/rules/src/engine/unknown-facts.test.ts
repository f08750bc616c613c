import { describe, expect, it } from 'vitest';
import { createPortfolioAccumulator } from '../aggregate/portfolio-accumulator.ts';
import { createRuleSetCatalog } from '../ruleset/catalog.ts';
import { resolveRuleSet } from '../ruleset/resolve-rule-set.ts';
import type { RuleCondition } from '../ruleset/rule-set-types.ts';
import { compileRuleSet } from './compiled/compile-rule-set.ts';
import { createReferenceEngine } from './reference-engine.ts';

/** An objective rule set (its facts are free-form) with one rule per condition. */
function ruleSetOf(conditions: Record<string, RuleCondition>) {
  const document = {
    id: 'test/kleene',
    version: '1.0.0',
    title: 'Three-valued logic',
    subject: 'client-record' as const,
    rules: Object.entries(conditions).map(([id, when]) => ({ id, title: id, severity: 'info' as const, fields: [], message: { en: id }, when })),
  };
  return resolveRuleSet(createRuleSetCatalog([document]), 'test/kleene');
}

async function firedOnBothEngines(conditions: Record<string, RuleCondition>, facts: Record<string, unknown>): Promise<string[]> {
  const ruleSet = ruleSetOf(conditions);
  const reference = (await createReferenceEngine(ruleSet).run(facts as never)).map((finding) => finding.ruleId.split('#')[1]!);
  const compiled = compileRuleSet(ruleSet)
    .run(facts as never)
    .map((finding) => finding.ruleId.split('#')[1]!);
  expect(compiled).toEqual(reference);
  return reference;
}

const equal = (fact: string, value: unknown) => ({ fact, operator: 'equal', value }) as unknown as RuleCondition;

describe('three-valued logic over unknown facts, in both engines', () => {
  it('fires an `any` when one branch is true, whatever the others read', async () => {
    const fired = await firedOnBothEngines({ either: { any: [equal('branchId', 'B1'), equal('loanOfficerId', 'LO2')] } }, { branchId: 'B1' });
    expect(fired).toEqual(['either']);
  });

  it('does not fire an `all` with an unknown branch, nor a `not` of an unknown', async () => {
    const conditions = {
      both: { all: [equal('branchId', 'B1'), equal('loanOfficerId', 'LO2')] },
      negated: { not: equal('loanOfficerId', 'LO2') },
      'not-equal-missing': { all: [{ fact: 'gender', operator: 'notEqual', value: 'F' }] },
      'not-in-missing': { all: [{ fact: 'gender', operator: 'notIn', value: ['F', 'M'] }] },
      'false-branch-decides': { not: { all: [equal('branchId', 'B2'), equal('loanOfficerId', 'LO2')] } },
    } as Record<string, RuleCondition>;
    expect(await firedOnBothEngines(conditions, { branchId: 'B1', loanOfficerId: null, householdSize: Number.NaN })).toEqual(['false-branch-decides']);
  });

  it('reads `equal null` and `notEqual null` as asking whether the value is there', async () => {
    const conditions = { absent: { all: [equal('exitReason', null)] }, present: { all: [{ fact: 'branchId', operator: 'notEqual', value: null }] } } as Record<
      string,
      RuleCondition
    >;
    expect(await firedOnBothEngines(conditions, { branchId: 'B1' })).toEqual(['absent', 'present']);
    expect(await firedOnBothEngines(conditions, { exitReason: 'moved' })).toEqual([]);
  });

  it('treats a value that names an unknown fact as unknown', async () => {
    const conditions = { more: { all: [{ fact: 'dependents', operator: 'greaterThan', value: { fact: 'householdSize' } }] } } as Record<string, RuleCondition>;
    expect(await firedOnBothEngines(conditions, { dependents: 5 })).toEqual([]);
    expect(await firedOnBothEngines(conditions, { dependents: 5, householdSize: 4 })).toEqual(['more']);
  });

  it("gives a portfolio rule's `where` the same logic as a record rule's `when`", () => {
    const document = {
      id: 'test/portfolio',
      version: '1.0.0',
      title: 'where',
      subject: 'client-record' as const,
      rules: [
        {
          id: 'count',
          title: 'count',
          severity: 'info' as const,
          scope: 'portfolio' as const,
          fields: [],
          message: { en: '{groupCount}' },
          where: { any: [equal('status', 'exited'), { fact: 'gender', operator: 'notEqual', value: 'F' }] },
          check: { groupStatistic: { groupBy: 'branchId', statistic: 'count' as const, above: 0, minGroupSize: 1 } },
        },
      ],
    };
    const ruleSet = resolveRuleSet(createRuleSetCatalog([document as never]), 'test/portfolio');
    const accumulator = createPortfolioAccumulator(ruleSet);
    // Counted: exited (any is true) and gender M; not counted: gender missing and status active (unknown), gender F.
    for (const facts of [{ status: 'exited' }, { gender: 'M' }, { status: 'active' }, { gender: 'F', status: 'active' }])
      accumulator.add({ branchId: 'B1', ...facts });
    expect(accumulator.finish().map((finding) => finding.message)).toEqual(['2']);
  });
});
