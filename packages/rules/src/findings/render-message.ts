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

/** The text for `lang` (`ru-RU` falls back to `ru`, `hr`/`sr`/`sr-Latn`/`cnr` to `bs`, then to English). */
export function pickLanguage(text: LocalizedText, lang: string): { text: string; lang: string } {
  const exact = text[lang];
  if (exact !== undefined) return { text: exact, lang };
  const primary = lang.split('-')[0] ?? 'en';
  const close = text[primary];
  if (close !== undefined) return { text: close, lang: primary };
  const fallback = FALLBACK_LANGUAGES[primary];
  const shared = fallback === undefined ? undefined : text[fallback];
  if (fallback !== undefined && shared !== undefined) return { text: shared, lang: fallback };
  return { text: text.en, lang: 'en' };
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
