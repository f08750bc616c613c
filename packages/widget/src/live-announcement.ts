/**
 * Sentences joined for a live region: each starts with a capital and ends with exactly one full stop (none added after a
 * message that already ends in `.`, `!`, `?` or `…`), so screen readers never read doubled punctuation.
 *
 * @example joinSentences(['1 new problem: Income is 800.', '1 problem fixed']) // → '1 new problem: Income is 800. 1 problem fixed.'
 * @example joinSentences(['ispravljen 1 problem']) // → 'Ispravljen 1 problem.'
 */
export function joinSentences(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim().replace(/[\s.]+$/u, ''))
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toLocaleUpperCase() + part.slice(1))
    .map((part) => (/[!?…]$/u.test(part) ? part : `${part}.`))
    .join(' ');
}
