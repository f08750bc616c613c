/**
 * The SMART objective analyzer: text in, facts with character spans out.
 * Subpath candidate: `@social-lens/rules/smart`.
 */
export { analysisFacts, type AnalysisFacts } from './analysis-facts.ts';
export { analyzeObjective, BUILT_IN_VOCABULARIES, DEFAULT_MAX_LENGTH } from './analyze-objective.ts';
export { assertValidVocabulary, VOCABULARY_LIMITS, VocabularyError, vocabularyProblems, type VocabularyErrorCode, type VocabularyProblem } from './assert-valid-vocabulary.ts';
export { createStepCounter, type StepCounter } from './step-counter.ts';
export { VOCABULARY_SCHEMA, VOCABULARIES_SCHEMA } from './vocabulary-schema.ts';
export { compileVocabulary } from './compile-vocabulary.ts';
export type * from './types.ts';
export { ENGLISH_VOCABULARY } from './vocabulary/en.ts';
export { RUSSIAN_VOCABULARY } from './vocabulary/ru.ts';
export { BCS_VOCABULARY } from './vocabulary/bcs.ts';
