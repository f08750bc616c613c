import type { ScorecardQuestion } from './scorecard-schema.ts';

/**
 * The highest score a household can get: the sum of each question's highest points (shortcut
 * answers aside), or a shortcut's total score when that is higher.
 *
 * @example highestScore(kyrgyzQuestions) // → 100 (99 from the points, 100 through the one-member shortcut)
 */
export function highestScore(questions: readonly ScorecardQuestion[]): number {
  let sum = 0;
  let shortcut = 0;
  for (const question of questions) {
    let best = 0;
    for (const answer of question.answers) {
      if (answer['setsTotalScore'] === undefined) best = Math.max(best, answer['points']);
      else shortcut = Math.max(shortcut, answer['setsTotalScore']);
    }
    sum += best;
  }
  return Math.max(sum, shortcut);
}
