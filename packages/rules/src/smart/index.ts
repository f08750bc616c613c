/**
 * The SMART objective analyzer: text in, facts with character spans out.
 * Subpath candidate: `@social-lens/rules/smart`.
 */
export { type AnalysisFacts, analysisFacts } from './analysis-facts.ts';
export { analyzeObjective, BUILT_IN_VOCABULARIES, DEFAULT_MAX_LENGTH } from './analyze-objective.ts';
export {
  assertValidVocabulary,
  VOCABULARY_LIMITS,
  VocabularyError,
  type VocabularyErrorCode,
  type VocabularyProblem,
  vocabularyProblems,
} from './assert-valid-vocabulary.ts';
export { compileVocabulary } from './compile-vocabulary.ts';
export { createStepCounter, type StepCounter } from './step-counter.ts';
export type * from './types.ts';
export { BCS_VOCABULARY } from './vocabulary/bcs.ts';
export { ENGLISH_VOCABULARY } from './vocabulary/en.ts';
export { RUSSIAN_VOCABULARY } from './vocabulary/ru.ts';
export { VOCABULARIES_SCHEMA, VOCABULARY_SCHEMA } from './vocabulary-schema.ts';
