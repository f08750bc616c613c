import { canonicalNumberText, defaultGroups, localeDefaults } from '@social-lens/rules/records-input';

/**
 * A number typed into a form the way the page's users write it, as canonical text: the decimal
 * separator of the element's language (`,` in bs, hr, sr, ru; `.` otherwise) with its groups
 * (spaces, `'`, and `.` beside a decimal comma), read by records-input as an export's column is.
 * Text that does not fit is kept as typed (a canonical `1234.5` still reads; `abc` is still a
 * value that cannot be read).
 *
 * @example typedNumberText('1.234,5', 'bs') // → '1234.5'
 */
export function typedNumberText(text: string, lang: string): string {
  const decimal = localeDefaults(lang)?.decimal ?? '.';
  return canonicalNumberText(text, { decimal, groups: defaultGroups(decimal) }) ?? text;
}
