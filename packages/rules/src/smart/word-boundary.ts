/**
 * Unicode-aware word boundaries. `\b` only knows ASCII word characters, so it does not bound
 * Cyrillic words; these lookarounds treat any letter or digit as part of a word.
 */

/** Matches where no letter or digit precedes. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';

/** Matches where no letter or digit follows. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** White space between the words of a phrase, including no-break spaces. */
export const PHRASE_GAP = '[\\s\\u00a0\\u202f]+';

/** Optional white space (e.g. between a number and `%`). */
export const OPTIONAL_GAP = '[\\s\\u00a0\\u202f]*';

/**
 * The tail of a stem (`женщин*`): any further word characters, i.e. anything but white space,
 * digits, ASCII and general punctuation. Used instead of `\p{L}*` because V8 compiles each
 * `\p{L}` into a large range tree for two-byte (Cyrillic) text — with a hundred stems in one
 * regex the first match took seconds. The word end after the stem is still `\p{L}`-aware.
 */
export const STEM_TAIL = '[^\\s\\d!-/:-@\\[-`{-~\\u00a0-\\u00bf\\u2000-\\u206f]*';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a character is a letter or a digit in any script. */
export function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && LETTER_OR_DIGIT.test(character);
}
