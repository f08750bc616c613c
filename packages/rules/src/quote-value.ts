/** How much of a value an error message quotes: enough to recognise it, never the whole of a large one. */
const QUOTED_CHARACTERS = 100;

/**
 * A value as an error message quotes it: its JSON, cut to a bounded prefix with the full length
 * told, so that an 8 MB value gives a short error, not a longer one.
 *
 * @example
 * quoteValue('x'.repeat(5000)) // → '"xxxx…" (5002 characters)'
 */
export function quoteValue(value: unknown): string {
  const text =
    typeof value === 'string' && value.length > QUOTED_CHARACTERS * 4 ? JSON.stringify(value.slice(0, QUOTED_CHARACTERS * 4)) : JSON.stringify(value);
  if (text === undefined) return String(value);
  const full = typeof value === 'string' ? JSON.stringify(value).length : text.length;
  return text.length <= QUOTED_CHARACTERS && full === text.length ? text : `${text.slice(0, QUOTED_CHARACTERS)}… (${full} characters)`;
}
