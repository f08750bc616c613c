import { describe, expect, it } from 'vitest';
import { RuleSetError } from '../errors.ts';
import { createRuleSetCatalog } from './catalog.ts';
import { resolveRuleSet } from './resolve-rule-set.ts';
import type { RuleSetDocument } from './rule-set-types.ts';

const core: RuleSetDocument = {
  id: 'core/indicators',
  version: '1.1.0',
  title: 'Core indicators',
  subject: 'indicators',
  parameters: {
    belowLine: { type: 'string-list', default: ['very-poor', 'poor'], description: 'levels below the line' },
    genders: { type: 'string-list', default: ['F', 'M'], description: 'codes' },
  },
  derived: { daysToEnd: { daysBetween: [{ fact: 'disbursementDate' }, { fact: 'periodTo' }] } },
  codes: { gender: { param: 'genders' } },
  populations: {
    active: {
      title: { en: 'Active' },
      when: {
        all: [
          { fact: 'daysToEnd', operator: 'greaterThanInclusive', value: 0 },
          { fact: 'missingFields', operator: 'contains', value: 'exitDate' },
        ],
      },
    },
  },
  rules: [],
  indicators: [
    {
      id: 'women',
      title: { en: 'Women' },
      description: 'F ÷ active',
      unit: 'share',
      population: 'active',
      numerator: { all: [{ fact: 'gender', operator: 'equal', value: 'F' }] },
      segments: ['branchId'],
    },
    {
      id: 'poor',
      title: { en: 'Poor' },
      description: 'poor ÷ active',
      unit: 'share',
      population: 'active',
      numerator: { all: [{ fact: 'povertyLevel', operator: 'in', value: { param: 'belowLine' } }] },
    },
  ],
};

const member = (overrides: Partial<RuleSetDocument>): RuleSetDocument => ({
  id: 'assoc/national-indicators',
  version: '2.0.0',
  title: 'National indicators',
  subject: 'indicators',
  extends: ['core/indicators@^1'],
  rules: [],
  ...overrides,
});

function problemsOf(documents: RuleSetDocument[], reference: string): string[] {
  try {
    resolveRuleSet(createRuleSetCatalog(documents), reference);
  } catch (error) {
    if (error instanceof RuleSetError) return error.problems.map(({ code, document, path }) => `${code} ${document} ${path}`);
    throw error;
  }
  return [];
}

describe('resolving indicators rule sets', () => {
  it('inherits, pins parameters, disables and adds indicators like any rule set', () => {
    const national = member({
      params: { belowLine: ['very-poor'] },
      overrides: { 'core/indicators#women': { enabled: false } },
      indicators: [{ id: 'active-clients', title: { en: 'Active clients' }, description: 'count of active', unit: 'count', population: 'active' }],
    });
    const resolved = resolveRuleSet(createRuleSetCatalog([core, national]), 'assoc/national-indicators@^2');
    const part = resolved.indicators!;
    expect(part.indicators.map((indicator) => [indicator.id, indicator.ruleSet])).toEqual([
      ['core/indicators#poor', 'core/indicators@1.1.0'],
      ['assoc/national-indicators#active-clients', 'assoc/national-indicators@2.0.0'],
    ]);
    expect(part.indicators[0]!.measure).toEqual({
      kind: 'share',
      population: 'active',
      numerator: { all: [{ fact: 'povertyLevel', operator: 'in', value: ['very-poor'] }] },
    });
    expect(part.disabledIndicators).toEqual([{ id: 'core/indicators#women', disabledBy: 'assoc/national-indicators@2.0.0' }]);
    expect(part.codes).toEqual({ gender: ['F', 'M'] });
    expect(part.indicators[0]!.fields).toEqual(['povertyLevel', 'disbursementDate', 'exitDate']);
  });

  it('pins the version an extending rule set names', () => {
    const newer = { ...core, version: '2.0.0', indicators: [] };
    expect(resolveRuleSet(createRuleSetCatalog([core, newer, member({})]), 'assoc/national-indicators').indicators!.indicators.map((i) => i.localId)).toEqual([
      'women',
      'poor',
    ]);
  });

  it('reports every problem of the indicators part with its JSON Pointer', () => {
    const broken = member({
      populations: { active: { title: { en: 'again' }, when: { all: [] } } },
      overrides: { 'core/indicators#poor': { severity: 'error' }, 'core/indicators#nothing': { enabled: false } },
      indicators: [
        { id: 'poor', title: { en: 'Poor again' }, description: 'x', unit: 'count', population: 'active' },
        { id: 'rate', title: { en: 'Rate' }, description: 'x', unit: 'rate', numerator: { all: [] }, denominator: { plus: ['active'] } },
        { id: 'share', title: { en: 'Share' }, description: 'x', unit: 'share', population: 'nobody', numerator: { plus: ['active'] } },
        { id: 'mean', title: { en: 'Mean' }, description: 'x', unit: 'mean', population: 'nobody', value: 'loanAmout', segments: ['branch'] },
      ],
      transitions: { population: 'ghosts', fields: ['povertyLevel'] },
      rules: [{ id: 'r', title: 'r', severity: 'error', fields: [], message: { en: 'r' }, when: { all: [] } }],
    });
    expect(problemsOf([core, broken], 'assoc/national-indicators')).toEqual([
      'subject-mismatch assoc/national-indicators@2.0.0 /rules/0',
      'duplicate-population assoc/national-indicators@2.0.0 /populations/active',
      'duplicate-indicator assoc/national-indicators@2.0.0 /indicators/0/id',
      'override-property assoc/national-indicators@2.0.0 /overrides/core~1indicators#poor/severity',
      'unknown-override-target assoc/national-indicators@2.0.0 /overrides/core~1indicators#nothing',
      'indicator-measure assoc/national-indicators@2.0.0 /indicators/1/numerator',
      'indicator-measure assoc/national-indicators@2.0.0 /indicators/2/numerator',
      'unknown-fact assoc/national-indicators@2.0.0 /indicators/3/segments/0',
      'unknown-fact assoc/national-indicators@2.0.0 /indicators/3/value',
      'unknown-population assoc/national-indicators@2.0.0 /indicators/3/population',
      'unknown-population assoc/national-indicators@2.0.0 /transitions/population',
    ]);
  });

  it('keeps indicators parts out of other subjects', () => {
    const records: RuleSetDocument = { id: 'core/records', version: '1.0.0', title: 'Records', subject: 'client-record', rules: [], indicators: [] };
    expect(problemsOf([records], 'core/records')).toEqual(['subject-mismatch core/records@1.0.0 /indicators']);
  });

  it('schema-checks indicator definitions: a share needs a population and a numerator or a distribution', () => {
    const bad = { ...core, indicators: [{ id: 'women', title: { en: 'Women' }, description: 'x', unit: 'share' }] };
    expect(() => createRuleSetCatalog([bad], ['bad.json'])).toThrow(RuleSetError);
    try {
      createRuleSetCatalog([bad], ['bad.json']);
    } catch (error) {
      expect((error as RuleSetError).problems.map((problem) => problem.path)).toContain('/indicators/0');
    }
  });
});
