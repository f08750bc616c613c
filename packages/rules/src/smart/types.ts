/**
 * Types of the SMART objective analyzer: what goes in (text, options, vocabularies as data)
 * and what comes out (plain JSON-serialisable facts with character spans).
 */

/** A half-open range of UTF-16 offsets into the ORIGINAL text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

import type { StepCounter } from './step-counter.ts';
import type { Vocabulary } from './vocabulary-schema.ts';

export type { Vocabulary } from './vocabulary-schema.ts';

/** A target group term; `generic` marks the whole clientele, `place` groups that are places ("branches"). */
export type TargetGroupTerm = Vocabulary['targetGroups'][number];
/** An indicator term, optionally evidence for a social performance area. */
export type IndicatorTerm = Vocabulary['indicators'][number];
/** A comparator term; `needsNumber` accepts the phrase only when a number follows. */
export type ComparatorTerm = Vocabulary['comparators'][number];

export type SocialPerformanceArea = Vocabulary['areas'][number]['id'];

export type ComparatorId = ComparatorTerm['id'];

/**
 * What a number does in the text: only a `measure` can be a target. `descriptive` describes
 * ("our 12 branches", "the two governorates"), `duration` is a length of time ("for 10 years"),
 * `label` numbers a list item ("Objective 1.", "Target 1.A"), `threshold` defines an indicator
 * ("$1.25 a day"), `universal` is "all" / "все" not followed by whom.
 */
export type QuantityRole = 'measure' | 'descriptive' | 'duration' | 'label' | 'threshold' | 'universal';

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
  role: QuantityRole;
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
  /** Frequencies in a clause with a target ("10,000 loans a year"): a recurring target, bounded by its period. */
  recurringTargets: Array<{ span: Span }>;
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
  /** Things the objective promises to deliver ("a consumer protection framework"). */
  deliverables: Array<{ span: Span }>;
  /** Clauses that promise a change; of several, those whose vague change names nothing to measure, and the verbs of those without a target or without whom they are for. */
  changes: { count: number; withoutWhat: Span[]; withoutTarget: Span[]; withoutWho: Span[] };
  areas: AreaEvidence[];
}

export interface AnalyzeOptions {
  /** `en`, `ru` or the `lang` of a supplied vocabulary; default: detected from the text. */
  lang?: string;
  /** ISO date used to tell whether the deadline has passed. */
  today?: string;
  /** Extra or replacement vocabularies, keyed by language. */
  vocabularies?: Readonly<Record<string, Vocabulary>>;
  /** Analyze at most this many code units (default 2000). */
  maxLength?: number;
  /** Counts the phrase-matching steps (tests prove the cost bound with it). */
  stepCounter?: StepCounter;
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
