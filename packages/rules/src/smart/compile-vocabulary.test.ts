import { describe, expect, it } from 'vitest';
import { validateRuleSetDocument } from '../ruleset/validate-rule-set.ts';
import { VocabularyError, vocabularyProblems } from './assert-valid-vocabulary.ts';
import { compileVocabulary } from './compile-vocabulary.ts';
import { BCS_VOCABULARY } from './vocabulary/bcs.ts';
import { ENGLISH_VOCABULARY } from './vocabulary/en.ts';
import { RUSSIAN_VOCABULARY } from './vocabulary/ru.ts';

function ruleSetWith(vocabulary: unknown): unknown {
  return { id: 'assoc/objectives', version: '1.0.0', title: 'Objectives', subject: 'objective', rules: [], vocabulary: { xx: vocabulary } };
}

describe('compileVocabulary', () => {
  it('accepts the built-in vocabularies, in the rule-set schema too, and caches the compiled form', () => {
    for (const vocabulary of [ENGLISH_VOCABULARY, RUSSIAN_VOCABULARY, BCS_VOCABULARY]) {
      expect(vocabularyProblems(vocabulary)).toEqual([]);
      expect(validateRuleSetDocument(ruleSetWith(vocabulary))).toEqual([]);
    }
    expect(compileVocabulary(ENGLISH_VOCABULARY)).toBe(compileVocabulary(ENGLISH_VOCABULARY));
  });

  it('survives a JSON round trip', () => {
    const copy = JSON.parse(JSON.stringify(RUSSIAN_VOCABULARY));
    expect(() => compileVocabulary(copy)).not.toThrow();
  });

  it.each([
    ['a - - - - - - a', '/vocabulary/xx/vagueWords/0'],
    ['(a+)+', '/vocabulary/xx/vagueWords/0'],
    ['a*b', '/vocabulary/xx/vagueWords/0'],
    ['*', '/vocabulary/xx/vagueWords/0'],
    ['[abc]', '/vocabulary/xx/vagueWords/0'],
    ['two  spaces', '/vocabulary/xx/vagueWords/0'],
    ['x'.repeat(81), '/vocabulary/xx/vagueWords/0'],
    [`${'a'.repeat(100_000)} (`, '/vocabulary/xx/vagueWords/0'],
  ])('the rule-set schema rejects the phrase %j at its JSON path', (phrase, path) => {
    const problems = validateRuleSetDocument(ruleSetWith({ ...ENGLISH_VOCABULARY, vagueWords: [phrase] }));
    expect(problems.map((problem) => [problem.code, problem.path])).toContainEqual(['schema', path]);
  });

  it('the schema rejects a wrong shape with its path', () => {
    const problems = validateRuleSetDocument(ruleSetWith({ ...ENGLISH_VOCABULARY, script: 'klingon', targetGroups: [{ id: 'women' }] }));
    expect(problems.map((problem) => problem.path).sort()).toEqual(['/vocabulary/xx/script', '/vocabulary/xx/targetGroups/0']);
  });

  it('refuses more phrases than it compiles, naming where the budget ran out', () => {
    const many = Array.from({ length: 400 }, (_, index) => `w${index}`);
    const big = {
      ...ENGLISH_VOCABULARY,
      vagueWords: many,
      measurableVerbs: many,
      commonWords: many,
      vagueTime: many,
      frequencies: many,
      nextWords: many,
      articles: many,
      ofWords: many,
      yearWords: many,
      daySuffixes: many,
    };
    expect(vocabularyProblems(big)).toEqual([
      { code: 'too-many-phrases', path: expect.stringMatching(/^\//u), message: 'more than 4000 phrases in the vocabulary' },
    ]);
    expect(() => compileVocabulary(big)).toThrow(VocabularyError);
  });
});
