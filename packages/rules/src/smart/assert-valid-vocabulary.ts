import type { Vocabulary } from './types.ts';

/**
 * What the vocabulary schema cannot say: a bound on the phrases of one vocabulary taken
 * together (the schema bounds each list), so that compiling a vocabulary from another
 * organisation costs bounded time and memory.
 */
export const VOCABULARY_LIMITS = {
  maxPhrasesTotal: 4000,
} as const;

export type VocabularyErrorCode = 'too-many-phrases';

/** A vocabulary the schema accepts but the analyzer will not compile; `path` is a JSON Pointer into it. */
export class VocabularyError extends Error {
  override readonly name = 'VocabularyError';
  constructor(
    readonly code: VocabularyErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(`${path || '/'}: ${message}`);
  }
}

/** One problem of {@link vocabularyProblems}. */
export interface VocabularyProblem {
  code: VocabularyErrorCode;
  /** JSON Pointer into the vocabulary, e.g. `/targetGroups/12/phrases`. */
  path: string;
  message: string;
}

function* phraseLists(value: unknown, path: string): Generator<{ path: string; count: number }> {
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string')) yield { path, count: value.length };
    else for (const [index, item] of value.entries()) yield* phraseLists(item, `${path}/${index}`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* phraseLists(item, `${path}/${key}`);
  }
}

/**
 * The problems of a schema-valid vocabulary that its schema cannot express: more than
 * {@link VOCABULARY_LIMITS}.maxPhrasesTotal phrases in all its lists together.
 *
 * @example
 * vocabularyProblems(ENGLISH_VOCABULARY); // []
 */
export function vocabularyProblems(vocabulary: Vocabulary): VocabularyProblem[] {
  let total = 0;
  for (const list of phraseLists(vocabulary, '')) {
    if (list.path === '/numberFormat/groupSeparators' || list.path === '/numberFormat/decimalSeparators' || list.path === '/fold') continue;
    total += list.count;
    if (total > VOCABULARY_LIMITS.maxPhrasesTotal) {
      return [{ code: 'too-many-phrases', path: list.path, message: `more than ${VOCABULARY_LIMITS.maxPhrasesTotal} phrases in the vocabulary` }];
    }
  }
  return [];
}

/**
 * Throws a {@link VocabularyError} for the first of {@link vocabularyProblems}.
 *
 * @example
 * assertValidVocabulary(vocabulary); // throws when its lists hold 4,001 phrases together
 */
export function assertValidVocabulary(vocabulary: Vocabulary): void {
  const [problem] = vocabularyProblems(vocabulary);
  if (problem !== undefined) throw new VocabularyError(problem.code, problem.path, problem.message);
}
