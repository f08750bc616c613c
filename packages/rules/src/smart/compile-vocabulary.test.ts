import { describe, expect, it } from 'vitest';
import { assertValidVocabulary, VocabularyError } from './assert-valid-vocabulary.ts';
import { compileVocabulary } from './compile-vocabulary.ts';
import { phraseToPattern } from './phrase-pattern.ts';
import { ENGLISH_VOCABULARY } from './vocabulary/en.ts';
import { RUSSIAN_VOCABULARY } from './vocabulary/ru.ts';

describe('compileVocabulary', () => {
  it('accepts the built-in vocabularies and caches the compiled form', () => {
    expect(() => assertValidVocabulary(ENGLISH_VOCABULARY)).not.toThrow();
    expect(() => assertValidVocabulary(RUSSIAN_VOCABULARY)).not.toThrow();
    expect(compileVocabulary(ENGLISH_VOCABULARY)).toBe(compileVocabulary(ENGLISH_VOCABULARY));
  });

  it('survives a JSON round trip', () => {
    const copy = JSON.parse(JSON.stringify(RUSSIAN_VOCABULARY));
    expect(() => compileVocabulary(copy)).not.toThrow();
  });

  it.each([
    ['(a+)+', '$.vagueWords[0]'],
    ['a*b', '$.vagueWords[0]'],
    ['*', '$.vagueWords[0]'],
    ['[abc]', '$.vagueWords[0]'],
    ['x'.repeat(81), '$.vagueWords[0]'],
  ])('rejects the phrase %j', (phrase, path) => {
    const hostile = { ...ENGLISH_VOCABULARY, vagueWords: [phrase] };
    expect(() => compileVocabulary(hostile)).toThrow(VocabularyError);
    try {
      compileVocabulary(hostile);
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid-phrase', path });
    }
  });

  it('rejects too many phrases and a wrong shape', () => {
    expect(() => compileVocabulary({ ...ENGLISH_VOCABULARY, vagueWords: Array.from({ length: 401 }, (_, i) => `w${i}`) })).toThrow(
      /more than 400/u,
    );
    expect(() => assertValidVocabulary({ ...ENGLISH_VOCABULARY, script: 'klingon' })).toThrow(/\$\.script/u);
  });

  it('escapes literals and turns a trailing * into \\p{L}*', () => {
    expect(phraseToPattern('p.p.')).toBe('(?<![\\p{L}\\p{N}])p\\.p\\.');
    expect(new RegExp(phraseToPattern('женщин*'), 'u').exec('для женщинами')?.[0]).toBe('женщинами');
    expect(new RegExp(phraseToPattern('женщин*'), 'u').test('предженщин')).toBe(false);
  });
});
