import { describe, expect, test } from 'vitest';
import { formatNumber } from './format-number.ts';

describe('formatNumber', () => {
  test('writes numbers as the language does, at most two decimals unless told otherwise', () => {
    expect(formatNumber(1234.5, 'bs')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'sr-Latn')).toBe('1.234,5');
    expect(formatNumber(1234.567, 'en')).toBe('1,234.57');
    expect(formatNumber(1234.5, 'ru')).toMatch(/^1\s234,5$/u);
    expect(formatNumber(0.123, 'bs', { style: 'percent', maximumFractionDigits: 1 })).toMatch(/^12,3\s?%$/u);
  });
});
