import { type UiLanguage, uiLanguageOf } from './ui-strings.ts';

/** The words of `<lens-scorecard>`; questions, answers, lines and findings bring their own texts. */
export interface ScorecardStrings {
  loading: string;
  score: string;
  band: string;
  points: string;
  answered: string;
  noScoreYet: string;
  likelihoods: string;
  line: string;
  likelihood: string;
  failed: string;
  notScorecard: string;
  formMissing: string;
  findingsLabel: string;
}

const STRINGS: Record<UiLanguage, ScorecardStrings> = {
  en: {
    loading: 'Loading the scorecard…',
    score: 'Score',
    band: 'band',
    points: 'points',
    answered: '{answered} of {total} questions answered',
    noScoreYet: 'The score appears when every question is answered.',
    likelihoods: 'Likelihood that the household is below each poverty line',
    line: 'Poverty line',
    likelihood: 'Likelihood',
    failed: 'The scorecard could not be loaded.',
    notScorecard: 'This rule set is not a scorecard.',
    formMissing: 'No form to read the answers from was found.',
    findingsLabel: 'Findings',
  },
  ru: {
    loading: 'Загрузка анкеты…',
    score: 'Балл',
    band: 'интервал',
    points: 'баллы',
    answered: 'Отвечено вопросов: {answered} из {total}',
    noScoreYet: 'Балл появится, когда будут даны ответы на все вопросы.',
    likelihoods: 'Вероятность того, что домохозяйство ниже каждой черты бедности',
    line: 'Черта бедности',
    likelihood: 'Вероятность',
    failed: 'Не удалось загрузить анкету.',
    notScorecard: 'Этот набор правил — не анкета оценки бедности.',
    formMissing: 'Не найдена форма с ответами.',
    findingsLabel: 'Замечания',
  },
  bs: {
    loading: 'Učitavanje upitnika…',
    score: 'Bodovi',
    band: 'raspon',
    points: 'bodova',
    answered: 'Odgovoreno pitanja: {answered} od {total}',
    noScoreYet: 'Bodovi se prikazuju kad su sva pitanja odgovorena.',
    likelihoods: 'Vjerovatnoća da je domaćinstvo ispod svake linije siromaštva',
    line: 'Linija siromaštva',
    likelihood: 'Vjerovatnoća',
    failed: 'Upitnik se nije mogao učitati.',
    notScorecard: 'Ovaj skup pravila nije upitnik siromaštva.',
    formMissing: 'Nije pronađen obrazac s odgovorima.',
    findingsLabel: 'Nalazi',
  },
};

/** The scorecard element's words for a language tag (as the other elements choose theirs). */
export function scorecardStrings(lang: string): ScorecardStrings {
  return STRINGS[uiLanguageOf(lang)];
}
