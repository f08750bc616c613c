import { expect, test } from 'vitest';
import { plural, uiLanguageOf, uiStrings } from './ui-strings.ts';

test('Croatian, Serbian and Montenegrin read the Bosnian texts', () => {
  expect(['hr', 'sr', 'sr-Latn', 'cnr', 'bs-BA'].map(uiLanguageOf)).toEqual(['bs', 'bs', 'bs', 'bs', 'bs']);
  expect(uiLanguageOf('de')).toBe('en');
});

test('plurals follow Intl.PluralRules of the language', () => {
  expect([1, 2, 5, 21].map((n) => plural(uiStrings('ru').errors, n, 'ru'))).toEqual(['1 ошибка', '2 ошибки', '5 ошибок', '21 ошибка']);
  expect([1, 3, 5].map((n) => plural(uiStrings('sr-Latn').errors, n, 'sr-Latn'))).toEqual(['1 greška', '3 greške', '5 grešaka']);
  expect(plural(uiStrings('en').warnings, 1, 'en')).toBe('1 warning');
});
