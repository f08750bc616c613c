import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../findings/finding-schema.ts';
import { CLIENT_RECORD_FIELDS } from '../../records/client-record-schema.ts';
import { createRuleSetCatalog } from '../../ruleset/catalog.ts';
import { resolveRuleSet } from '../../ruleset/resolve-rule-set.ts';
import { createRecordChecker } from '../check-record.ts';
import { CONDITION_OPERATORS } from '../operators.ts';
import { CLIENT_RECORD_META_FACTS } from '../subject-facts.ts';
import { createCompiledRecordChecker, createRecordCheckerOn } from './compiled-record-checker.ts';

const NUMBER_FIELDS = ['householdSize', 'dependents', 'householdIncomeMonthly', 'incomeOther', 'loanAmount'] as const;
const DATE_FIELDS = ['birthDate', 'applicationDate', 'exitDate'] as const;
const TEXT_FIELDS = ['clientId', 'gender', 'povertyLevel', 'status'] as const;
const FIELDS = [...NUMBER_FIELDS, ...DATE_FIELDS, ...TEXT_FIELDS];
const DERIVED = ['d0', 'd1', 'd2', 'd3'] as const;

const cell = fc.oneof(
  fc.constantFrom('', '  ', '0', '4', ' 12 ', '-3', '1.5', '+.5', '1e3', '12,5', '0x10', 'Infinity', '120.004'),
  fc.constantFrom('2024-02-29', '2023-02-29', '0000-02-29', '0099-12-31', '2026-13-01', '2026-11-30', '1990-05-17', '2026-1-01'),
  fc.constantFrom('F', 'M', 'x', 'poor', 'non-poor', 'active', 'exited', 'C001'),
  fc.double(),
  fc.integer({ min: -3, max: 40 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ nested: 1 }),
);
const rawRecord = fc.dictionary(fc.constantFrom(...FIELDS, 'unknownColumn'), cell, { maxKeys: 12 });

const anyFact = fc.constantFrom<string>(...FIELDS, ...CLIENT_RECORD_META_FACTS);
const listItem = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom('F', 'poor', '2026-01-01', ''), fc.boolean());
const literal = fc.oneof(listItem, fc.constant(null));
const operand = (facts: readonly string[]): fc.Arbitrary<unknown> =>
  fc.oneof(fc.record({ fact: fc.constantFrom(...facts) }), fc.record({ param: fc.constantFrom('limit', 'codes', 'share') }), literal);
/** An expression of every operator over the facts before it. */
const expression = (facts: readonly string[]): fc.Arbitrary<unknown> => {
  const one = operand(facts);
  const two = fc.tuple(one, one);
  const several = fc.array(one, { minLength: 1, maxLength: 3 });
  return fc.oneof(
    ...(['add', 'multiply', 'sum', 'min', 'max', 'coalesce'] as const).map((name) => several.map((items) => ({ [name]: items }))),
    ...(['subtract', 'divide', 'ratio', 'daysBetween', 'yearsBetween', 'ageAt', 'intersect'] as const).map((name) => two.map((items) => ({ [name]: items }))),
    ...(['abs', 'isWholeNumber', 'count'] as const).map((name) => one.map((item) => ({ [name]: item }))),
    fc.array(one, { minLength: 1, maxLength: 2 }).map((items) => ({ round: items })),
    fc.tuple(one, one).map(([value, below]) => ({ band: { value, bands: [{ below, label: 'low' }], otherwise: 'high' } })),
  );
};
const derived = fc.tuple(
  ...DERIVED.map((name, index) => expression([...FIELDS, ...CLIENT_RECORD_META_FACTS, ...DERIVED.slice(0, index)]).map((value) => [name, value] as const)),
);

