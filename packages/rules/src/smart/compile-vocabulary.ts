import { assertValidVocabulary } from './assert-valid-vocabulary.ts';
import { createKeyFolder } from './fold-key.ts';
import { compilePhraseMatcher, type KeyFolder, type PhraseMatcher } from './phrase-matcher.ts';
import type { ComparatorId, SocialPerformanceArea, Vocabulary } from './types.ts';

/** What a hit of each phrase list stands for. */
export interface PhraseKeys {
  commonWords: true;
  numberWords: { value: number; universal: boolean };
  scaleWords: number;
  percentWords: true;
  percentagePointWords: true;
  ratioWords: true;
  currencies: string;
  rangeFrom: true;
  rangeTo: true;
  comparators: { id: ComparatorId; needsNumber: boolean };
  months: number;
  ordinals: number;
  quarterWords: true;
  halfYearWords: true;
  ofWords: true;
  daySuffixes: true;
  yearWords: true;
  deadlinePrepositions: true;
  referencePrepositions: true;
  endOfPhrases: true;
  startOfPhrases: true;
  ambiguousDatePrepositions: true;
  singleUnitFramePrepositions: true;
  articles: true;
  framePrepositions: true;
  nextWords: true;
  timeUnits: { months: number; plural: boolean };
  vagueTime: true;
  frequencies: true;
  descriptiveDeterminers: true;
  targetGroups: { id: string; generic: boolean; place: boolean; area?: SocialPerformanceArea };
  indicators: { id: string; area?: SocialPerformanceArea };
  baselines: { id: string; needsNumber: boolean };
  measurableVerbs: true;
  vagueWords: true;
  areas: SocialPerformanceArea;
}

export type PhraseList = keyof PhraseKeys;

/** Everything the analyzer needs from one vocabulary, compiled once. */
export interface CompiledVocabulary {
  vocabulary: Vocabulary;
  fold: KeyFolder;
  matcher: PhraseMatcher<unknown>;
  groupSeparators: ReadonlySet<string>;
  decimalSeparators: ReadonlySet<string>;
}

const CACHE = new WeakMap<Vocabulary, CompiledVocabulary>();

type Pairs<List extends PhraseList> = ReadonlyArray<readonly [string, PhraseKeys[List]]>;

const flag = (phrases: readonly string[]): Pairs<'commonWords'> => phrases.map((phrase) => [phrase, true] as const);

function listsOf(vocabulary: Vocabulary): { [List in PhraseList]: Pairs<List> } {
  const each = <Entry extends { phrases: string[] }, Key>(entries: readonly Entry[], key: (entry: Entry) => Key) =>
    entries.flatMap((entry) => entry.phrases.map((phrase) => [phrase, key(entry)] as const));
  return {
    commonWords: flag(vocabulary.commonWords),
    numberWords: each(vocabulary.numberWords, (entry) => ({ value: entry.value, universal: entry.universal === true })),
    scaleWords: each(vocabulary.scaleWords, (entry) => entry.factor),
    percentWords: flag(vocabulary.percentWords),
    percentagePointWords: flag(vocabulary.percentagePointWords),
    ratioWords: flag(vocabulary.ratioWords),
    currencies: each(vocabulary.currencies, (entry) => entry.id),
    rangeFrom: flag(vocabulary.range.from),
    rangeTo: flag(vocabulary.range.to),
    comparators: each(vocabulary.comparators, (entry) => ({ id: entry.id, needsNumber: entry.needsNumber === true })),
    months: each(vocabulary.months, (entry) => entry.month),
    ordinals: each(vocabulary.ordinals, (entry) => entry.value),
    quarterWords: flag(vocabulary.quarterWords),
    halfYearWords: flag(vocabulary.halfYearWords),
    ofWords: flag(vocabulary.ofWords),
    daySuffixes: flag(vocabulary.daySuffixes),
    yearWords: flag(vocabulary.yearWords),
    deadlinePrepositions: flag(vocabulary.deadlinePrepositions),
    referencePrepositions: flag(vocabulary.referencePrepositions),
    endOfPhrases: flag(vocabulary.endOfPhrases),
    startOfPhrases: flag(vocabulary.startOfPhrases),
    ambiguousDatePrepositions: flag(vocabulary.ambiguousDatePrepositions),
    singleUnitFramePrepositions: flag(vocabulary.singleUnitFramePrepositions),
    articles: flag(vocabulary.articles),
    framePrepositions: flag(vocabulary.framePrepositions),
    nextWords: flag(vocabulary.nextWords),
    timeUnits: each(vocabulary.timeUnits, (entry) => ({ months: entry.months, plural: entry.plural === true })),
    vagueTime: flag(vocabulary.vagueTime),
    frequencies: flag(vocabulary.frequencies),
    descriptiveDeterminers: flag(vocabulary.descriptiveDeterminers),
    targetGroups: each(vocabulary.targetGroups, (entry) => ({
      id: entry.id,
      generic: entry.generic === true,
      place: entry.place === true,
      ...(entry.area === undefined ? {} : { area: entry.area }),
    })),
    indicators: each(vocabulary.indicators, (entry) => ({ id: entry.id, ...(entry.area === undefined ? {} : { area: entry.area }) })),
    baselines: each(vocabulary.baselines, (entry) => ({ id: entry.id, needsNumber: entry.needsNumber === true })),
    measurableVerbs: flag(vocabulary.measurableVerbs),
    vagueWords: flag(vocabulary.vagueWords),
    areas: each(vocabulary.areas, (entry) => entry.id),
  };
}

/**
 * Validates a vocabulary and compiles all its phrase lists into one token trie (see
 * `phrase-matcher.ts`), caching the result per vocabulary object: compile once, analyze on
 * every keystroke. No phrase becomes a regular expression.
 *
 * @example
 * const compiled = compileVocabulary(ENGLISH_VOCABULARY);
 * compiled === compileVocabulary(ENGLISH_VOCABULARY); // true
 */
export function compileVocabulary(vocabulary: Vocabulary): CompiledVocabulary {
  const cached = CACHE.get(vocabulary);
  if (cached !== undefined) return cached;
  assertValidVocabulary(vocabulary);
  const fold = createKeyFolder(vocabulary.fold ?? []);
  const { decimalSeparators, groupSeparators } = vocabulary.numberFormat;
  const compiled: CompiledVocabulary = {
    vocabulary,
    fold,
    matcher: compilePhraseMatcher(listsOf(vocabulary) as Record<PhraseList, ReadonlyArray<readonly [string, unknown]>>, fold, { exactCodes: ['currencies'] }),
    decimalSeparators: new Set(decimalSeparators),
    groupSeparators: new Set(groupSeparators.filter((separator) => !decimalSeparators.includes(separator))),
  };
  CACHE.set(vocabulary, compiled);
  return compiled;
}
