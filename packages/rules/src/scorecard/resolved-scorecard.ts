import type { LocalizedText } from '../ruleset/rule-set-types.ts';
import type { ScorecardBand, ScorecardLines, ScorecardQuestion } from './scorecard-schema.ts';

/** How a declared `povertyLevel` is compared with the likelihoods (parameters in force). */
export interface PovertyLevelCheck {
  /** The line id compared: its likelihood is the chance of being below that line. */
  line: string;
  /** Declared very-poor or poor, with a likelihood below this: a contradiction. */
  minLikelihoodIfPoor: number;
  /** Declared non-poor, with a likelihood above this: a contradiction. */
  maxLikelihoodIfNonPoor: number;
}

/** A scorecard ready to score records: questions in order, bands sorted by score. */
export interface ResolvedScorecard {
  /** `id@version` of the document that defines the questions, lines and lookup. */
  definedBy: string;
  title: LocalizedText;
  country?: string;
  source?: string;
  /** A record field with a stored total score to compare with the computed one. */
  scoreField?: string;
  questions: readonly ScorecardQuestion[];
  lines: ScorecardLines;
  /** Line ids in order of the ids (numbers compared as numbers), whatever the order of the document's keys. */
  lineIds: readonly string[];
  /** Bands sorted by score. */
  lookup: readonly ScorecardBand[];
  /** The highest score the answers can give (a shortcut answer included). */
  maxScore: number;
  povertyLevelCheck: PovertyLevelCheck;
  /** Cut-offs of the targeting figure: the share of scored clients with a score at or below each. */
  targetingCutoffs: readonly number[];
}
