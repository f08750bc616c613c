import { PHRASE_GAP, STEM_TAIL, WORD_END, WORD_START } from './word-boundary.ts';

/**
 * Characters a phrase may contain: letters, combining marks, digits, spaces and a few
 * punctuation and currency signs. `*` is allowed only at the end of a word (a stem).
 */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/-]/gu;

function escapeLiteral(literal: string): string {
  return literal.replace(REGEX_SPECIAL, '\\$&');
}

/**
 * Turns one character of a literal into a pattern: `е` also matches `ё` (Russian writes both),
 * `-` matches a hyphen, a dash, a space or nothing, an apostrophe matches both apostrophes.
 */
function literalCharacter(character: string): string {
  switch (character) {
    case 'е':
    case 'ё':
      return '[её]';
    case '-':
      return '[-\\u2010\\u2011\\u2013\\s]?';
    case "'":
    case '’':
      return "['’]";
    default:
      return escapeLiteral(character);
  }
}

/** Whether a phrase starts (and ends) with a letter or digit, so needs a word boundary there. */
function boundaryNeeds(phrase: string): { start: boolean; end: boolean } {
  const trimmed = phrase.trim();
  return { start: /^[\p{L}\p{N}]/u.test(trimmed), end: /[\p{L}\p{N}*]$/u.test(trimmed) };
}

/**
 * Compiles the body of one phrase of the documented syntax (no boundaries, no capturing
 * groups). Phrases are matched against lower-cased text, see `lower-case.ts`.
 *
 * @example
 * phraseBody('женщин*'); // 'ж[её]нщин' + STEM_TAIL
 */
export function phraseBody(phrase: string): string {
  // Texts are matched in lower case: case-insensitive regexes over Cyrillic are slow.
  const words = phrase.trim().toLowerCase().split(/\s+/u);
  return words
    .map((word) => {
      const stem = word.endsWith('*');
      const literal = stem ? word.slice(0, -1) : word;
      const body = Array.from(literal, literalCharacter).join('');
      return stem ? `${body}${STEM_TAIL}` : body;
    })
    .join(PHRASE_GAP);
}

/** One phrase with its word boundaries: for single use; lists go through {@link plainAlternation}. */
export function phraseToPattern(phrase: string): string {
  const needs = boundaryNeeds(phrase);
  return `${needs.start ? WORD_START : ''}${phraseBody(phrase)}${needs.end ? WORD_END : ''}`;
}

function byLengthDescending(a: string, b: string): number {
  return b.replace(/\*/gu, '').length - a.replace(/\*/gu, '').length;
}

/**
 * Joins phrases into as few boundary checks as possible: one lookbehind and one lookahead per
 * kind of phrase rather than per phrase. Besides being faster, this keeps the compiled regex
 * small — V8 compiles `\p{L}` for two-byte (e.g. Cyrillic) text into much code, and recompiles
 * after flushing it.
 */
function groupedAlternation<Key>(pairs: Array<[phrase: string, key: Key]>, capture: boolean, suffix: (key: Key) => string): TermAlternation<Key> {
  const kinds = new Map<string, { start: boolean; end: boolean; suffix: string; members: Array<[string, Key]> }>();
  for (const pair of [...pairs].sort((a, b) => byLengthDescending(a[0], b[0]))) {
    const needs = boundaryNeeds(pair[0]);
    const after = suffix(pair[1]);
    const kind = `${needs.start}/${needs.end}/${after}`;
    const entry = kinds.get(kind) ?? { ...needs, suffix: after, members: [] };
    entry.members.push(pair);
    kinds.set(kind, entry);
  }
  const keys: Key[] = [];
  const sources: string[] = [];
  // Phrases needing both boundaries first: the usual case, and the longest-first order holds within it.
  for (const entry of [...kinds.values()].sort((a, b) => Number(b.start && b.end) - Number(a.start && a.end))) {
    const body = entry.members
      .map(([phrase, key]) => {
        keys.push(key);
        return capture ? `(${phraseBody(phrase)})` : phraseBody(phrase);
      })
      .join('|');
    sources.push(`${entry.start ? WORD_START : ''}(?:${body})${entry.end ? WORD_END : ''}${entry.suffix}`);
  }
  return { source: sources.join('|'), keys };
}

/**
 * An alternation of phrases, one capturing group per phrase, longest phrases first so that
 * "very poor" wins over "poor". `keys[i]` is what group `i + 1` stands for.
 */
export interface TermAlternation<Key> {
  source: string;
  keys: Key[];
}

/** Builds a {@link TermAlternation} from (phrase, key) pairs; `suffix` may add a lookahead per key. */
export function buildAlternation<Key>(pairs: Array<[phrase: string, key: Key]>, suffix: (key: Key) => string = () => ''): TermAlternation<Key> {
  return groupedAlternation(pairs, true, suffix);
}

/** A plain (non-capturing) alternation of phrases, longest first; never matches when empty. */
export function plainAlternation(phrases: readonly string[]): string {
  if (phrases.length === 0) return '(?!)';
  return groupedAlternation(phrases.map((phrase): [string, null] => [phrase, null]), false, () => '').source;
}

/** Which alternative of a {@link TermAlternation} matched (index of the first defined group). */
export function matchedKey<Key>(match: RegExpExecArray, keys: readonly Key[], groupOffset = 1): Key | undefined {
  for (let index = 0; index < keys.length; index += 1) {
    if (match[index + groupOffset] !== undefined) return keys[index];
  }
  return undefined;
}
