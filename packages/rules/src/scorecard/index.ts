export { createScorecardScorer, type ScorecardScorer, type ScorecardScorerOptions, type ScoredRecord } from './create-scorecard-scorer.ts';
export {
  createPovertyRateEstimator,
  ESTIMATE_NOTES,
  type GroupEstimate,
  type PovertyRate,
  type PovertyRateEstimator,
  type PovertyRateEstimatorOptions,
  type TargetingShare,
} from './poverty-rate-estimator.ts';
export type { PovertyLevelCheck, ResolvedScorecard } from './resolved-scorecard.ts';
export { SCORECARD_CHECKS, type ScorecardCheck } from './scorecard-checks.ts';
export { type ScorecardPovertyRate, type ScorecardPovertyRateOptions, scorecardPovertyRate } from './scorecard-poverty-rate.ts';
export type { ScorecardAnswer, ScorecardBand, ScorecardLines, ScorecardQuestion } from './scorecard-schema.ts';
