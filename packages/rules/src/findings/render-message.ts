import type { LocalizedText } from '../ruleset/rule-set-types.ts';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]{0,62})\}/g;
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: string): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    numberFormats.set(lang, format);
  }
  return format;
}

/**
 * Languages that read another one's texts when they have none of their own: Croatian, Serbian
 * (either script's tag) and Montenegrin users read Bosnian texts, one translation for all four.
 */
const FALLBACK_LANGUAGES: Readonly<Record<string, string>> = { hr: 'bs', sr: 'bs', cnr: 'bs' };

/**
 * Which of the languages `available` has (its keys) `lang` reads: the tag itself, its primary
 * subtag (`ru-RU` → `ru`), the language it shares texts with (`hr`/`sr`/`sr-Latn`/`cnr` → `bs`),
 * else English, which every caller's table has.
 *
 * @example languageAmong({ en: …, bs: … }, 'sr-Latn') // → 'bs'
 */
export function languageAmong(available: Readonly<Record<string, unknown>>, lang: string): string {
  if (Object.hasOwn(available, lang)) return lang;
  const primary = lang.split('-')[0] ?? 'en';
  if (Object.hasOwn(available, primary)) return primary;
  const fallback = Object.hasOwn(FALLBACK_LANGUAGES, primary) ? FALLBACK_LANGUAGES[primary] : undefined;
  return fallback !== undefined && Object.hasOwn(available, fallback) ? fallback : 'en';
}

/** The text for `lang` (`ru-RU` falls back to `ru`, `hr`/`sr`/`sr-Latn`/`cnr` to `bs`, then to English). */
export function pickLanguage(text: LocalizedText, lang: string): { text: string; lang: string } {
  const picked = languageAmong(text, lang);
  return { text: text[picked] ?? text.en, lang: picked };
}

function formatValue(value: unknown, lang: string): string {
  if (value === undefined || value === null || (typeof value === 'number' && Number.isNaN(value))) return '—';
  if (typeof value === 'number') return numberFormat(lang).format(value);
  if (Array.isArray(value)) return value.map((item) => formatValue(item, lang)).join(', ');
  return String(value);
}

/**
 * Renders a localized message template: `{name}` becomes the value of a fact or parameter,
 * numbers formatted for the language. Unknown names render as "—"; the template is never code.
 *
 * @example
 * renderMessage({ en: 'Income per member is {incomePerMember}.' }, 'en', (name) => ({ incomePerMember: 84.333 })[name])
 * // → 'Income per member is 84.33.'
 */
export function renderMessage(template: LocalizedText, lang: string, lookup: (name: string) => unknown): string {
  const picked = pickLanguage(template, lang);
  return picked.text.replace(PLACEHOLDER, (_match, name: string) => formatValue(lookup(name), picked.lang));
}
