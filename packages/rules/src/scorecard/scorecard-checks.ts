import type { LocalizedText, Severity } from '../ruleset/rule-set-types.ts';

/**
 * The checks every scorecard makes on each record. A finding's rule id is the scorecard's id
 * and the check (`ppi/kgz-2015#answer-not-in-list`); the messages are data, per language.
 */
export const SCORECARD_CHECKS = {
  'answer-not-in-list': {
    severity: 'error',
    title: 'Answer not in the list',
    message: {
      en: 'The answer "{answer}" to question {question} is not one of its answers: {known}, or a position 1–{count}.',
      ru: 'Ответ «{answer}» на вопрос {question} не входит в список ответов: {known} или номер 1–{count}.',
    },
  },
  'answers-missing': {
    severity: 'error',
    title: 'Answers missing',
    message: {
      en: 'No answer to question {questions}: the record is left out of the poverty rates.',
      ru: 'Нет ответа на вопрос {questions}: запись не входит в оценку уровня бедности.',
    },
  },
  'not-interviewed': {
    severity: 'info',
    title: 'No scorecard answers',
    message: {
      en: 'No answer to any question of the scorecard: the record is left out of the poverty rates.',
      ru: 'Нет ответа ни на один вопрос анкеты: запись не входит в оценку уровня бедности.',
    },
  },
  'answer-disagrees': {
    severity: 'warning',
    title: 'Answer disagrees with the record',
    message: {
      en: 'The answer "{answer}" to question {question} means {field} {range}, but {field} is {value}.',
      ru: 'Ответ «{answer}» на вопрос {question} означает {field} {range}, а в записи {field} = {value}.',
    },
  },
  'total-score-differs': {
    severity: 'error',
    title: 'Stored score differs',
    message: {
      en: 'The stored score {stored} ({field}) differs from the score of the answers, {score}.',
      ru: 'Сохранённый балл {stored} ({field}) не совпадает с баллом по ответам: {score}.',
    },
  },
  'poverty-level-contradicts': {
    severity: 'warning',
    title: 'Poverty level contradicts the scorecard',
    message: {
      en: 'The poverty level is "{povertyLevel}", but the scorecard (score {score}) gives a likelihood of {likelihood} of being below the line "{line}", {comparison} {threshold}.',
      ru: 'Уровень бедности «{povertyLevel}», но по анкете (балл {score}) вероятность быть ниже линии «{line}» — {likelihood}, {comparison} {threshold}.',
    },
  },
} as const satisfies Record<string, { severity: Severity; title: string; message: LocalizedText }>;

export type ScorecardCheck = keyof typeof SCORECARD_CHECKS;

/** The words of the comparison in a poverty-level finding, per language. */
export const COMPARISON_WORDS: Readonly<Record<'under' | 'above', LocalizedText>> = {
  under: { en: 'under', ru: 'меньше порога' },
  above: { en: 'above', ru: 'больше порога' },
};
