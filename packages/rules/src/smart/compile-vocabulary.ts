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
  indicators: { id: string; needsMeasure: boolean; area?: SocialPerformanceArea };
  baselines: { id: string; needsNumber: boolean };
  measurableVerbs: true;
  vagueWords: true;
  areas: SocialPerformanceArea;
  populationNouns: true;
  agentExceptions: true;
  labelWords: true;
  fixedExpressions: true;
  helpingVerbs: true;
  deliverables: true;
  clauseJoiners: true;
  yearNouns: true;
  thresholdUnits: true;
  populationIndicators: true;
  commitmentVerbs: true;
  documentNouns: true;
  groupQualifiers: true;
  fundingNouns: true;
  amountPrepositions: true;
  relativeDeadlines: true;
  ageWords: true;
  thresholdWords: true;
  priceWords: true;
  meansMarkers: true;
  enablingWords: true;
  clauseVerbs: true;
  notPopulations: true;
}

export type PhraseList = keyof PhraseKeys;

/** Everything the analyzer needs from one vocabulary, compiled once. */
export interface CompiledVocabulary {
  vocabulary: Vocabulary;
  fold: KeyFolder;
  matcher: PhraseMatcher<unknown>;
  groupSeparators: ReadonlySet<string>;
  decimalSeparators: ReadonlySet<string>;
  /** Other keys a token is also looked up under: its base forms ("adults" → "adult"). */
  lemmasOf: (key: string) => readonly string[];
  /** Whether a word names a person by its suffix ("предпринимателям"). */
  isAgentNoun: (key: string) => boolean;
}

const NO_LEMMAS: readonly string[] = [];

function createLemmatizer(lemmas: Vocabulary['lemmas'], fold: KeyFolder): (key: string) => readonly string[] {
  const suffixes = (lemmas?.suffixes ?? []).map((rule) => ({ suffix: fold(rule.suffix.toLowerCase()), replacement: fold(rule.replacement.toLowerCase()) }));
  const irregular = new Map((lemmas?.irregular ?? []).map(([form, lemma]) => [fold(form!.toLowerCase()), fold(lemma!.toLowerCase())]));
  if (suffixes.length === 0 && irregular.size === 0) return () => NO_LEMMAS;
  return (key) => {
    const found: string[] = [];
    const base = irregular.get(key);
    if (base !== undefined) found.push(base);
    for (const { suffix, replacement } of suffixes) {
      if (key.length >= suffix.length + 2 && key.endsWith(suffix)) found.push(key.slice(0, key.length - suffix.length) + replacement);
    }
    return found.length === 0 ? NO_LEMMAS : found;
  };
}

function createAgentNounTest(agentNouns: Vocabulary['agentNouns'], fold: KeyFolder): (key: string) => boolean {
  if (agentNouns === undefined) return () => false;
  const suffixes = agentNouns.suffixes.map((suffix) => fold(suffix.toLowerCase()));
  // Longest endings first, so that "-ями" is stripped before "-и".
  const endings = agentNouns.endings.map((ending) => fold(ending.toLowerCase())).sort((a, b) => b.length - a.length);
  const minimum = agentNouns.minStemLength ?? 6;
  return (key) => {
    for (const ending of endings) {
      if (!key.endsWith(ending)) continue;
      const stem = key.slice(0, key.length - ending.length);
      if (stem.length >= minimum && suffixes.some((suffix) => stem.endsWith(suffix))) return true;
    }
    return false;
  };
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
    indicators: each(vocabulary.indicators, (entry) => ({
      id: entry.id,
      needsMeasure: entry.needsMeasure === true,
      ...(entry.area === undefined ? {} : { area: entry.area }),
    })),
    baselines: each(vocabulary.baselines, (entry) => ({ id: entry.id, needsNumber: entry.needsNumber === true })),
    measurableVerbs: flag(vocabulary.measurableVerbs),
    vagueWords: flag(vocabulary.vagueWords),
    areas: each(vocabulary.areas, (entry) => entry.id),
    populationNouns: flag(vocabulary.populationNouns ?? []),
    agentExceptions: flag(vocabulary.agentNouns?.exceptions ?? []),
    labelWords: flag(vocabulary.labelWords ?? []),
    fixedExpressions: flag(vocabulary.fixedExpressions ?? []),
    helpingVerbs: flag(vocabulary.helpingVerbs ?? []),
    deliverables: flag(vocabulary.deliverables ?? []),
    clauseJoiners: flag(vocabulary.clauseJoiners ?? []),
    yearNouns: flag(vocabulary.yearNouns ?? []),
    thresholdUnits: flag(vocabulary.thresholdUnits ?? []),
    populationIndicators: flag(vocabulary.populationIndicators ?? []),
    commitmentVerbs: flag(vocabulary.commitmentVerbs ?? []),
    documentNouns: flag(vocabulary.documentNouns ?? []),
    groupQualifiers: flag(vocabulary.groupQualifiers ?? []),
    fundingNouns: flag(vocabulary.fundingNouns ?? []),
    amountPrepositions: flag(vocabulary.amountPrepositions ?? []),
    relativeDeadlines: flag(vocabulary.relativeDeadlines ?? []),
    ageWords: flag(vocabulary.ageWords ?? []),
    clauseVerbs: flag(vocabulary.clauseVerbs ?? []),
    notPopulations: flag(vocabulary.notPopulations ?? []),
    thresholdWords: flag(vocabulary.thresholdWords ?? []),
    priceWords: flag(vocabulary.priceWords ?? []),
    meansMarkers: flag(vocabulary.meansMarkers ?? []),
    enablingWords: flag(vocabulary.enablingWords ?? []),
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
    lemmasOf: createLemmatizer(vocabulary.lemmas, fold),
    isAgentNoun: createAgentNounTest(vocabulary.agentNouns, fold),
  };
  CACHE.set(vocabulary, compiled);
  return compiled;
}
