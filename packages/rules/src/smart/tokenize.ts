import type { Span } from './types.ts';

/**
 * What a token is: a run of letters (with their combining marks), a run of digits, a hyphen or
 * en dash that joins words (`first-cycle`, `2015–2030`), or any other single character.
 */
type TokenKind = 'word' | 'number' | 'joiner' | 'sign';

/** One token of a text, with its place in the original string. */
export interface Token extends Span {
  kind: TokenKind;
  /** Lower-cased text of the token (`ё` read as `е`, both apostrophes as `'`). */
  lower: string;
  /** Whether white space separates it from the token before (false for the first token). */
  spaced: boolean;
  /** Whether a line break is in that white space. */
  lineBreak: boolean;
}

/**
 * One fixed pattern, never built from a vocabulary: each alternative consumes at least one
 * character and none can overlap another, so tokenizing is one linear pass.
 */
const TOKEN = /[\p{L}\p{M}]+|\p{Nd}+|[-\u2010\u2011\u2013]|[^\s\p{L}\p{M}\p{Nd}]/gu;
const JOINERS = new Set(['-', '\u2010', '\u2011', '\u2013']);
const LETTER = /^\p{L}/u;
const COMBINING_MARK = /\p{M}/u;
const LINE_BREAK = /[\r\n\u2028\u2029]/u;

/** Composed (NFC), lower case, `ё` → `е`, `’` → `'`: the spelling every vocabulary phrase and text is compared in. */
function baseKey(text: string): string {
  // "людей" pasted from a PDF with a combining breve is "людей": compose before comparing.
  const composed = COMBINING_MARK.test(text) ? text.normalize('NFC') : text;
  return composed.toLowerCase().replaceAll('ё', 'е').replaceAll('’', "'");
}

/**
 * Splits a text into tokens in one pass. Letters and digits are separate tokens even when
 * written together (`PAR30` is `par` + `30`, not spaced), so a phrase matches however it is
 * glued.
 *
 * @example
 * tokenize('PAR30 < 5%').map((token) => token.lower); // ['par', '30', '<', '5', '%']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const kind: TokenKind = LETTER.test(raw)
      ? 'word'
      : raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57
        ? 'number'
        : /^\p{Nd}/u.test(raw)
          ? 'number'
          : JOINERS.has(raw)
            ? 'joiner'
            : 'sign';
    const gap = start > previousEnd ? text.slice(previousEnd, start) : '';
    tokens.push({ kind, start, end: start + raw.length, lower: baseKey(raw), spaced: gap !== '', lineBreak: gap !== '' && LINE_BREAK.test(gap) });
    previousEnd = start + raw.length;
  }
  return tokens;
}