const ruleFact = fc.oneof(anyFact, fc.constantFrom<string>(...DERIVED));
const conditionValue = fc.oneof(
  literal,
  fc.array(listItem, { maxLength: 3 }),
  fc.record({ fact: ruleFact }),
  fc.record({ param: fc.constantFrom('limit', 'codes', 'share') }),
);
const leaf = fc.record({ fact: ruleFact, operator: fc.constantFrom(...CONDITION_OPERATORS), value: conditionValue }).filter(
  // The resolver accepts in/notIn only with a list or a {fact}; codes is the list parameter.
  (condition) =>
    !['in', 'notIn'].includes(condition.operator) ||
    Array.isArray(condition.value) ||
    (typeof condition.value === 'object' &&
      condition.value !== null &&
      ('fact' in condition.value || (condition.value as { param: string }).param === 'codes')),
);
const condition: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;
const when = fc.oneof(fc.record({ all: fc.array(condition, { maxLength: 3 }) }), fc.record({ any: fc.array(condition, { maxLength: 3 }) }));

const ruleSetDocument = fc.tuple(derived, fc.array(when, { minLength: 1, maxLength: 5 })).map(([expressions, whens]) => ({
  id: 'test/generated',
  version: '1.0.0',
  title: 'generated',
  subject: 'client-record',
  parameters: {
    limit: { type: 'number', default: 10, description: 'a number' },
    share: { type: 'number', default: 0.5, description: 'a share' },
    codes: { type: 'string-list', default: ['F', 'M', 'poor'], description: 'codes' },
  },
  derived: Object.fromEntries(expressions),
  rules: whens.map((conditions, index) => ({
    id: `rule-${index}`,
    title: `rule ${index}`,
    severity: 'warning',
    fields: ['householdSize'],
    ...(index % 2 === 0 ? { fieldsFrom: 'missingFields' } : {}),
    message: { en: `{d0} {d1} {d2} {d3} {householdSize} {limit} {unreadableDetails} {missingFields}`, ru: '{codes} {birthDate}' },
    when: conditions,
  })),
}));

type Outcome = { findings: Finding[] } | { throws: true };
async function outcome(run: () => Promise<Finding[]>): Promise<Outcome> {
  try {
    return { findings: await run() };
  } catch {
    return { throws: true };
  }
}

describe('the compiled record checker gives the reference findings', () => {
  it('on generated rule sets (derived facts of every operator, parameters) and records with missing, unreadable and edge values', async () => {
    await fc.assert(
      fc.asyncProperty(ruleSetDocument, fc.array(rawRecord, { minLength: 1, maxLength: 4 }), fc.constantFrom('en', 'ru'), async (document, records, lang) => {
        const ruleSet = resolveRuleSet(createRuleSetCatalog([document]), 'test/generated');
        const options = { lang, today: '2026-11-29' };
        const reference = createRecordChecker(ruleSet, options);
        const compiled = createCompiledRecordChecker(ruleSet, options);
        for (const [line, raw] of records.entries()) {
          expect(await outcome(async () => compiled.checkSync(raw, { line }))).toEqual(await outcome(() => reference.check(raw, { line })));
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('gives the same findings to many overlapping checks as to sequential ones', async () => {
    const document = await fc.sample(ruleSetDocument, { numRuns: 1, seed: 42 })[0]!;
    const ruleSet = resolveRuleSet(createRuleSetCatalog([document]), 'test/generated');
    const checker = createRecordCheckerOn(ruleSet, { today: '2026-11-29' });
    const records = fc.sample(rawRecord, { numRuns: 300, seed: 7 });
    const sequential: Finding[][] = [];
    for (const [line, raw] of records.entries()) sequential.push(await checker.check(raw, { line }));
    const overlapping = await Promise.all(records.map((raw, line) => checker.check(raw, { line })));
    expect(overlapping).toEqual(sequential);
  });

  it('reads every canonical field', () => {
    const ruleSet = resolveRuleSet(
      createRuleSetCatalog([{ id: 'test/empty', version: '1.0.0', title: 't', subject: 'client-record', rules: [] }]),
      'test/empty',
    );
    expect(createCompiledRecordChecker(ruleSet).checkSync(Object.fromEntries(CLIENT_RECORD_FIELDS.map((field) => [field, 'x'])))).toEqual([]);
  });
});
