import type { SmartCriterion } from '@social-lens/rules';
import { formatNumber } from './format-number.ts';

/** The languages the elements speak; others fall back as {@link uiLanguageOf} says. */
export const UI_LANGUAGES = ['en', 'ru', 'bs'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Texts per plural category of `Intl.PluralRules`; `{n}` is the count. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface UiStrings {
  criteria: Record<SmartCriterion, string>;
  met: string;
  notMet: string;
  cannotTell: string;
  checking: string;
  noProblems: string;
  suggestion: string;
  errors: PluralText;
  warnings: PluralText;
  notes: PluralText;
  newProblems: PluralText;
  fixedProblems: PluralText;
  submitBlocked: PluralText;
  /** The blocked-save alert's link to the first field in error; `{field}` is its label. */
  goToField: string;
  ruleSetUnavailable: string;
  signatureInvalid: string;
  ruleSetInvalid: string;
  formMissing: string;
  criteriaLabel: string;
  findingsLabel: string;
}

const STRINGS: Record<UiLanguage, UiStrings> = {
  en: {
    criteria: { specific: 'Specific', measurable: 'Measurable', achievable: 'Achievable', relevant: 'Relevant', timeBound: 'Time-bound' },
    met: 'met',
    notMet: 'not met',
    cannotTell: 'cannot tell',
    checking: 'Checking…',
    noProblems: 'No problems found.',
    suggestion: 'Suggestion:',
    errors: { one: '{n} error', other: '{n} errors' },
    warnings: { one: '{n} warning', other: '{n} warnings' },
    notes: { one: '{n} note', other: '{n} notes' },
    newProblems: { one: '{n} new problem', other: '{n} new problems' },
    fixedProblems: { one: '{n} problem fixed', other: '{n} problems fixed' },
    submitBlocked: { one: 'Not saved: {n} error must be corrected first.', other: 'Not saved: {n} errors must be corrected first.' },
    goToField: 'Go to “{field}”',
    ruleSetUnavailable: 'The checks could not be loaded; the form works without them.',
    signatureInvalid: 'The rule set is not signed by its publisher: checks are off.',
    ruleSetInvalid: 'The rule set is not valid: checks are off.',
    formMissing: 'No form to check was found.',
    criteriaLabel: 'SMART criteria',
    findingsLabel: 'Findings',
  },
  ru: {
    criteria: { specific: 'Конкретность', measurable: 'Измеримость', achievable: 'Достижимость', relevant: 'Актуальность', timeBound: 'Срок' },
    met: 'выполнено',
    notMet: 'не выполнено',
    cannotTell: 'нельзя оценить',
    checking: 'Проверка…',
    noProblems: 'Замечаний нет.',
    suggestion: 'Совет:',
    errors: { one: '{n} ошибка', few: '{n} ошибки', many: '{n} ошибок', other: '{n} ошибки' },
    warnings: { one: '{n} предупреждение', few: '{n} предупреждения', many: '{n} предупреждений', other: '{n} предупреждения' },
    notes: { one: '{n} замечание', few: '{n} замечания', many: '{n} замечаний', other: '{n} замечания' },
    newProblems: { one: '{n} новая проблема', few: '{n} новые проблемы', many: '{n} новых проблем', other: '{n} новой проблемы' },
    fixedProblems: { one: 'исправлена {n} проблема', few: 'исправлены {n} проблемы', many: 'исправлено {n} проблем', other: 'исправлено {n} проблемы' },
    submitBlocked: {
      one: 'Не сохранено: сначала исправьте {n} ошибку.',
      few: 'Не сохранено: сначала исправьте {n} ошибки.',
      many: 'Не сохранено: сначала исправьте {n} ошибок.',
      other: 'Не сохранено: сначала исправьте {n} ошибки.',
    },
    goToField: 'Перейти к полю «{field}»',
    ruleSetUnavailable: 'Проверки не загрузились; форма работает без них.',
    signatureInvalid: 'Набор правил не подписан издателем: проверки отключены.',
    ruleSetInvalid: 'Набор правил некорректен: проверки отключены.',
    formMissing: 'Форма для проверки не найдена.',
    criteriaLabel: 'Критерии SMART',
    findingsLabel: 'Замечания',
  },
  bs: {
    criteria: { specific: 'Konkretno', measurable: 'Mjerljivo', achievable: 'Ostvarivo', relevant: 'Relevantno', timeBound: 'Vremenski određeno' },
    met: 'ispunjeno',
    notMet: 'nije ispunjeno',
    cannotTell: 'ne može se ocijeniti',
    checking: 'Provjera…',
    noProblems: 'Nema problema.',
    suggestion: 'Prijedlog:',
    errors: { one: '{n} greška', few: '{n} greške', other: '{n} grešaka' },
    warnings: { one: '{n} upozorenje', few: '{n} upozorenja', other: '{n} upozorenja' },
    notes: { one: '{n} napomena', few: '{n} napomene', other: '{n} napomena' },
    newProblems: { one: '{n} novi problem', few: '{n} nova problema', other: '{n} novih problema' },
    fixedProblems: { one: 'ispravljen {n} problem', few: 'ispravljena {n} problema', other: 'ispravljeno {n} problema' },
    submitBlocked: {
      one: 'Nije sačuvano: prvo ispravite {n} grešku.',
      few: 'Nije sačuvano: prvo ispravite {n} greške.',
      other: 'Nije sačuvano: prvo ispravite {n} grešaka.',
    },
    goToField: 'Idi na polje „{field}”',
    ruleSetUnavailable: 'Provjere se nisu učitale; obrazac radi i bez njih.',
    signatureInvalid: 'Skup pravila nije potpisao njegov izdavač: provjere su isključene.',
    ruleSetInvalid: 'Skup pravila nije ispravan: provjere su isključene.',
    formMissing: 'Nije pronađen obrazac za provjeru.',
    criteriaLabel: 'SMART kriteriji',
    findingsLabel: 'Nalazi',
  },
};

/** Croatian, Serbian and Montenegrin read the Bosnian texts, as the rule sets' messages do. */
const SHARED_LANGUAGES: Readonly<Record<string, UiLanguage>> = { hr: 'bs', sr: 'bs', cnr: 'bs' };

/**
 * The UI language for a BCP 47 tag: its primary subtag when the elements speak it, Bosnian for
 * Croatian/Serbian/Montenegrin, English otherwise.
 *
 * @example uiLanguageOf('sr-Latn') // → 'bs'
 */
export function uiLanguageOf(lang: string): UiLanguage {
  const primary = (lang.split('-')[0] ?? '').toLowerCase();
  if ((UI_LANGUAGES as readonly string[]).includes(primary)) return primary as UiLanguage;
  return SHARED_LANGUAGES[primary] ?? 'en';
}

/** The UI strings for a language tag. */
export function uiStrings(lang: string): UiStrings {
  return STRINGS[uiLanguageOf(lang)];
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * A counted text in the right plural form of the language (`Intl.PluralRules`).
 *
 * @example plural(uiStrings('ru').errors, 5, 'ru') // → '5 ошибок'
 */
export function plural(text: PluralText, count: number, lang: string): string {
  const language = uiLanguageOf(lang);
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return (text[rules.select(count)] ?? text.other).replaceAll('{n}', formatNumber(count, language));
}
