import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import type { RuleCondition } from '../ruleset/rule-set-types.ts';
import { compileThreeValuedCondition } from './compile-three-valued-condition.ts';

const leaf = (fact: string, operator: string, value: unknown) => ({ fact, operator, value });
const TRUE = leaf('t', 'equal', 1);
const FALSE = leaf('t', 'equal', 2);
const UNKNOWN = leaf('missing', 'equal', 1);
const facts = { t: 1 };
const judge = (condition: unknown) => compileThreeValuedCondition(condition as RuleCondition)(facts);

describe('compileThreeValuedCondition', () => {
  it.each([
    ['all of true and unknown is unknown', { all: [TRUE, UNKNOWN] }, undefined],
    ['all of false and unknown is false', { all: [UNKNOWN, FALSE] }, false],
    ['any of true and unknown is true', { any: [UNKNOWN, TRUE] }, true],
    ['any of false and unknown is unknown', { any: [FALSE, UNKNOWN] }, undefined],
    ['not of unknown is unknown', { not: UNKNOWN }, undefined],
    ['not of false is true', { not: FALSE }, true],
    ['an empty all passes, as in json-rules-engine', { all: [] }, true],
    ['an empty any passes, as in json-rules-engine', { any: [] }, true],
    ['a fact value that is unknown makes the leaf unknown', { all: [leaf('t', 'equal', { fact: 'missing' })] }, undefined],
    ['notEqual on a missing fact is unknown, not true', { all: [leaf('missing', 'notEqual', 'rejected')] }, undefined],
    ['equal null asks whether a value is there: never unknown', { all: [leaf('missing', 'equal', null)] }, true],
    ['notEqual null on a value that is there is true', { all: [leaf('t', 'notEqual', null)] }, true],
  ])('%s', (_name, condition, expected) => {
    expect(judge(condition)).toBe(expected);
  });

  it('reads a missing exit date through missingFields, and an unreadable one as unknown', () => {
    const active = compileThreeValuedCondition({
      any: [leaf('missingFields', 'contains', 'exitDate'), leaf('daysPeriodToToExit', 'greaterThan', 0)],
    } as RuleCondition);
    expect(active({ missingFields: ['exitDate'] })).toBe(true);
    expect(active({ missingFields: [], daysPeriodToToExit: 0 })).toBe(false);
    expect(active({ missingFields: [] })).toBe(undefined);
  });
});

const FACT_NAMES = ['a', 'b', 'c'] as const;
const value = fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constantFrom('F', 'M', 'poor'));
const condition: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.record({ fact: fc.constantFrom(...FACT_NAMES), operator: fc.constantFrom('equal', 'notEqual', 'lessThan', 'greaterThanInclusive'), value }),
    fc.record({ fact: fc.constantFrom(...FACT_NAMES), operator: fc.constantFrom('in', 'notIn'), value: fc.array(value, { maxLength: 3 }) }),
  ),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.record({ all: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;

async function reference(conditions: unknown, known: Record<string, unknown>): Promise<boolean> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const top =
    conditions !== null && typeof conditions === 'object' && ('all' in conditions || 'any' in conditions || 'not' in conditions)
      ? conditions
      : { all: [conditions] };
  engine.addRule({ conditions: structuredClone(top) as never, event: { type: 'fired' } });
  const { events } = await engine.run({ ...known });
  return events.length > 0;
}

describe('with every fact known it is json-rules-engine', () => {
  it('gives what json-rules-engine gives on random conditions', async () => {
    await fc.assert(
      fc.asyncProperty(condition, fc.record({ a: value, b: value, c: value }), async (conditions, known) => {
        const top = conditions as Record<string, unknown>;
        const wrapped = 'fact' in top ? { all: [top] } : top;
        expect(compileThreeValuedCondition(wrapped as unknown as RuleCondition)(known)).toBe(await reference(wrapped, known));
      }),
      { numRuns: 300 },
    );
  });
});
