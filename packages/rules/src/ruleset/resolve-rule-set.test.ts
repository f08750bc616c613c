import { describe, expect, it } from 'vitest';
import { RuleSetError } from '../errors.ts';
import { createRuleSetCatalog } from './catalog.ts';
import { resolveRuleSet } from './resolve-rule-set.ts';
import type { RuleSetDocument } from './rule-set-types.ts';

const base: RuleSetDocument & Required<Pick<RuleSetDocument, 'rules'>> = {
  id: 'core/base',
  version: '1.2.0',
  title: 'Base',
  subject: 'client-record',
  parameters: { line: { type: 'number', default: 120, description: 'poverty line' } },
  derived: { perMember: { divide: [{ fact: 'householdIncomeMonthly' }, { fact: 'householdSize' }] } },
  rules: [
    {
      id: 'below-line',
      title: 'Below the line',
      severity: 'warning',
      fields: ['householdIncomeMonthly'],
      message: { en: '{perMember} below {line}' },
      when: { all: [{ fact: 'perMember', operator: 'lessThan', value: { param: 'line' } }] },
    },
    {
      id: 'size',
      title: 'Size',
      severity: 'error',
      locked: true,
      fields: ['householdSize'],
      message: { en: 'size' },
      when: { all: [{ fact: 'householdSize', operator: 'lessThan', value: 1 }] },
    },
  ],
};

const member = (overrides: Partial<RuleSetDocument>): RuleSetDocument => ({
  id: 'assoc/national',
  version: '2.0.0',
  title: 'National',
  subject: 'client-record',
  extends: ['core/base@^1'],
  rules: [],
  ...overrides,
});

function problemsOf(documents: RuleSetDocument[], reference: string, params?: Record<string, unknown>) {
  try {
    resolveRuleSet(createRuleSetCatalog(documents), reference, params ? { params } : {});
  } catch (error) {
    if (error instanceof RuleSetError) return error.problems.map(({ code, document, path }) => `${code} ${document} ${path}`);
    throw error;
  }
  return [];
}

