/**
 * Types of the SMART objective analyzer: what goes in (text, options, vocabularies as data)
 * and what comes out (plain JSON-serialisable facts with character spans).
 */

/** A half-open range of UTF-16 offsets into the ORIGINAL text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** One vocabulary entry: a normalized id and the phrases that express it. */
export interface VocabularyTerm {
  /** Normalized id shared across languages, e.g. `women`, `retention`, `atLeast`. */
  id: string;
  /**
   * Phrases in the small pattern syntax of {@link Vocabulary}: words separated by spaces
   * (matching any run of white space), a word may end in `*` (any further letters: a stem),
   * `-` matches a hyphen, a space or nothing. Everything else is literal, case-insensitive.
   */
  phrases: string[];
}

/**
 * A target group term; `generic` marks the whole clientele ("clients"), not a segment; `place`
 * marks groups that are places rather than people ("branches"): they say where, not for whom.
 */
export interface TargetGroupTerm extends VocabularyTerm {
  generic?: boolean;
  place?: boolean;
  /** Social performance area this group is evidence for (usually `outreach`). */
  area?: SocialPerformanceArea;
}

/** An indicator term, optionally evidence for a social performance area. */
export interface IndicatorTerm extends VocabularyTerm {
  area?: SocialPerformanceArea;
}

/** A comparator term; `needsNumber` accepts the phrase only when a number follows. */
export interface ComparatorTerm extends VocabularyTerm {
  id: ComparatorId;
  needsNumber?: boolean;
}

/** A baseline marker; `needsNumber` accepts it only when a number follows ("from 45%"). */
export interface BaselineTerm extends VocabularyTerm {
  needsNumber?: boolean;
}

/** A word for a number ("two", "half", "все"). `universal` marks all/every/none. */
export interface NumberWordTerm {
  value: number;
  phrases: string[];
  universal?: boolean;
}

/** A time unit of a relative frame; `plural` forms need an explicit number ("years"). */
export interface TimeUnitTerm {
  months: number;
  phrases: string[];
  plural?: boolean;
}

/**
 * All language-specific knowledge of the analyzer, as plain JSON-compatible data, so that a
 * rule-set author can add Bosnian, Croatian or Serbian without code. Patterns are strings in
 * the syntax described on {@link VocabularyTerm.phrases}; nothing is ever compiled as a raw
 * regular expression. Limits: see `VOCABULARY_LIMITS` in `compile-vocabulary.ts`.
 */
export interface Vocabulary {
  /** BCP 47 language code, e.g. `en`, `ru`, `bs`. */
  lang: string;
  /** The script the language is written in; used to detect the language of a text. */
  script: 'latin' | 'cyrillic' | 'greek' | 'other';
  /** Frequent function words ("the", "of", "и", "в"), used to tell languages of one script apart. */
  commonWords: string[];
  numberFormat: {
    /** Characters that separate thousands in this locale, e.g. `[",", " ", "\u00a0"]`. */
    groupSeparators: string[];
    /** Characters that start decimals, e.g. `["."]` or `[","]`. */
    decimalSeparators: string[];
  };
  numberWords: NumberWordTerm[];
  /** "million", "тыс." — multiply the number before them. */
  scaleWords: Array<{ factor: number; phrases: string[] }>;
  /** "percent", "процентов" (the `%` sign is always understood). */
  percentWords: string[];
  /** "percentage points", "п.п.". */
  percentagePointWords: string[];
  /** "in", "out of", "из" as in "1 in 3". */
  ratioWords: string[];
  /** Currencies; `id` is the ISO 4217 code, phrases include the code, symbols and names. */
  currencies: VocabularyTerm[];
  /** Words opening and closing a range: "from … to …", "с … до …". */
  range: { from: string[]; to: string[] };
  comparators: ComparatorTerm[];
  /** Months 1–12 with all their forms ("December", "Dec", "декабря", "декабрю"). */
  months: Array<{ month: number; phrases: string[] }>;
  /** Ordinals used with quarters and halves ("second", "второго"). */
  ordinals: Array<{ value: number; phrases: string[] }>;
  quarterWords: string[];
  halfYearWords: string[];
  /** "of" as in "December of 2027" (may be empty). */
  ofWords: string[];
  /** Suffixes of a day number: "st", "th" ("31st December"); "-го" ("31-го декабря"). */
  daySuffixes: string[];
  /** Words that may follow a year: "года", "г.". */
  yearWords: string[];
  /** Prepositions that make the following date a deadline: "by", "before", "к", "до". */
  deadlinePrepositions: string[];
  /** Prepositions that make the following date a reference, not a deadline: "since", "с". */
  referencePrepositions: string[];
  /** "end of", "the end of", "конца", "концу". */
  endOfPhrases: string[];
  /** "beginning of", "начала" (the deadline resolves to the first day of the period). */
  startOfPhrases: string[];
  /**
   * Prepositions after which a date is a deadline only when it is the latest date of the text
   * ("from 45% in 2024 to 60% in 2027": "in 2024" is a reference).
   */
  ambiguousDatePrepositions: string[];
  /** Relative frames: "within", "over", "в течение", "за". */
  framePrepositions: string[];
  /** Frame prepositions that bound a frame without a count: "within a year", "в течение года". */
  singleUnitFramePrepositions: string[];
  /** Articles that may stand for "one" in a frame: "a", "an". */
  articles: string[];
  /** "the next", "ближайшие". */
  nextWords: string[];
  timeUnits: TimeUnitTerm[];
  vagueTime: string[];
  /** Frequencies ("annually", "ежегодно"): recurring, not a deadline. */
  frequencies: string[];
  /** Words before a number that make it descriptive, not a target ("our 12 branches"). */
  descriptiveDeterminers: string[];
  targetGroups: TargetGroupTerm[];
  indicators: IndicatorTerm[];
  baselines: BaselineTerm[];
  measurableVerbs: string[];
  vagueWords: string[];
  /** Extra evidence words for the three social performance areas. */
  areas: Array<{ id: SocialPerformanceArea; phrases: string[] }>;
}

