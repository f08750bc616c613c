/**
 * The `x-lens-warnings` value of an answer: its warnings joined by `; `, each character a header
 * cannot carry (a line break, a letter outside ASCII in a publisher's deprecation message) written
 * as a JSON `\uXXXX` escape. The summary's `warnings` keep the text as it is.
 *
 * @example
 * warningsHeader(['x/y@1.0.0 is deprecated: używaj ^2']) // → 'x/y@1.0.0 is deprecated: u\\u017cywaj ^2'
 */
export function warningsHeader(warnings: readonly string[]): string {
  return warnings.join('; ').replace(/[^ -~]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
