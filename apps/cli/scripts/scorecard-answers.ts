import type { RuleSetDocument } from '@social-lens/rules';
import { createSeededRandom } from '@social-lens/rules/aggregate';
import type { RawRecord } from './client-export-generator.ts';

/** Branch → oblast of the example MFI: branches differ in where their clients live. */
const OBLAST_OF_BRANCH: Readonly<Record<string, readonly string[]>> = {
  BR1: ['osh', 'jalal-abad'],
  BR2: ['bishkek', 'chui'],
  BR3: ['naryn', 'issyk-kul'],
  BR4: ['batken', 'osh'],
  BR5: ['talas', 'chui'],
};

export interface ScorecardAnswersOptions {
  seed: number;
  /** Share of clients never interviewed (no answer at all). */
  notInterviewedShare: number;
  /** Share of interviewed clients with one answer blank, one answer not in the list, or a stored score off by a few points. */
  faultShare: number;
}

/**
 * Adds the answers of a scorecard (the Kyrgyz PPI by default in the example) to generated client
 * records, deterministically for a seed: the household-size answer follows `householdSize`, the
 * oblast the branch, and the other answers a household's income per member (richer households
 * answer further down the list, where the points are higher), with noise. The stored score
 * (`ppiScore`) is the sum of the points, or the shortcut's total; a few records get a fault.
 * Returns the records with their answer columns, and the names of those columns.
 *
 * @example addScorecardAnswers(generated.records, kyrgyzScorecard, { seed: 20061, notInterviewedShare: 0.05, faultShare: 0.04 })
 */
export function addScorecardAnswers(
  records: readonly RawRecord[],
  scorecard: RuleSetDocument,
  options: ScorecardAnswersOptions,
): { records: Array<Record<string, string>>; columns: string[] } {
  const questions = scorecard.questions ?? [];
  const columns = [...questions.map((question) => question.field), ...(scorecard.scoreField ? [scorecard.scoreField] : [])];
  const random = createSeededRandom(options.seed);
  const perMember = records.map((record) => Number(record.householdIncomeMonthly) / Math.max(1, Number(record.householdSize)));
  const sorted = perMember.filter(Number.isFinite).sort((a, b) => a - b);
  const rankOf = (value: number) => {
    if (!Number.isFinite(value) || sorted.length === 0) return random();
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]! < value) low = middle + 1;
      else high = middle;
    }
    return low / sorted.length;
  };
  const out = records.map((record, index) => {
    const answered: Record<string, string> = { ...record };
    if (random() < options.notInterviewedShare) {
      for (const column of columns) answered[column] = '';
      return answered;
    }
    const wealth = rankOf(perMember[index]!);
    let sum = 0;
    let shortcut: number | undefined;
    for (const question of questions) {
      let answerIndex: number;
      if (question.agreesWith?.field === 'householdSize') {
        const size = Math.round(Number(record.householdSize));
        const match = Object.entries(question.agreesWith.bands).find(([, range]) => size >= range[0]! && size <= range[1]!);
        answerIndex = match ? question.answers.findIndex((answer) => answer.value === match[0]) : Math.floor(random() * question.answers.length);
      } else if (question.field === 'ppiOblast') {
        const oblasts = OBLAST_OF_BRANCH[record.branchId] ?? ['chui'];
        const oblast = oblasts[Math.floor(random() * oblasts.length)]!;
        answerIndex = Math.max(
          0,
          question.answers.findIndex((answer) => answer.value === oblast),
        );
      } else {
        const position = Math.min(0.999, Math.max(0, wealth + (random() - 0.5) * 0.6));
        answerIndex = Math.floor(position * question.answers.length);
      }
      const answer = question.answers[answerIndex]!;
      answered[question.field] = answer.value;
      sum += answer.points;
      if (answer.setsTotalScore !== undefined) shortcut = answer.setsTotalScore;
    }
    if (scorecard.scoreField) answered[scorecard.scoreField] = String(shortcut ?? sum);
    if (random() < options.faultShare) {
      const fault = Math.floor(random() * 3);
      const question = questions[1 + Math.floor(random() * (questions.length - 1))]!;
      if (fault === 0) answered[question.field] = '';
      else if (fault === 1) answered[question.field] = '?';
      else if (scorecard.scoreField) answered[scorecard.scoreField] = String((shortcut ?? sum) + 3);
    }
    return answered;
  });
  return { records: out, columns };
}
