import type { CompiledVocabulary, PhraseKeys, PhraseList } from './compile-vocabulary.ts';
import type { PhraseHit, PhraseHits } from './phrase-matcher.ts';
import type { StepCounter } from './step-counter.ts';
import { type Token, tokenize } from './tokenize.ts';
import type { Span } from './types.ts';

/**
 * A text read once: its tokens and every vocabulary phrase found in it. The quantity, date
 * and term readers work on this, never on the characters with regular expressions.
 */
export interface TokenReader {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly compiled: CompiledVocabulary;
  /** Each token's key as its vocabulary compares it. */
  readonly keys: readonly string[];
  /** The longest phrase of a list starting at token `index`. */
  at<List extends PhraseList>(list: List, index: number): PhraseHit<PhraseKeys[List]> | undefined;
  /** Phrases of a list ending right before token `index` (hyphens skipped), earliest start first. */
  before<List extends PhraseList>(list: List, index: number): ReadonlyArray<PhraseHit<PhraseKeys[List]>>;
  /** Leftmost-longest, non-overlapping phrases of a list. */
  terms<List extends PhraseList>(list: List): ReadonlyArray<PhraseHit<PhraseKeys[List]>>;
  /** The next token index after `index` that is not a hyphen (`tokens.length` at the end). */
  skipJoiners(index: number): number;
  /** Character span of tokens `from` to `to` (exclusive). */
  span(from: number, to: number): Span;
  /** The white space between token `index - 1` and token `index`. */
  gap(index: number): string;
}

/**
 * Tokenizes a text and scans it with a compiled vocabulary.
 *
 * @example
 * const reader = readTokens('by December 2027', compileVocabulary(ENGLISH_VOCABULARY));
 * reader.at('months', 1)?.key; // 12
 */
export function readTokens(text: string, compiled: CompiledVocabulary, counter?: StepCounter): TokenReader {
  const tokens = tokenize(text);
  const keys = tokens.map((token) => compiled.fold(token.lower));
  const alternates = tokens.map((token, index) => (token.kind === 'word' ? compiled.lemmasOf(keys[index]!) : []));
  const hits = compiled.matcher.scan(tokens, keys, text, counter, alternates) as PhraseHits<never>;
  const skipJoiners = (index: number): number => {
    let next = index;
    while (next < tokens.length && tokens[next]!.kind === 'joiner') next += 1;
    return next;
  };
  return {
    text,
    tokens,
    compiled,
    keys,
    at: (list, index) => hits.at(list, index),
    before(list, index) {
      let end = index;
      while (end > 0 && tokens[end - 1]!.kind === 'joiner') end -= 1;
      return hits.endingAt(list, end);
    },
    terms: (list) => hits.terms(list),
    skipJoiners,
    span: (from, to) => ({ start: tokens[from]!.start, end: tokens[to - 1]!.end }),
    gap: (index) => (index <= 0 || index >= tokens.length ? '' : text.slice(tokens[index - 1]!.end, tokens[index]!.start)),
  };
}
