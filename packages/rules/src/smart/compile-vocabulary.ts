import { assertValidVocabulary } from './assert-valid-vocabulary.ts';
import { plainAlternation } from './phrase-pattern.ts';
import { compileQuantityMatchers, type QuantityMatchers } from './quantities.ts';
import { compileTermMatcher, type TermMatcher, termPairs } from './term-matcher.ts';
import { compileTimeMatchers, type TimeMatchers } from './time-expressions.ts';
import type { ComparatorId, SocialPerformanceArea, Vocabulary } from './types.ts';
import { OPTIONAL_GAP } from './word-boundary.ts';

/** Everything the analyzer needs from one vocabulary, compiled once. */
export interface CompiledVocabulary {
  vocabulary: Vocabulary;
  quantities: QuantityMatchers;
  time: TimeMatchers;
  commonWords: RegExp;
  comparators: TermMatcher<ComparatorId>;
  targetGroups: TermMatcher<{ id: string; generic: boolean; place: boolean; area?: SocialPerformanceArea }>;
  indicators: TermMatcher<{ id: string; area?: SocialPerformanceArea }>;
  baselines: TermMatcher<string>;
  measurableVerbs: TermMatcher<true>;
  vagueWords: TermMatcher<true>;
  areas: TermMatcher<SocialPerformanceArea>;
}

const CACHE = new WeakMap<Vocabulary, CompiledVocabulary>();

/**
 * Validates and compiles a vocabulary into a handful of regular expressions, caching the
 * result per vocabulary object: compile once, analyze on every keystroke.
 *
 * @example
 * const compiled = compileVocabulary(ENGLISH_VOCABULARY);
 * compiled === compileVocabulary(ENGLISH_VOCABULARY); // true
 */
export function compileVocabulary(vocabulary: Vocabulary): CompiledVocabulary {
  const cached = CACHE.get(vocabulary);
  if (cached !== undefined) return cached;
  assertValidVocabulary(vocabulary);
  const quantities = compileQuantityMatchers(vocabulary);
  const currencies = plainAlternation(vocabulary.currencies.flatMap((entry) => entry.phrases));
  const numberAhead = `(?=${OPTIONAL_GAP}(?:\\d|\\p{Sc}|${quantities.numberWordsSource}|${currencies}))`;
  const compiled: CompiledVocabulary = {
    vocabulary,
    quantities,
    time: compileTimeMatchers(vocabulary, quantities),
    commonWords: new RegExp(plainAlternation(vocabulary.commonWords), 'gu'),
    comparators: compileTermMatcher(
      vocabulary.comparators.flatMap((entry) => entry.phrases.map((phrase): [string, ComparatorId] => [phrase, entry.id])),
      {
        source: numberAhead,
        needs: (id) => vocabulary.comparators.some((entry) => entry.id === id && entry.needsNumber === true),
      },
    ),
    targetGroups: compileTermMatcher(
      termPairs(vocabulary.targetGroups, (entry) => ({
        id: entry.id,
        generic: entry.generic === true,
        place: entry.place === true,
        ...(entry.area === undefined ? {} : { area: entry.area }),
      })),
    ),
    indicators: compileTermMatcher(
      termPairs(vocabulary.indicators, (entry) => ({ id: entry.id, ...(entry.area === undefined ? {} : { area: entry.area }) })),
    ),
    baselines: compileTermMatcher(
      termPairs(vocabulary.baselines, (entry) => `${entry.id}${entry.needsNumber === true ? '#number' : ''}`),
      { source: numberAhead, needs: (key) => key.endsWith('#number') },
    ),
    measurableVerbs: compileTermMatcher(vocabulary.measurableVerbs.map((phrase): [string, true] => [phrase, true])),
    vagueWords: compileTermMatcher(vocabulary.vagueWords.map((phrase): [string, true] => [phrase, true])),
    areas: compileTermMatcher(termPairs(vocabulary.areas, (entry) => entry.id)),
  };
  CACHE.set(vocabulary, compiled);
  return compiled;
}
