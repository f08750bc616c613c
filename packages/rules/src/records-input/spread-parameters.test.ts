import { describe, expect, it } from 'vitest';
import { RecordsInputError } from '../errors.ts';
import { createRuleSetCatalog } from '../ruleset/catalog.ts';
import { resolveRuleSet } from '../ruleset/resolve-rule-set.ts';
import type { RuleSetDocument } from '../ruleset/rule-set-types.ts';
import { spreadParameters } from './spread-parameters.ts';

const document = (id: string, parameters: RuleSetDocument['parameters']): RuleSetDocument => ({
  id,
  version: '1.0.0',
  title: id,
  subject: 'client-record',
  parameters,
  rules: [],
});
const catalog = createRuleSetCatalog([
  document('core/lines', {
    povertyLinePerMember: { type: 'number', default: 120, description: 'line' },
    strict: { type: 'boolean', default: false, description: 'strict' },
  }),
  document('core/sizes', {
    povertyLinePerMember: { type: 'number', default: 100, description: 'line' },
    maxHouseholdSize: { type: 'integer', default: 30, description: 'size' },
  }),
]);
const ruleSets = [resolveRuleSet(catalog, 'core/lines'), resolveRuleSet(catalog, 'core/sizes')];
const atParam = { pathOf: (name: string) => `/params/${name}` };

function problemsOf(parameters: Map<string, unknown>, fromText: boolean): string[] {
  try {
    spreadParameters(ruleSets, parameters, { ...atParam, fromText });
  } catch (error) {
    if (error instanceof RecordsInputError) return error.problems.map(({ code, path, message }) => `${code} ${path}: ${message}`);
    throw error;
  }
  return [];
}

describe('spreadParameters', () => {
  it('gives each rule set the values it declares, read by their type when they came as text', () => {
    const values = spreadParameters(
      ruleSets,
      new Map([
        ['povertyLinePerMember', '150'],
        ['strict', 'true'],
      ]),
      { ...atParam, fromText: true },
    );
    expect(values.map((value) => (value ? { ...value } : value))).toEqual([{ povertyLinePerMember: 150, strict: true }, { povertyLinePerMember: 150 }]);
    expect(spreadParameters(ruleSets, new Map(), { ...atParam, fromText: true })).toEqual([undefined, undefined]);
  });

  it('names each parameter no rule set declares, __proto__ and constructor included, with the closest names', () => {
    expect(
      problemsOf(
        new Map<string, unknown>([
          ['povertyLinePerMembr', 150],
          ['__proto__', 1],
          ['constructor', 2],
        ]),
        false,
      ),
    ).toEqual([
      'unknown-parameter /params/povertyLinePerMembr: no rule set of this check takes a parameter "povertyLinePerMembr"; did you mean povertyLinePerMember? (they take: maxHouseholdSize, povertyLinePerMember, strict)',
      'unknown-parameter /params/__proto__: no rule set of this check takes a parameter "__proto__" (they take: maxHouseholdSize, povertyLinePerMember, strict)',
      'unknown-parameter /params/constructor: no rule set of this check takes a parameter "constructor" (they take: maxHouseholdSize, povertyLinePerMember, strict)',
    ]);
  });

  it('names a value of the wrong type once, however many rule sets declare it', () => {
    expect(
      problemsOf(
        new Map([
          ['povertyLinePerMember', 'high'],
          ['maxHouseholdSize', '2.5'],
        ]),
        true,
      ),
    ).toEqual([
      'parameter-type /params/povertyLinePerMember: povertyLinePerMember: expected a number, got "high"',
      'parameter-type /params/maxHouseholdSize: maxHouseholdSize: expected a whole number, got 2.5',
    ]);
    expect(problemsOf(new Map([['povertyLinePerMember', '150']]), false)).toEqual([
      'parameter-type /params/povertyLinePerMember: povertyLinePerMember: expected a number, got "150"',
    ]);
  });
});
