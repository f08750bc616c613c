export { createScorecardScorer, type ScoredRecord, type ScorecardScorer, type ScorecardScorerOptions } from './create-scorecard-scorer.ts';
export {
  createPovertyRateEstimator,
  ESTIMATE_NOTES,
  type GroupEstimate,
  type PovertyRate,
  type PovertyRateEstimator,
  type PovertyRateEstimatorOptions,
  type TargetingShare,
} from './poverty-rate-estimator.ts';
export { scorecardPovertyRate, type ScorecardPovertyRate, type ScorecardPovertyRateOptions } from './scorecard-poverty-rate.ts';
export { SCORECARD_CHECKS, type ScorecardCheck } from './scorecard-checks.ts';
export type { ResolvedScorecard, PovertyLevelCheck } from './resolved-scorecard.ts';
export type { ScorecardAnswer, ScorecardBand, ScorecardLines, ScorecardQuestion } from './scorecard-schema.ts';
