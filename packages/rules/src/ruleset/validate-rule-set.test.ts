import { describe, expect, it } from 'vitest';
import { validateRuleSetDocument } from './validate-rule-set.ts';

const valid = {
  id: 'assoc/national',
  version: '2.0.0',
  title: 'National',
  subject: 'client-record',
  rules: [
    {
      id: 'size',
      title: 'Size',
      severity: 'error',
      fields: ['householdSize'],
      message: { en: 'x', ru: 'х' },
      when: { all: [{ fact: 'householdSize', operator: 'lessThan', value: 1 }] },
    },
  ],
};

describe('validateRuleSetDocument', () => {
  it('accepts a valid document', () => {
    expect(validateRuleSetDocument(valid)).toEqual([]);
  });

  it('takes a rule title per language, English required', () => {
    const titled = (title: unknown) => ({ ...valid, rules: [{ ...valid.rules[0], title }] });
    expect(validateRuleSetDocument(titled({ en: 'Size', ru: 'Размер', bs: 'Veličina' }))).toEqual([]);
    expect(validateRuleSetDocument(titled({ ru: 'Размер' })).map((problem) => problem.path)).toContain('/rules/0/title');
  });

  it('names the JSON path and what was expected for each mistake, all at once', () => {
    const broken = {
      ...valid,
      version: '2.0',
      subject: 'clients',
      derived: { x: { divide: [{ fact: 'a' }, { fakt: 'b' }] } },
      rules: [{ ...valid.rules[0], severity: 'fatal', message: { ru: 'только по-русски' }, when: { all: [{ fact: 'a', operator: 'equal' }, { foo: 1 }] } }],
    };
    expect(validateRuleSetDocument(broken, 'national.json').map((p) => `${p.path}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "/version: expected text matching ^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$",
        "/subject: expected one of "client-record", "objective", "scorecard", "indicators"",
        "/derived/x/divide/1: unexpected key "fakt": expected one of "fact", "param", "add", "subtract", "multiply", "divide", "ratio", "sum", "min", "max", "abs", "round", "daysBetween", "yearsBetween", "ageAt", "coalesce", "isWholeNumber", "count", "intersect", "band"",
        "/rules/0/severity: expected one of "error", "warning", "info"",
        "/rules/0/message: expected property "en"",
        "/rules/0/when/all/0: expected property "value"",
        "/rules/0/when/all/1: expected property "all"",
      ]
    `);
  });

  it('rejects a 5.5 MB rule set that keeps every other bound: 500 rules with long messages in six languages', () => {
    const message = Object.fromEntries(['en', 'ru', 'bs', 'hr', 'sr', 'ky'].map((lang) => [lang, 'x'.repeat(1900)]));
    const rules = Array.from({ length: 500 }, (_, index) => ({ ...valid.rules[0]!, id: `rule-${index}`, message }));
    const large = { ...valid, rules };
    expect(JSON.stringify(large).length).toBeGreaterThan(5_500_000);
    expect(validateRuleSetDocument(large).map((problem) => [problem.code, problem.message])).toEqual([
      ['document-too-large', 'more than 1000000 characters of text in one rule set'],
    ]);
  });

  it('bounds the rule count by the schema: 500 rules pass, 501 are refused at /rules', () => {
    const rulesOf = (count: number) => Array.from({ length: count }, (_, index) => ({ ...valid.rules[0]!, id: `rule-${index}` }));
    expect(validateRuleSetDocument({ ...valid, rules: rulesOf(500) })).toEqual([]);
    expect(validateRuleSetDocument({ ...valid, rules: rulesOf(501) }).map((problem) => [problem.code, problem.path, problem.message])).toEqual([
      ['schema', '/rules', 'must NOT have more than 500 items'],
    ]);
  });

  it('rejects 10,000-deep nesting without recursing into it', () => {
    let deep: unknown = { fact: 'householdSize', operator: 'equal', value: 1 };
    for (let level = 0; level < 10_000; level += 1) deep = { not: deep };
    const problems = validateRuleSetDocument({ ...valid, rules: [{ ...valid.rules[0], when: deep }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('nesting deeper than 40 levels');
  });

  it('refuses JSONPath filters in condition paths: they would be code from another organisation', () => {
    const withFilter = {
      ...valid,
      rules: [{ ...valid.rules[0], when: { all: [{ fact: 'householdSize', path: '$..[?(@.x)]', operator: 'equal', value: 1 }] } }],
    };
    expect(validateRuleSetDocument(withFilter).map((p) => p.path)).toEqual(['/rules/0/when/all/0/path']);
  });

  it('names a non-object document', () => {
    expect(validateRuleSetDocument([], 'x.json')).toEqual([{ code: 'schema', document: 'x.json', path: '', message: 'expected object' }]);
  });
});
