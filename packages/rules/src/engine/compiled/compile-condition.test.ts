import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { addUnknownFactDecorators, withUnknownFactDecorators } from '../unknown-facts.ts';
import { compileCondition } from './compile-condition.ts';

/**
 * What json-rules-engine says: the rule fires, does not, or the run fails; as it comes
 * (`plain`), or with our three-valued logic over unknown facts (its decorators).
 */
async function reference(conditions: unknown, facts: Record<string, unknown>, logic: 'plain' | 'three-valued'): Promise<boolean | 'throws'> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  if (logic === 'three-valued') addUnknownFactDecorators(engine);
  const rule = logic === 'three-valued' ? withUnknownFactDecorators(structuredClone(conditions)) : structuredClone(conditions);
  engine.addRule({ conditions: rule as never, event: { type: 'fired' } });
  try {
    const { events } = await engine.run({ ...facts });
    return events.length > 0;
  } catch {
    return 'throws';
  }
}

function compiled(conditions: unknown, facts: Record<string, unknown>): boolean | 'throws' {
  const condition = compileCondition(conditions);
  try {
    return condition.test(facts as never);
  } catch {
    return 'throws';
  }
}

const leaf = (fact: string, operator: string, value: unknown, path?: string) => ({ fact, operator, value, ...(path ? { path } : {}) });

/**
 * Each case pins json-rules-engine 7.3.1's own answer (`plain`) and ours (`threeValued`): they
 * differ only where a fact or value is unknown, and there both of our engines give ours.
 */
const PINNED: Array<[name: string, conditions: unknown, facts: Record<string, unknown>, plain: boolean | 'throws', threeValued: boolean | 'throws']> = [
  ['an empty all passes', { all: [] }, {}, true, true],
  ['an empty any passes too', { any: [] }, {}, true, true],
  ['not of an empty all fails', { not: { all: [] } }, {}, false, false],
  ['notEqual on a missing fact passes', { all: [leaf('status', 'notEqual', 'active')] }, {}, true, false],
  ['notIn on a missing fact passes', { all: [leaf('gender', 'notIn', ['F', 'M'])] }, {}, true, false],
  ['equal on a missing fact against undefined-like null fails', { all: [leaf('gender', 'equal', null)] }, {}, false, true],
  ['equal null on a null fact passes', { all: [leaf('gender', 'equal', null)] }, { gender: null }, true, true],
  ['lessThan on a null fact fails (parseFloat(null) is NaN)', { all: [leaf('n', 'lessThan', 5)] }, { n: null }, false, false],
  ['lessThan on "12abc" fails: valid for parseFloat, but "12abc" < 20 is false', { all: [leaf('n', 'lessThan', 20)] }, { n: '12abc' }, false, false],
  ['lessThan on the string "3" compares as a number', { all: [leaf('n', 'lessThan', 20)] }, { n: '3' }, true, true],
  ['greaterThan on [50] passes: parseFloat([50]) is 50', { all: [leaf('n', 'greaterThan', 20)] }, { n: [50] }, true, true],
  ['greaterThan on true fails the validator', { all: [leaf('n', 'greaterThan', 0)] }, { n: true }, false, false],
  ['in with a string value searches substrings', { all: [leaf('code', 'in', 'very-poor')] }, { code: 'poor' }, true, true],
  ['in with a fact value that is missing throws', { all: [leaf('code', 'in', { fact: 'codes' })] }, { code: 'F' }, 'throws', false],
  ['in with a number value throws', { all: [leaf('code', 'in', 5)] }, { code: 'F' }, 'throws', 'throws'],
  ['a throwing condition fails the run even when a sibling already decided', { any: [leaf('a', 'equal', 1), leaf('code', 'in', 5)] }, { a: 1 }, 'throws', true],
  ['contains on a string fact fails (arrays only)', { all: [leaf('text', 'contains', 'x')] }, { text: 'xyz' }, false, false],
  ['doesNotContain on a missing fact fails', { all: [leaf('list', 'doesNotContain', 'x')] }, {}, false, false],
  ['a path on a missing fact gives undefined', { all: [leaf('record', 'equal', undefined, '$.a.b')] }, {}, true, false],
  ['a path on a number gives the number itself', { all: [leaf('n', 'equal', 7, '$.a')] }, { n: 7 }, true, true],
  ['a path through a missing object gives undefined', { all: [leaf('record', 'notEqual', 1, '$.a.b[0]')] }, { record: { a: null } }, true, false],
  ['a path reads own properties of strings: length', { all: [leaf('record', 'equal', 3, '$.name.length')] }, { record: { name: 'abc' } }, true, true],
  ['a path index on an array', { all: [leaf('record', 'equal', 'M', '$.codes[1]')] }, { record: { codes: ['F', 'M'] } }, true, true],
  ['a path stops at a falsy value: 0 has no properties', { all: [leaf('record', 'equal', undefined, '$.a.b')] }, { record: { a: 0 } }, true, false],
  ['a fact named toString is unknown unless given', { all: [leaf('toString', 'equal', undefined)] }, {}, true, false],
  ['a {fact} value with a path', { all: [leaf('a', 'equal', { fact: 'record', path: '$.x' })] }, { a: 2, record: { x: 2 } }, true, true],
];

describe('compileCondition has json-rules-engine semantics, with three-valued logic over unknown facts', () => {
  it.each(PINNED)('%s', async (_name, conditions, facts, plain, threeValued) => {
    expect(await reference(conditions, facts, 'plain')).toBe(plain);
    expect(await reference(conditions, facts, 'three-valued')).toBe(threeValued);
    expect(compiled(conditions, facts)).toBe(threeValued);
  });

  it('marks the conditions that may throw', () => {
    expect(compileCondition({ all: [leaf('a', 'in', ['x'])] }).mayThrow).toBe(false);
    expect(compileCondition({ all: [leaf('a', 'in', { fact: 'b' })] }).mayThrow).toBe(true);
    expect(compileCondition({ not: { any: [leaf('a', 'equal', 1), leaf('a', 'notIn', 3)] } }).mayThrow).toBe(true);
  });

  it('rejects an operator json-rules-engine does not have by default', () => {
    expect(() => compileCondition({ all: [leaf('a', 'startsWith', 'x')] })).toThrow(/unknown operator "startsWith"/);
  });
});
