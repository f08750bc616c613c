import type { Vocabulary } from './types.ts';

/**
 * Bounds on vocabularies that may come from other organisations: a vocabulary beyond them is
 * rejected rather than compiled into a regular expression that could be slow.
 */
export const VOCABULARY_LIMITS = {
  maxPhraseLength: 80,
  maxPhrasesPerList: 400,
  maxPhrasesTotal: 4000,
  maxWordsPerPhrase: 8,
} as const;

export type VocabularyErrorCode = 'invalid-shape' | 'invalid-phrase' | 'too-many-phrases';

/** A vocabulary that cannot be compiled; `path` is the JSON path of the offending value. */
export class VocabularyError extends Error {
  override readonly name = 'VocabularyError';
  readonly code: VocabularyErrorCode;
  readonly path: string;
  constructor(code: VocabularyErrorCode, path: string, message: string) {
    super(`${path}: ${message}`);
    this.code = code;
    this.path = path;
  }
}

/**
 * Characters a phrase may contain once its stem marks are removed: letters, combining marks,
 * digits, spaces and a few punctuation and currency signs. No regular-expression syntax.
 */
const ALLOWED_PHRASE = /^[\p{L}\p{M}\p{N}\p{Sc} .,'’%&/:>-]+$/u;
/** A `*` is a stem mark only right after a letter and at the end of a word. */
const STEM_MARKS = /(?<=[\p{L}\p{M}])\*(?=\s|$)/gu;

/** Counts phrases across a whole vocabulary to enforce {@link VOCABULARY_LIMITS}. */
interface PhraseBudget {
  total: number;
}

/** Checks one list of phrases; throws {@link VocabularyError} naming its JSON path. */
export function assertValidPhrases(phrases: unknown, path: string, budget: PhraseBudget): asserts phrases is string[] {
  if (!Array.isArray(phrases)) {
    throw new VocabularyError('invalid-shape', path, 'expected an array of phrases');
  }
  if (phrases.length > VOCABULARY_LIMITS.maxPhrasesPerList) {
    throw new VocabularyError('too-many-phrases', path, `more than ${VOCABULARY_LIMITS.maxPhrasesPerList} phrases`);
  }
  budget.total += phrases.length;
  if (budget.total > VOCABULARY_LIMITS.maxPhrasesTotal) {
    throw new VocabularyError('too-many-phrases', path, `more than ${VOCABULARY_LIMITS.maxPhrasesTotal} phrases in the vocabulary`);
  }
  phrases.forEach((phrase, index) => {
    const at = `${path}[${index}]`;
    if (typeof phrase !== 'string' || phrase.trim() === '') {
      throw new VocabularyError('invalid-phrase', at, 'expected a non-empty string');
    }
    if (phrase.length > VOCABULARY_LIMITS.maxPhraseLength) {
      throw new VocabularyError('invalid-phrase', at, `longer than ${VOCABULARY_LIMITS.maxPhraseLength} characters`);
    }
    if (phrase.trim().split(/\s+/u).length > VOCABULARY_LIMITS.maxWordsPerPhrase) {
      throw new VocabularyError('invalid-phrase', at, `more than ${VOCABULARY_LIMITS.maxWordsPerPhrase} words`);
    }
    if (!ALLOWED_PHRASE.test(phrase.replace(STEM_MARKS, ''))) {
      throw new VocabularyError(
        'invalid-phrase',
        at,
        'only letters, digits, spaces, . , \' % & / : > - and currency signs are allowed; * only at the end of a word',
      );
    }
  });
}

const SCRIPTS = new Set(['latin', 'cyrillic', 'greek', 'other']);
const AREAS = new Set(['outreach', 'services', 'clientChange']);
const COMPARATORS = new Set(['atLeast', 'atMost', 'below', 'above', 'upTo', 'halve', 'double', 'triple', 'increaseBy', 'reduceBy']);
const ID_PATTERN = /^[A-Za-z][A-Za-z0-9-]{0,40}$/u;
const SEPARATORS = new Set([',', '.', ' ', '\u00a0', '\u202f', "'", '’']);

function assertObject(value: unknown, path: string): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new VocabularyError('invalid-shape', path, 'expected an object');
  }
}

function assertFiniteNumber(value: unknown, path: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new VocabularyError('invalid-shape', path, 'expected a finite number');
  }
}

function assertTerms(
  value: unknown,
  path: string,
  budget: PhraseBudget,
  check: (entry: Record<string, unknown>, at: string) => void,
): void {
  if (!Array.isArray(value)) throw new VocabularyError('invalid-shape', path, 'expected an array');
  if (value.length > VOCABULARY_LIMITS.maxPhrasesPerList) {
    throw new VocabularyError('too-many-phrases', path, `more than ${VOCABULARY_LIMITS.maxPhrasesPerList} entries`);
  }
  value.forEach((entry, index) => {
    const at = `${path}[${index}]`;
    assertObject(entry, at);
    assertValidPhrases(entry.phrases, `${at}.phrases`, budget);
    check(entry, at);
  });
}

