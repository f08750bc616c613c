import { INPUT_LOCALES, type LocaleDefaults, localeDefaults } from '@social-lens/rules/records-input';
import { UsageError } from '../usage-error.ts';

/**
 * Reads `--locale`: the defaults for number and date columns that read two ways. An unknown
 * locale is a usage error listing the known ones.
 *
 * @example readInputLocale('ru') // → { name: 'ru', defaults: { decimal: ',', dates: 'DD.MM.YYYY' } }
 */
export function readInputLocale(locale: string | undefined): { name: string; defaults: LocaleDefaults } | undefined {
  if (locale === undefined) return undefined;
  const defaults = localeDefaults(locale);
  if (defaults === undefined) throw new UsageError(`--locale: unknown locale "${locale}"; expected one of ${INPUT_LOCALES.join(', ')}`);
  return { name: locale, defaults };
}
