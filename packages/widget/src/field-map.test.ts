import { canonicalFieldOf } from '@social-lens/rules/records-input';
import { describe, expect, test } from 'vitest';
import { parseFieldMap, parsePairs } from './field-map.ts';

describe('parseFieldMap', () => {
  test('reads name:field pairs', () => {
    const map = parseFieldMap(' hh_size:householdSize, inc_tot : householdIncomeMonthly ,');
    expect([...map.fields]).toEqual([
      ['hh_size', 'householdSize'],
      ['inc_tot', 'householdIncomeMonthly'],
    ]);
    expect(map.problems).toEqual([]);
  });

  test('reads a JSON object', () => {
    expect([...parseFieldMap('{"pov_lvl":"povertyLevel"}').fields]).toEqual([['pov_lvl', 'povertyLevel']]);
  });

  test('reports entries it cannot use instead of guessing', () => {
    expect(parseFieldMap('a:income, c:householdSise, b').problems).toEqual([
      '"b": expected name:field',
      expect.stringMatching(/^"a": "income" is not a client-record field; expected one of clientId, /),
      '"c": "householdSise" is not a client-record field; did you mean householdSize?',
    ]);
    expect(parseFieldMap('{"a":').problems).toEqual(['not valid JSON']);
    expect(parseFieldMap(null).fields.size).toBe(0);
  });

  test("matches names as an export's columns are: trimmed, whatever their case", () => {
    expect(canonicalFieldOf(' HH_Size', parseFieldMap('hh_size:householdSize').fields)).toBe('householdSize');
  });
});

describe('parsePairs', () => {
  test('keeps values that are not field names (value maps)', () => {
    expect([...parsePairs('1:very-poor,2:poor').pairs]).toEqual([
      ['1', 'very-poor'],
      ['2', 'poor'],
    ]);
  });
});
