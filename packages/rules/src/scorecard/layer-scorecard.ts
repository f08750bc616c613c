import type { RuleSetProblem } from '../errors.ts';
import type { ScorecardBand, ScorecardLines, ScorecardQuestion } from './scorecard-schema.ts';

/** The parts of a document that define a scorecard, as written. */
export interface ScorecardDefinition {
  questions: readonly ScorecardQuestion[];
  lines: ScorecardLines;
  lookup: readonly ScorecardBand[];
  country?: string;
  source?: string;
  scoreField?: string;
}

/** A scorecard as a resolution layer holds it: its definition, where it comes from, its lint warnings. */
export interface LayerScorecard {
  /** `id@version` of the document that defines the questions, lines and lookup. */
  definedBy: string;
  definition: ScorecardDefinition;
  warnings: RuleSetProblem[];
}