describe('resolveRuleSet', () => {
  it('flattens extends, substitutes parameters and records where each rule came from', () => {
    const resolved = resolveRuleSet(createRuleSetCatalog([base, member({ params: { line: 150 } })]), 'assoc/national@^2');
    expect(resolved.layers).toEqual(['core/base@1.2.0', 'assoc/national@2.0.0']);
    expect(resolved.rules.map((rule) => [rule.id, rule.ruleSet, rule.severitySetBy])).toEqual([
      ['core/base#below-line', 'core/base@1.2.0', 'core/base@1.2.0'],
      ['core/base#size', 'core/base@1.2.0', 'core/base@1.2.0'],
    ]);
    expect(resolved.rules[0]!.when).toEqual({ all: [{ fact: 'perMember', operator: 'lessThan', value: 150 }] });
    expect(resolved.parameters['line']).toMatchObject({ value: 150, declaredBy: 'core/base@1.2.0', setBy: 'assoc/national@2.0.0' });
    expect(resolved.rules[0]!.reads).toEqual(['perMember']);
    expect(Object.isFrozen(resolved.rules[0]!.when)).toBe(true);
  });

  it('keeps a title per language beside the English one; a plain title has none', () => {
    const titled = { ...base, rules: [{ ...base.rules[0]!, title: { en: 'Below the line', ru: 'Ниже черты' } }, base.rules[1]!] };
    const resolved = resolveRuleSet(createRuleSetCatalog([titled]), 'core/base');
    expect(resolved.rules[0]).toMatchObject({ title: 'Below the line', localizedTitle: { en: 'Below the line', ru: 'Ниже черты' } });
    expect(resolved.rules[1]!.localizedTitle).toBeUndefined();
  });

  it('picks the highest version in the range', () => {
    const newer = { ...base, version: '1.4.0' };
    const major = { ...base, version: '2.0.0' };
    expect(resolveRuleSet(createRuleSetCatalog([base, newer, major]), 'core/base@^1').version).toBe('1.4.0');
    expect(resolveRuleSet(createRuleSetCatalog([base, newer, major]), 'core/base').version).toBe('2.0.0');
  });

  it('applies overrides: disable, raise severity, and records the layer that set it', () => {
    const resolved = resolveRuleSet(
      createRuleSetCatalog([base, member({ overrides: { 'core/base#below-line': { severity: 'error' }, 'core/base#size': { severity: 'error' } } })]),
      'assoc/national',
    );
    expect(resolved.rules[0]).toMatchObject({ severity: 'error', severitySetBy: 'assoc/national@2.0.0' });
    const disabled = resolveRuleSet(createRuleSetCatalog([base, member({ overrides: { 'core/base#below-line': { enabled: false } } })]), 'assoc/national');
    expect(disabled.rules.map((rule) => rule.id)).toEqual(['core/base#size']);
    expect(disabled.disabledRules).toEqual([{ id: 'core/base#below-line', disabledBy: 'assoc/national@2.0.0' }]);
  });

  it('reports unknown rule sets and empty ranges', () => {
    expect(problemsOf([base], 'core/nope')).toEqual(['unknown-rule-set core/nope ']);
    expect(problemsOf([base], 'core/base@^3')).toEqual(['no-version-in-range core/base@^3 ']);
    expect(problemsOf([base, member({ extends: ['core/base@^5', 'other/set@1'] })], 'assoc/national')).toEqual([
      'no-version-in-range assoc/national@2.0.0 /extends/0',
      'unknown-rule-set assoc/national@2.0.0 /extends/1',
    ]);
  });

  it('reports cycles of extends', () => {
    const a = member({ id: 'x/a', extends: ['x/b'] });
    const b = member({ id: 'x/b', extends: ['x/a'] });
    expect(problemsOf([a, b], 'x/a')).toEqual(['extends-cycle x/b@2.0.0 /extends/0']);
  });

  it('reports all problems of a document together, each with its JSON path', () => {
    const broken = member({
      params: { line: 'high', nope: 1 },
      parameters: { line: { type: 'number', default: 1, description: 'again' } },
      derived: { total: { add: [{ fact: 'incomeBusines' }, 1] } },
      overrides: { 'core/base#missing': { enabled: false }, 'core/base#size': { enabled: false } },
      rules: [
        {
          id: 'below-line',
          title: 'redefined',
          severity: 'info',
          fields: [],
          message: { en: 'x' },
          when: { all: [{ fact: 'householdSize', operator: 'equal', value: 1 }] },
        },
        {
          id: 'own',
          title: 'own',
          severity: 'info',
          fields: [],
          message: { en: 'x' },
          when: {
            any: [
              { fact: 'housholdSize', operator: 'equal', value: 1 },
              { fact: 'householdSize', operator: 'regex', value: { param: 'lines' } },
            ],
          },
        },
        { id: 'own', title: 'twice', severity: 'info', fields: [], message: { en: 'x' }, when: { all: [] } },
      ],
    });
    expect(problemsOf([base, broken], 'assoc/national')).toMatchInlineSnapshot(`
      [
        "duplicate-parameter assoc/national@2.0.0 /parameters/line",
        "parameter-type assoc/national@2.0.0 /params/line",
        "unknown-parameter assoc/national@2.0.0 /params/nope",
        "redefined-rule assoc/national@2.0.0 /rules/0/id",
        "duplicate-rule assoc/national@2.0.0 /rules/2/id",
        "unknown-override-target assoc/national@2.0.0 /overrides/core~1base#missing",
        "locked-rule assoc/national@2.0.0 /overrides/core~1base#size/enabled",
        "unknown-fact assoc/national@2.0.0 /derived/total",
        "unknown-fact assoc/national@2.0.0 /rules/1/when/any/0/fact",
        "unknown-operator assoc/national@2.0.0 /rules/1/when/any/1/operator",
        "unknown-parameter assoc/national@2.0.0 /rules/1/when/any/1/value/param",
      ]
    `);
  });

  it('does not let a locked rule be lowered, but lets it be raised', () => {
    const lowered = member({ overrides: { 'core/base#size': { severity: 'warning' } } });
    expect(problemsOf([base, lowered], 'assoc/national')).toEqual(['locked-rule assoc/national@2.0.0 /overrides/core~1base#size/severity']);
  });

  it('checks run-time parameters by their declared type', () => {
    expect(problemsOf([base], 'core/base', { line: '150' })).toEqual(['parameter-type run-time parameters /line']);
    expect(problemsOf([base], 'core/base', { lines: 150 })).toEqual(['unknown-parameter run-time parameters /lines']);
    expect(resolveRuleSet(createRuleSetCatalog([base]), 'core/base', { params: { line: 90 } }).parameters['line']?.setBy).toBe('run-time parameters');
  });

  it('reports derived facts that depend on each other', () => {
    const cyclic = { ...base, derived: { ...base.derived, a: { add: [{ fact: 'b' }, 1] }, b: { add: [{ fact: 'a' }, 1] } } };
    expect(problemsOf([cyclic], 'core/base')).toEqual(['derived-cycle core/base@1.2.0 /derived/a']);
  });

  it('bounds the size of derived expressions', () => {
    let deep: unknown = { fact: 'householdSize' };
    for (let level = 0; level < 20; level += 1) deep = { abs: deep };
    const large = { ...base, derived: { ...base.derived, deep: deep as never } };
    expect(problemsOf([large], 'core/base')).toEqual(['expression-too-large core/base@1.2.0 /derived/deep']);
  });

  it('keeps a diamond of extends (one base reached twice) as one copy', () => {
    const left = member({ id: 'x/left' });
    const right = member({ id: 'x/right' });
    const top = member({ id: 'x/top', extends: ['x/left', 'x/right'] });
    const resolved = resolveRuleSet(createRuleSetCatalog([base, left, right, top]), 'x/top');
    expect(resolved.rules).toHaveLength(2);
    expect(resolved.layers).toEqual(['core/base@1.2.0', 'x/left@2.0.0', 'x/right@2.0.0', 'x/top@2.0.0']);
  });

  it('gives every problem one code of one meaning, at a JSON Pointer into the document that wrote the part', () => {
    const duplicated = member({ derived: { perMember: { add: [1, 2] }, householdSize: { add: [1, 2] } } });
    expect(problemsOf([base, duplicated], 'assoc/national')).toEqual([
      'duplicate-derived-fact assoc/national@2.0.0 /derived/perMember',
      'derived-fact-shadows-field assoc/national@2.0.0 /derived/householdSize',
    ]);
    const objective = { ...base, id: 'core/objective', subject: 'objective' as const, parameters: {}, derived: {}, rules: [] };
    expect(problemsOf([base, objective, member({ extends: ['core/objective'] })], 'assoc/national')).toEqual([
      'subject-mismatch assoc/national@2.0.0 /extends/0',
    ]);
    // A run-time parameter that an inherited rule's condition cannot use is reported in the
    // inherited document, at its own rule index, not at a made-up `/rules[id=…]`.
    const withList = { ...base, parameters: { ...base.parameters, codes: { type: 'number', default: 1, description: 'x' } } } as RuleSetDocument;
    const coded = { ...base.rules[1]!, id: 'coded', locked: false, when: { all: [{ fact: 'gender', operator: 'in', value: { param: 'codes' } }] } };
    withList.rules = [base.rules[1]!, coded as (typeof base.rules)[number]];
    expect(problemsOf([withList, member({})], 'assoc/national')).toEqual(['operator-value core/base@1.2.0 /rules/1/when/all/0/value']);
    const pathOnParameter = {
      ...base,
      rules: [{ ...base.rules[1]!, when: { all: [{ fact: 'householdSize', operator: 'lessThan', value: { param: 'line', path: '$.x' } }] } }],
    };
    expect(problemsOf([pathOnParameter as RuleSetDocument], 'core/base')).toEqual(['parameter-path core/base@1.2.0 /rules/0/when/all/0/value/path']);
  });
});
