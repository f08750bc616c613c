import { readFileSync } from 'node:fs';
import {
  createRecordChecker,
  createReferenceEngine,
  createRuleSetCatalog,
  type RuleSetDocument,
  RuleSetError,
  readClientRecord,
  recordFacts,
  resolveRuleSet,
} from '@social-lens/rules';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';

const rulesFolder = new URL('../core/client-data/', import.meta.url);
const clientData = JSON.parse(readFileSync(new URL('ruleset.json', rulesFolder), 'utf8')) as RuleSetDocument;
const scenarios = JSON.parse(readFileSync(new URL('tests.json', rulesFolder), 'utf8')) as {
  today: string;
  base: Record<string, unknown>;
  cases: Array<{ record?: Record<string, unknown> }>;
};
const catalog = createRuleSetCatalog([clientData]);
const resolved = resolveRuleSet(catalog, 'core/client-data');
const TODAY = scenarios.today;

const scenarioRecords = scenarios.cases.map((testCase) => {
  const record = { ...scenarios.base };
  for (const [key, value] of Object.entries(testCase.record ?? {})) {
    if (value === null) delete record[key];
    else record[key] = value;
  }
  return record;
});

describe('reference engine', () => {
  it('gives the findings json-rules-engine gives each condition, combined by three-valued logic over unknown facts', async () => {
    // An evaluator written apart from both engines: each leaf with known values goes to a raw
    // json-rules-engine Engine of its own; unknown leaves and the groups follow Kleene's logic.
    const isUnknown = (value: unknown) => value === undefined || value === null || (typeof value === 'number' && Number.isNaN(value));
    const leafOf = async (leaf: Record<string, unknown>, facts: Record<string, unknown>): Promise<boolean | 'unknown'> => {
      const value = leaf['value'] as { fact?: string } | null;
      if (value === null && (leaf['operator'] === 'equal' || leaf['operator'] === 'notEqual'))
        return (leaf['operator'] === 'equal') === isUnknown(facts[String(leaf['fact'])]);
      if (isUnknown(facts[String(leaf['fact'])]) || (value && typeof value === 'object' && 'fact' in value && isUnknown(facts[String(value.fact)])))
        return 'unknown';
      const single = new Engine([{ conditions: { all: [structuredClone(leaf) as never] }, event: { type: 'fired' } }], { allowUndefinedFacts: true });
      return (await single.run({ ...facts })).events.length > 0;
    };
    const kleene = async (node: Record<string, unknown>, facts: Record<string, unknown>): Promise<boolean | 'unknown'> => {
      if (Array.isArray(node['all']) || Array.isArray(node['any'])) {
        const every = Array.isArray(node['all']);
        const results = await Promise.all(((node['all'] ?? node['any']) as Array<Record<string, unknown>>).map((child) => kleene(child, facts)));
        if (results.includes(!every)) return !every;
        return results.includes('unknown') ? 'unknown' : every;
      }
      if (node['not'] !== undefined) {
        const inner = await kleene(node['not'] as Record<string, unknown>, facts);
        return inner === 'unknown' ? 'unknown' : !inner;
      }
      return leafOf(node, facts);
    };
    const checker = createRecordChecker(resolved, { today: TODAY });
    let fired = 0;
    for (const raw of scenarioRecords) {
      const facts = recordFacts(resolved, readClientRecord(raw), TODAY) as Record<string, unknown>;
      const expected: string[] = [];
      for (const rule of resolved.rules) if ((await kleene(rule.when as unknown as Record<string, unknown>, facts)) === true) expected.push(rule.id);
      const actual = (await checker.check(raw)).map((finding) => finding.ruleId);
      expect(actual).toEqual(expected);
      fired += actual.length;
    }
    expect(fired).toBeGreaterThan(40);
  });

  it('renders messages with values, in English and in Russian', async () => {
    const raw = { ...scenarios.base, povertyLevel: 'poor' };
    const [english] = await createRecordChecker(resolved, { today: TODAY }).check(raw, { line: 7 });
    const [russian] = await createRecordChecker(resolved, { today: TODAY, lang: 'ru' }).check(raw, { line: 7 });
    expect(english).toEqual({
      ruleId: 'core/client-data#poverty-level-matches-income',
      ruleSet: 'core/client-data@1.1.0',
      severity: 'error',
      recordId: 'C000001',
      line: 7,
      fields: ['povertyLevel', 'householdIncomeMonthly', 'householdSize'],
      message: "Income per family member is 120 against a poverty line of 120, so the level should be 'Near-poor', but it is 'Poor'.",
      suggestion: 'Recompute income per family member (monthly household income ÷ household size) and set the level from it.',
    });
    expect(russian!.message).toBe('Доход на члена семьи — 120 при черте бедности 120, поэтому уровень должен быть «Почти бедный», а указан «Бедный».');
  });

  it('does not crash on missing or unreadable values: conditions on them are unknown, and the values are reported', async () => {
    const findings = await createRecordChecker(resolved, { today: TODAY }).check({ clientId: 'C9', householdSize: 'four', householdIncomeMonthly: '12,5' });
    expect(findings.map((finding) => [finding.ruleId.split('#')[1], finding.fields])).toEqual([
      [
        'required-fields-present',
        ['branchId', 'loanOfficerId', 'gender', 'birthDate', 'area', 'povertyLevel', 'applicationDate', 'loanCycle', 'loanAmount', 'status'],
      ],
      ['values-readable', ['householdSize', 'householdIncomeMonthly']],
    ]);
    expect(findings[1]!.message).toBe('Value(s) that cannot be read: householdSize "four"; householdIncomeMonthly "12,5".');
  });
});

