import type { Finding } from '../findings/finding-schema.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { createScorecardScorer } from '../scorecard/create-scorecard-scorer.ts';
import { SCORECARD_CHECKS, type ScorecardCheck } from '../scorecard/scorecard-checks.ts';
import type { ScenarioCase } from './scenario-schema.ts';

/**
 * Runs one household through a scorecard rule set: its findings, and what differs from the
 * case's expected score, band and likelihoods (each compared only when the case gives it).
 *
 * @example
 * runScorecardCase(ruleSet, { ppiOblast: 'batken', … }, { name: 'x', score: 57, expect: [] }, 'en').problem // → undefined
 */
export function runScorecardCase(
  ruleSet: ResolvedRuleSet,
  record: Readonly<Record<string, unknown>>,
  testCase: Pick<ScenarioCase, 'score' | 'band' | 'likelihoods'>,
  lang: string,
): { findings: Finding[]; problem?: string } {
  const scored = createScorecardScorer(ruleSet, { lang }).score(record, { line: 1 });
  const problems: string[] = [];
  const compare = (name: string, expected: unknown, actual: unknown) => {
    if (expected !== undefined && JSON.stringify(expected) !== JSON.stringify(actual)) {
      problems.push(`${name}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  };
  compare('score', testCase.score, scored.score);
  compare('band', testCase.band, scored.band);
  const lines = ruleSet.scorecard?.lineIds ?? [];
  const ordered = (likelihoods: Readonly<Record<string, unknown>> | null | undefined) =>
    likelihoods &&
    Object.fromEntries(
      [...lines, ...Object.keys(likelihoods)].filter((line, index, all) => all.indexOf(line) === index).map((line) => [line, likelihoods[line]]),
    );
  compare('likelihoods', ordered(testCase.likelihoods), ordered(scored.likelihoods));
  return { findings: scored.findings, ...(problems.length > 0 ? { problem: problems.join('; ') } : {}) };
}

/**
 * The checks a scorecard's own scenario tests must trigger and nearly miss: every check, but
 * `answer-disagrees` only with a question that has `agreesWith` and `total-score-differs` only
 * with a `scoreField`. A rule set that extends a scorecard tests its own parts only.
 */
export function scorecardChecksToCover(ruleSet: ResolvedRuleSet): string[] {
  const scorecard = ruleSet.scorecard;
  if (!scorecard || scorecard.definedBy !== ruleSet.ref) return [];
  const applies: Record<ScorecardCheck, boolean> = {
    'answer-not-in-list': true,
    'answers-missing': true,
    'not-interviewed': true,
    'answer-disagrees': scorecard.questions.some((question) => question['agreesWith'] !== undefined),
    'total-score-differs': scorecard.scoreField !== undefined,
    'poverty-level-contradicts': true,
  };
  return (Object.keys(SCORECARD_CHECKS) as ScorecardCheck[]).filter((check) => applies[check]).map((check) => `${ruleSet.id}#${check}`);
}
