import { describe, expect, test } from 'vitest';
import { mergeValueMaps, parseValueMap, translateCode } from './value-map.ts';

describe('value-map', () => {
  test('translates codes trimmed and whatever their case, by the first key the map has', () => {
    const map = parseValueMap('{"cboPov": {"1": "very-poor", " Ž ": "F"}, "gender": {"ž": "F", "m": "M"}}');
    expect(map.problems).toEqual([]);
    expect(translateCode(map, ['CBOPOV', undefined, 'povertyLevel'], ' 1 ')).toBe('very-poor');
    expect(translateCode(map, ['optSpol', undefined, 'gender'], 'Ž')).toBe('F');
    expect(translateCode(map, ['optSpol', undefined, 'gender'], 'M')).toBe('M');
    // A code the entry does not list stays as it is, and is then a finding of the rules.
    expect(translateCode(map, ['cboPov'], '7')).toBe('7');
    expect(translateCode(map, ['txtOther'], '1')).toBe('1');
  });

  test('says what it ignored instead of throwing', () => {
    expect(parseValueMap('{"cboPov": ').problems).toEqual(['value-map: not valid JSON']);
    expect(parseValueMap('{"cboPov": ["1"], "x": {"1": 2}}').problems).toEqual([
      'value-map "cboPov": expected an object of codes',
      'value-map "x" → "1": the value is not text',
    ]);
    expect(parseValueMap('').entries.size).toBe(0);
  });

  test('the attribute wins over a profile code by code', () => {
    const merged = mergeValueMaps(parseValueMap('{"povertyLevel": {"1": "very-poor", "2": "poor"}}'), parseValueMap('{"povertyLevel": {"2": "near-poor"}}'));
    expect(translateCode(merged, ['povertyLevel'], '1')).toBe('very-poor');
    expect(translateCode(merged, ['povertyLevel'], '2')).toBe('near-poor');
  });
});
