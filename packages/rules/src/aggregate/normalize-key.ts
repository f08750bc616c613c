/** How the values of a duplicate key are compared. */
export type KeyNormalization = 'identifier' | 'text' | 'exact';

const IDENTIFIER_SEPARATORS = /[\s\-._/\\]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /\s+/g;

/**
 * One key value in its comparable form: `identifier` upper-cases and drops spaces, dashes, dots,
 * slashes and underscores (`123-456 78` and `12345678` are one national id); `text` lower-cases,
 * drops accents and collapses spaces (names); `exact` only trims. Empty means "no key".
 *
 * @example
 * normalizeKey(' 123.456-78 ', 'identifier') // → '12345678'
 */
export function normalizeKey(value: unknown, normalization: KeyNormalization): string {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  if (normalization === 'identifier') return text.replace(IDENTIFIER_SEPARATORS, '').toUpperCase();
  if (normalization === 'text') return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(SPACES, ' ');
  return text;
}