describe('json-rules-engine traps, pinned', () => {
  const twoPriorities = () =>
    new Engine(
      [
        { conditions: { all: [{ fact: 'x', operator: 'equal', value: 1 }] }, event: { type: 'first' }, priority: 2 },
        { conditions: { all: [{ fact: 'x', operator: 'equal', value: 1 }] }, event: { type: 'second' }, priority: 1 },
      ],
      { allowUndefinedFacts: true },
    );

  it('overlapping run() calls on one shared Engine can drop rules of a run (status lives on the engine)', async () => {
    const shared = twoPriorities();
    const slowFact = () => new Promise((resolve) => setTimeout(() => resolve(1), 20));
    const [slow, quick] = await Promise.all([shared.run({ x: slowFact }), shared.run({ x: 1 })]);
    expect(quick.events.map((event) => event.type)).toEqual(['first', 'second']);
    // The quick run finished first and marked the engine FINISHED: the slow run's second rule never ran.
    expect(slow.events.map((event) => event.type)).toEqual(['first']);
    const alone = await twoPriorities().run({ x: 1 });
    expect(alone.events).toHaveLength(2);
  });

  it('our reference engine never shares an Engine between overlapping runs', async () => {
    const engine = createReferenceEngine(resolved);
    const facts = scenarioRecords.map((raw) => recordFacts(resolved, readClientRecord(raw), TODAY));
    const sequential = [];
    for (const item of facts) sequential.push(await engine.run(item));
    const concurrent = await Promise.all(facts.map((item) => engine.run(item)));
    expect(concurrent).toEqual(sequential);
  });

  it('notEqual and notIn pass on a missing fact in json-rules-engine; for us they are unknown, so the rule does not fire', async () => {
    const raw = new Engine(
      [
        {
          conditions: {
            all: [
              { fact: 'povertyLevel', operator: 'notEqual', value: 'poor' },
              { fact: 'gender', operator: 'notIn', value: ['F', 'M'] },
            ],
          },
          event: { type: 'finding' },
        },
      ],
      {
        allowUndefinedFacts: true,
      },
    );
    expect((await raw.run({})).events).toHaveLength(1);
    const findings = await createRecordChecker(resolved, { today: TODAY }).check({ ...scenarios.base, povertyLevel: '', gender: '' });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['core/client-data#required-fields-present']);
  });

  it('a value object with a "fact" key is a fact reference, so parameters can never be objects', async () => {
    const engine = new Engine([
      { conditions: { all: [{ fact: 'dependents', operator: 'greaterThan', value: { fact: 'householdSize' } }] }, event: { type: 'finding' } },
    ]);
    expect((await engine.run({ dependents: 5, householdSize: 4 })).events).toHaveLength(1);
    expect(() => resolveRuleSet(catalog, 'core/client-data', { params: { genderCodes: [{ fact: 'gender' }] } })).toThrow(RuleSetError);
  });
});
