import { buildAlternation, matchedKey } from './phrase-pattern.ts';
import type { Span } from './types.ts';

/** One regular expression for a whole list of terms; group `i + 1` stands for `keys[i]`. */
export interface TermMatcher<Key> {
  regex: RegExp;
  keys: Key[];
}

/** A term found in a text. */
export interface FoundTerm<Key> {
  key: Key;
  span: Span;
}

/**
 * Compiles (phrase, key) pairs into one Unicode regex over lower-cased text. `lookahead` (a
 * compiled source) is appended to the phrases listed in `needsLookahead`.
 *
 * @example
 * const matcher = compileTermMatcher([['women', 'women'], ['rural*', 'rural']]);
 * findTerms('rural women', matcher); // [{ key: 'rural', span: { start: 0, end: 5 } }, …]
 */
export function compileTermMatcher<Key>(
  pairs: Array<[phrase: string, key: Key]>,
  lookahead?: { source: string; needs: (key: Key) => boolean },
): TermMatcher<Key> {
  if (pairs.length === 0) return { regex: /(?!)/gu, keys: [] };
  const alternation = buildAlternation(pairs, (key) => (lookahead?.needs(key) === true ? lookahead.source : ''));
  return { regex: new RegExp(alternation.source, 'gu'), keys: alternation.keys };
}

/** All non-overlapping matches of a {@link TermMatcher}, left to right. */
export function findTerms<Key>(text: string, matcher: TermMatcher<Key>): Array<FoundTerm<Key>> {
  const found: Array<FoundTerm<Key>> = [];
  const { regex, keys } = matcher;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match[0] === '') {
      regex.lastIndex += 1;
      continue;
    }
    const key = matchedKey(match, keys);
    if (key !== undefined) found.push({ key, span: { start: match.index, end: match.index + match[0].length } });
  }
  return found;
}

/** Pairs every phrase of every entry with the entry's key. */
export function termPairs<Entry extends { phrases: string[] }, Key>(
  entries: readonly Entry[],
  key: (entry: Entry) => Key,
): Array<[string, Key]> {
  return entries.flatMap((entry) => entry.phrases.map((phrase): [string, Key] => [phrase, key(entry)]));
}
