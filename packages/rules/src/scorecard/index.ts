export { createScorecardScorer, type ScoredRecord, type ScorecardScorer, type ScorecardScorerOptions } from './create-scorecard-scorer.ts';
export {
  createPovertyRateEstimator,
  ESTIMATE_NOTES,
  MAX_GROUPS_PER_FIELD,
  type GroupEstimate,
  type PovertyRate,
  type PovertyRateEstimator,
  type PovertyRateEstimatorOptions,
  type TargetingShare,
} from './poverty-rate-estimator.ts';
export { scorecardPovertyRate, type ScorecardPovertyRate, type ScorecardPovertyRateOptions } from './scorecard-poverty-rate.ts';
export { createAnswerIndex, matchAnswer, type AnswerIndex, type AnswerMatch } from './match-answer.ts';
export { SCORECARD_CHECKS, type ScorecardCheck } from './scorecard-checks.ts';
export { SCORECARD_PARAMETERS } from './scorecard-parameters.ts';
export type { ResolvedScorecard, PovertyLevelCheck } from './resolved-scorecard.ts';
export type { ScorecardAnswer, ScorecardBand, ScorecardLines, ScorecardQuestion } from './scorecard-schema.ts';