function assertId(value: unknown, path: string, allowed?: Set<string>): void {
  if (typeof value !== 'string' || !ID_PATTERN.test(value) || (allowed !== undefined && !allowed.has(value))) {
    throw new VocabularyError('invalid-shape', path, allowed ? `expected one of ${[...allowed].join(', ')}` : 'expected an id (letters, digits, -)');
  }
}

/**
 * Checks that a value is a {@link Vocabulary} within {@link VOCABULARY_LIMITS}; throws a
 * {@link VocabularyError} with the JSON path of the first problem.
 *
 * @example
 * assertValidVocabulary(JSON.parse(bosnianJson)); // throws on `"phrases": ["(a+)+"]`
 */
export function assertValidVocabulary(value: unknown): asserts value is Vocabulary {
  assertObject(value, '$');
  const budget: PhraseBudget = { total: 0 };
  if (typeof value.lang !== 'string' || !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u.test(value.lang)) {
    throw new VocabularyError('invalid-shape', '$.lang', 'expected a language code such as "bs"');
  }
  if (typeof value.script !== 'string' || !SCRIPTS.has(value.script)) {
    throw new VocabularyError('invalid-shape', '$.script', `expected one of ${[...SCRIPTS].join(', ')}`);
  }
  const format = value.numberFormat;
  assertObject(format, '$.numberFormat');
  for (const key of ['groupSeparators', 'decimalSeparators'] as const) {
    const list = format[key];
    if (!Array.isArray(list) || list.length > 6 || !list.every((s) => typeof s === 'string' && SEPARATORS.has(s))) {
      throw new VocabularyError('invalid-shape', `$.numberFormat.${key}`, 'expected separators among , . \' and spaces');
    }
  }
  for (const key of [
    'commonWords',
    'percentWords',
    'percentagePointWords',
    'ratioWords',
    'quarterWords',
    'halfYearWords',
    'ofWords',
    'yearWords',
    'daySuffixes',
    'ambiguousDatePrepositions',
    'singleUnitFramePrepositions',
    'articles',
    'deadlinePrepositions',
    'referencePrepositions',
    'endOfPhrases',
    'startOfPhrases',
    'framePrepositions',
    'nextWords',
    'vagueTime',
    'frequencies',
    'descriptiveDeterminers',
    'measurableVerbs',
    'vagueWords',
  ] as const) {
    assertValidPhrases(value[key], `$.${key}`, budget);
  }
  assertObject(value.range, '$.range');
  assertValidPhrases(value.range.from, '$.range.from', budget);
  assertValidPhrases(value.range.to, '$.range.to', budget);
  assertTerms(value.numberWords, '$.numberWords', budget, (entry, at) => assertFiniteNumber(entry.value, `${at}.value`));
  assertTerms(value.scaleWords, '$.scaleWords', budget, (entry, at) => assertFiniteNumber(entry.factor, `${at}.factor`));
  assertTerms(value.currencies, '$.currencies', budget, (entry, at) => {
    if (typeof entry.id !== 'string' || !/^[A-Z]{3}$/u.test(entry.id)) {
      throw new VocabularyError('invalid-shape', `${at}.id`, 'expected an ISO 4217 code');
    }
  });
  assertTerms(value.comparators, '$.comparators', budget, (entry, at) => assertId(entry.id, `${at}.id`, COMPARATORS));
  assertTerms(value.months, '$.months', budget, (entry, at) => {
    if (!Number.isInteger(entry.month) || (entry.month as number) < 1 || (entry.month as number) > 12) {
      throw new VocabularyError('invalid-shape', `${at}.month`, 'expected 1–12');
    }
  });
  assertTerms(value.ordinals, '$.ordinals', budget, (entry, at) => assertFiniteNumber(entry.value, `${at}.value`));
  assertTerms(value.timeUnits, '$.timeUnits', budget, (entry, at) => assertFiniteNumber(entry.months, `${at}.months`));
  assertTerms(value.targetGroups, '$.targetGroups', budget, (entry, at) => {
    assertId(entry.id, `${at}.id`);
    if (entry.area !== undefined) assertId(entry.area, `${at}.area`, AREAS);
  });
  assertTerms(value.indicators, '$.indicators', budget, (entry, at) => {
    assertId(entry.id, `${at}.id`);
    if (entry.area !== undefined) assertId(entry.area, `${at}.area`, AREAS);
  });
  assertTerms(value.baselines, '$.baselines', budget, (entry, at) => assertId(entry.id, `${at}.id`));
  assertTerms(value.areas, '$.areas', budget, (entry, at) => assertId(entry.id, `${at}.id`, AREAS));
}
