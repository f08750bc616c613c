import type { DateWriting } from './import-profile-schema.ts';

/** The locales `--locale` (and the service's `locale`) know: where detection cannot tell, they choose. */
export const INPUT_LOCALES = ['ru', 'bs', 'hr', 'sr', 'en'] as const;
export type InputLocale = (typeof INPUT_LOCALES)[number];

/** What a locale's Excel writes: the reading of a column whose cells could be read two ways. */
export interface LocaleDefaults {
  decimal: '.' | ',';
  /** The order of a `.` or `/` date whose day and month are both 12 or less. */
  dates: DateWriting;
}

const DEFAULTS: Readonly<Record<InputLocale, LocaleDefaults>> = {
  ru: { decimal: ',', dates: 'DD.MM.YYYY' },
  bs: { decimal: ',', dates: 'DD.MM.YYYY' },
  hr: { decimal: ',', dates: 'DD.MM.YYYY' },
  sr: { decimal: ',', dates: 'DD.MM.YYYY' },
  en: { decimal: '.', dates: 'MM/DD/YYYY' },
};

/**
 * The defaults of a locale (`ru-RU` and `sr-Latn` are read by their language), or undefined
 * for one the records input does not know.
 *
 * @example localeDefaults('bs') // → { decimal: ',', dates: 'DD.MM.YYYY' }
 */
export function localeDefaults(locale: string): LocaleDefaults | undefined {
  const language = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (INPUT_LOCALES as readonly string[]).includes(language) ? DEFAULTS[language as InputLocale] : undefined;
}
