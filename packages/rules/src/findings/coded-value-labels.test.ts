import { describe, expect, it } from 'vitest';
import { codedValueLabel, labelledFactValue } from './coded-value-labels.ts';

describe('codedValueLabel', () => {
  it('names a code of a coded field in the language, Croatian and Serbian reading the Bosnian labels', () => {
    expect(codedValueLabel('povertyLevel', 'non-poor', 'en')).toBe('Non-poor');
    expect(codedValueLabel('povertyLevel', 'non-poor', 'ru-RU')).toBe('Небедный');
    expect(codedValueLabel('povertyLevel', 'near-poor', 'hr')).toBe('Skoro siromašan');
    expect(codedValueLabel('gender', 'F', 'sr-Latn')).toBe('Žensko');
    expect(codedValueLabel('area', 'rural', 'kk')).toBe('Rural');
  });

  it('leaves codes it does not know, fields without a code list and inherited names alone', () => {
    expect(codedValueLabel('povertyLevel', 'extreme', 'en')).toBeUndefined();
    expect(codedValueLabel('branchId', 'F', 'en')).toBeUndefined();
    expect(codedValueLabel('povertyLevel', 'constructor', 'en')).toBeUndefined();
    expect(codedValueLabel('toString', 'F', 'en')).toBeUndefined();
  });
});

describe('labelledFactValue', () => {
  it('labels a record field by its own codes only, a derived fact by the fields of its finding', () => {
    expect(labelledFactValue('F', 'branchId', ['gender'], 'en')).toBe('F');
    expect(labelledFactValue('F', 'gender', ['branchId'], 'en')).toBe('Female');
    expect(labelledFactValue('near-poor', 'expectedPovertyLevel', ['householdSize', 'povertyLevel'], 'ru')).toBe('Почти бедный');
    expect(labelledFactValue(3, 'householdSize', [], 'en')).toBe(3);
  });
});