export type SocialPerformanceArea = 'outreach' | 'services' | 'clientChange';

export type ComparatorId =
  | 'atLeast'
  | 'atMost'
  | 'below'
  | 'above'
  | 'upTo'
  | 'halve'
  | 'double'
  | 'triple'
  | 'increaseBy'
  | 'reduceBy';

export type QuantityKind = 'number' | 'percentage' | 'money' | 'ratio' | 'range' | 'numberWord';

/**
 * A quantity in the text. `role` says whether it can be a target: `descriptive` ("our 12
 * branches") and `duration` ("10 years") quantities cannot.
 */
export interface Quantity {
  kind: QuantityKind;
  /** The number; for a range the upper (target) end, for a ratio numerator ÷ denominator. */
  value: number;
  /** `percent`, `percentagePoint`, `fraction` (all/half/none) … */
  unit?: string;
  /** ISO 4217 code for money. */
  currency?: string;
  /** For a range: the lower (starting) end and where it is written. */
  from?: number;
  fromSpan?: Span;
  role: 'measure' | 'descriptive' | 'duration';
  span: Span;
}

export interface Comparator {
  id: ComparatorId;
  span: Span;
}

export type DateGranularity = 'day' | 'month' | 'quarter' | 'half' | 'year';

export interface DateExpression {
  /** ISO date: the last day of the named period (the first with "beginning of"). */
  date: string;
  granularity: DateGranularity;
  span: Span;
}

export interface RelativeFrame {
  months: number;
  span: Span;
}

export interface TimeExpressions {
  /** Absolute deadlines. */
  deadlines: DateExpression[];
  /** Dates that are not deadlines: "since 2015", "than in 2024", the start of a range. */
  referenceDates: DateExpression[];
  /** Bounded relative frames: "within 18 months". */
  relativeFrames: RelativeFrame[];
  /** "as soon as possible", "в ближайшее время": not a deadline. */
  vagueTime: Array<{ span: Span }>;
  /** "annually", "ежегодно": a recurring frequency, not a deadline. */
  frequencies: Array<{ span: Span }>;
  /** The latest deadline is before `options.today`. */
  deadlinePassed: boolean;
}

export interface TermMatch {
  id: string;
  span: Span;
}

export interface TargetGroupMatch extends TermMatch {
  generic: boolean;
  place: boolean;
}

export interface Baseline {
  /** The baseline number when one follows the marker ("from 45%": 45), or the year ("than in 2024"). */
  value: number | null;
  unit?: string;
  /** From the marker to the end of its value. */
  span: Span;
}

export interface VagueWord {
  span: Span;
  /** Something measurable (a target quantity with an indicator, verb or comparator) in the same sentence. */
  anchored: boolean;
}

export interface AreaEvidence {
  area: SocialPerformanceArea;
  evidence: Span[];
}

/** The result of {@link analyzeObjective}: plain data, JSON-serialisable. */
export interface ObjectiveAnalysis {
  /** Language of the vocabulary used. */
  lang: string;
  /** Language detected from the text (`und` when no vocabulary fits a long-enough text). */
  detectedLang: string;
  supportedLang: boolean;
  /** Length of the original text in UTF-16 code units. */
  length: number;
  /** Number of code units analyzed (≤ `maxLength`). */
  analyzedLength: number;
  empty: boolean;
  tooLong: boolean;
  controlCharacters: boolean;
  /** Spans of control characters (other than tab, line feed and carriage return). */
  controlCharacterSpans: Span[];
  quantities: Quantity[];
  comparators: Comparator[];
  time: TimeExpressions;
  targetGroups: TargetGroupMatch[];
  indicators: TermMatch[];
  baselines: Baseline[];
  actionVerbs: {
    measurableVerbs: Array<{ span: Span }>;
    vagueWords: VagueWord[];
  };
  vagueUnanchored: boolean;
  areas: AreaEvidence[];
}

export interface AnalyzeOptions {
  /** `en`, `ru` or the `lang` of a supplied vocabulary; default: detected from the text. */
  lang?: string;
  /** ISO date used to tell whether the deadline has passed. */
  today?: string;
  /** Extra or replacement vocabularies, keyed by language. */
  vocabularies?: Record<string, Vocabulary>;
  /** Analyze at most this many code units (default 2000). */
  maxLength?: number;
}

/** Structured fields an objective may carry next to its text. */
export interface StructuredObjectiveFields {
  indicator?: string | null;
  baseline?: number | string | null;
  target?: number | string | null;
  deadline?: string | null;
  targetGroup?: string | null;
  area?: string | null;
  goal?: string | null;
}
