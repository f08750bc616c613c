import { analyzeObjective } from '../smart/analyze-objective.ts';
import type { ResolvedIndicator } from './resolved-indicators.ts';

/** The analyzer's term ids found in an objective's text. */
interface ObjectiveTerms {
  targetGroups: readonly string[];
  indicators: readonly string[];
}

/** The indicator an objective's text names, or why none was chosen. */
export interface IndicatorLink {
  indicator?: ResolvedIndicator;
  /** high: exactly one indicator matches; low: several match and this one matches most terms. */
  confidence?: 'high' | 'low';
  /** Every indicator that matched, best first. */
  candidates: string[];
}

function score(indicator: ResolvedIndicator, terms: ObjectiveTerms): number {
  const match = indicator.textMatch;
  if (!match) return 0;
  const groups = match.targetGroups ?? [];
  const named = match.indicators ?? [];
  if (groups.length === 0 && named.length === 0) return 0;
  if (!groups.every((group) => terms.targetGroups.includes(group))) return 0;
  if ((match.unlessTargetGroups ?? []).some((group) => terms.targetGroups.includes(group))) return 0;
  const namedFound = named.filter((term) => terms.indicators.includes(term)).length;
  if (named.length > 0 && namedFound === 0) return 0;
  return groups.length + namedFound;
}

/**
 * Chooses the indicator an objective's text names, from each indicator's `textMatch` (the SMART
 * analyzer's target-group and indicator term ids). A tie between the best matches links nothing.
 *
 * @example
 * matchIndicatorByTerms({ targetGroups: ['women'], indicators: ['share'] }, indicators).indicator?.localId // → 'women-share'
 */
function matchIndicatorByTerms(terms: ObjectiveTerms, indicators: readonly ResolvedIndicator[]): IndicatorLink {
  const scored = indicators
    .map((indicator) => ({ indicator, score: score(indicator, terms) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score);
  const candidates = scored.map((entry) => entry.indicator.id);
  const [best, second] = scored;
  if (!best || (second && second.score === best.score)) return { candidates };
  return { indicator: best.indicator, confidence: second ? 'low' : 'high', candidates };
}

/**
 * Links an objective's text to an indicator through the SMART analyzer (English and Russian
 * vocabularies built in).
 *
 * @example
 * linkObjectiveByText('Raise the share of women among active clients to 65% by 2027', indicators).indicator?.localId // → 'women-share'
 */
export function linkObjectiveByText(text: string, indicators: readonly ResolvedIndicator[]): IndicatorLink {
  const analysis = analyzeObjective(text);
  return matchIndicatorByTerms(
    { targetGroups: analysis.targetGroups.map((group) => group.id), indicators: analysis.indicators.map((term) => term.id) },
    indicators,
  );
}
