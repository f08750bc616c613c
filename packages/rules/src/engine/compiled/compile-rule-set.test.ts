import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import type { FactValue } from '../../facts/fact-value.ts';
import type { Finding } from '../../findings/finding-schema.ts';
import { CONDITION_OPERATORS } from '../operators.ts';
import { createReferenceEngine, toEngineRule } from '../reference-engine.ts';
import { addUnknownFactDecorators } from '../unknown-facts.ts';
import { compileRuleSet } from './compile-rule-set.ts';
import { ruleSetForConditions } from './rule-set-for-conditions.ts';

const FACT_NAMES = ['a', 'b', 'n', 'text', 'list', 'record', 'toString'] as const;
const PATHS = ['$.a', '$.a.b', '$.list[0]', '$[1]', '$.name.length', '$.codes[2]', '$.a.b[0]'] as const;

const scalar = fc.oneof(
  fc.integer({ min: -5, max: 200 }),
  fc.double({ noDefaultInfinity: false }),
  fc.constantFrom('', ' 3', '12abc', 'poor', 'very-poor', 'F', 'M', '0', 'NaN', 'Infinity', '1e3', 'x'),
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constant(null),
);
const factValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.constant(undefined),
    fc.array(scalar, { maxLength: 4 }),
    // Objects as JSON.parse makes them: an object without a prototype cannot become a number or a string.
    fc.record({ a: tie('value'), name: fc.constantFrom('abc', ''), codes: fc.array(scalar, { maxLength: 3 }) }, { requiredKeys: [], noNullPrototype: true }),
  ),
})).value;
const facts = fc.dictionary(fc.constantFrom(...FACT_NAMES), factValue, { maxKeys: 6 });

const conditionValue = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  fc.record({ fact: fc.constantFrom(...FACT_NAMES), path: fc.constantFrom(...PATHS) }, { requiredKeys: ['fact'], noNullPrototype: true }),
);
const leaf = fc.record(
  { fact: fc.constantFrom(...FACT_NAMES), operator: fc.constantFrom(...CONDITION_OPERATORS), value: conditionValue, path: fc.constantFrom(...PATHS) },
  { requiredKeys: ['fact', 'operator', 'value'], noNullPrototype: true },
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
const topLevel = fc.oneof(
  fc.record({ all: fc.array(condition, { maxLength: 4 }) }),
  fc.record({ any: fc.array(condition, { maxLength: 4 }) }),
  fc.record({ not: condition }),
);

type Outcome = { findings: Finding[] } | { throws: true };

async function outcome(run: () => Promise<Finding[]> | Finding[]): Promise<Outcome> {
  try {
    return { findings: await run() };
  } catch {
    return { throws: true };
  }
}

describe('compileRuleSet gives the reference engine findings', () => {
  it('on generated conditions (every operator, all/any/not nesting, paths, {fact} values) and facts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(topLevel, { minLength: 1, maxLength: 4 }), facts, fc.boolean(), async (conditions, runFacts, withFieldsFrom) => {
        const ruleSet = ruleSetForConditions(conditions, withFieldsFrom ? { fieldsFrom: 'list' } : {});
        const context = { recordId: 'R1', line: 7 };
        const typed = runFacts as Record<string, FactValue>;
        const expected = await outcome(() => createReferenceEngine(ruleSet).run(typed, context));
        const actual = await outcome(() => compileRuleSet(ruleSet).run(typed, context));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('gives the same findings to many overlapping runs as to sequential ones', async () => {
    const ruleSet = ruleSetForConditions([
      { all: [{ fact: 'n', operator: 'greaterThan', value: 10 }] },
      { any: [{ fact: 'text', operator: 'in', value: ['a', 'b'] }, { not: { fact: 'n', operator: 'lessThan', value: 50 } }] },
    ]);
    const compiled = compileRuleSet(ruleSet);
    const inputs = Array.from({ length: 200 }, (_, index) => ({ n: index % 97, text: ['a', 'b', 'c'][index % 3]! }));
    const sequential = inputs.map((input, line) => compiled.run(input, { line }));
    const overlapping = await Promise.all(
      inputs.map(async (input, line) => {
        await new Promise((resolve) => setTimeout(resolve, line % 7));
        return compiled.run(input, { line });
      }),
    );
    expect(overlapping).toEqual(sequential);
    expect(sequential.flat().length).toBeGreaterThan(100);
  });
});

describe('json-rules-engine with overlapping runs', () => {
  const ruleSet = ruleSetForConditions([
    { all: [{ fact: 'n', operator: 'greaterThan', value: 0 }] },
    { all: [{ fact: 'n', operator: 'greaterThan', value: 1 }] },
  ]);
  // A second priority level: a run evaluates it only after its first level, by then another run may have finished.
  const slowRule = { ...toEngineRule(ruleSet, 1), priority: 1 };
  const fastRule = { ...toEngineRule(ruleSet, 0), priority: 2 };

  it('drops rules when two runs overlap on one shared Engine: it keeps the run status on the engine', async () => {
    const shared = new Engine([fastRule, slowRule], { allowUndefinedFacts: true });
    addUnknownFactDecorators(shared);
    expect((await shared.run({ n: 5 })).events.length).toBe(2);
    const counts: number[] = [];
    // The second run starts a few microtasks after the first; when the first finishes between the
    // second run's priority levels, the engine says FINISHED and the second run skips its last level.
    for (let ticks = 0; ticks < 40; ticks += 1) {
      const first = shared.run({ n: 5 });
      for (let tick = 0; tick < ticks; tick += 1) await null;
      const second = shared.run({ n: 5 });
      counts.push((await first).events.length, (await second).events.length);
    }
    expect(Math.min(...counts)).toBeLessThan(2);
  });

  it('does not drop them in the reference engine: each run borrows an engine of its own', async () => {
    const engine = createReferenceEngine(ruleSet);
    const runs = await Promise.all(Array.from({ length: 20 }, () => engine.run({ n: 5 })));
    expect(runs.map((findings) => findings.length)).toEqual(Array(20).fill(2));
  });
});
