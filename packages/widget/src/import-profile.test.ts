import { describe, expect, test } from 'vitest';
import { importProfileOf } from './import-profile.ts';
import { translateCode } from './value-map.ts';

describe('import profile', () => {
  test('reads the CLI shape: columns as the field map, values as the value map; numbers and dates are not the form’s', () => {
    const profile = importProfileOf(
      { columns: { 'Членов семьи': 'householdSize' }, values: { gender: { ж: 'F' } }, numbers: { decimal: ',' }, dates: 'DD.MM.YYYY' },
      'profile p.json',
    );
    expect([...profile.columns]).toEqual([['Членов семьи', 'householdSize']]);
    expect(translateCode(profile.values, ['gender'], 'Ж')).toBe('F');
    expect(profile.problems).toEqual([]);
  });

  test('reads the flat form as columns, and names what is wrong by JSON path', () => {
    expect([...importProfileOf({ 'Household members': 'householdSize' }, 'p').columns]).toEqual([['Household members', 'householdSize']]);
    expect(importProfileOf({ columns: { a: 1 }, values: { gender: 'F' } }, 'profile p.json').problems).toEqual([
      'profile p.json /columns/a: the field is not text',
      'profile p.json /values "gender": expected an object of codes',
    ]);
    expect(importProfileOf([], 'profile p.json').problems).toEqual(['profile p.json: an import profile is a JSON object']);
  });
});
