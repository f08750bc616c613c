import type { StepCounter } from './step-counter.ts';
import { type Token, tokenize } from './tokenize.ts';

/** How a vocabulary spells its keys beyond lower case: see `fold` in the vocabulary schema. */
export type KeyFolder = (lower: string) => string;

/** At most this many tokens in one phrase: the depth of the trie, and so the steps from one start. */
const MAX_PHRASE_TOKENS = 12;

/** One phrase found in a text, as token indexes (`end` exclusive) into the full token list. */
export interface PhraseHit<Key> {
  start: number;
  end: number;
  key: Key;
}

interface Terminal<Key> {
  list: number;
  key: Key;
  /** Upper-case codes (`ALL`, `KM`) match only as written. */
  exact: string | undefined;
}

interface TrieNode<Key> {
  next: Map<string, TrieNode<Key>>;
  /** Stem children (`женщин*`): a word token whose key starts with the stem. */
  stems: Map<string, TrieNode<Key>> | undefined;
  /** The distinct lengths of those stems, so a token is looked up once per length. */
  stemLengths: number[];
  terminals: Array<Terminal<Key>>;
}

/** A phrase that cannot be compiled, with its list and index for the caller's JSON path. */
class PhraseSyntaxError extends Error {
  override readonly name = 'PhraseSyntaxError';
  constructor(
    readonly list: string,
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}

const CODE = /^[A-Z$]{2,4}$/u;

function newNode<Key>(): TrieNode<Key> {
  return { next: new Map(), stems: undefined, stemLengths: [], terminals: [] };
}

/** The tokens a phrase is made of: joiners dropped, `*` after a word making its last token a stem. */
function phraseTokens(phrase: string, fold: KeyFolder): Array<{ key: string; stem: boolean }> {
  const result: Array<{ key: string; stem: boolean }> = [];
  for (const word of phrase.trim().split(/\s+/u)) {
    const stem = word.endsWith('*');
    const tokens = tokenize(stem ? word.slice(0, -1) : word).filter((token) => token.kind !== 'joiner');
    tokens.forEach((token, index) => {
      const isStem = stem && index === tokens.length - 1 && token.kind === 'word';
      result.push({ key: fold(token.lower), stem: isStem });
    });
  }
  return result;
}

/**
 * Phrase lists compiled into one token trie. Matching walks the trie from every token: each
 * trie node is visited at most once per starting token and costs one lookup per distinct stem
 * length under it, so the steps are at most `tokens × stepBoundPerToken` whatever the phrases
 * are, and no phrase ever reaches a regular expression.
 */
export interface PhraseMatcher<Key> {
  lists: readonly string[];
  /** Trie nodes plus their stem lookups: an upper bound of the steps one starting token costs. */
  stepBoundPerToken: number;
  /** `original` is the text the tokens come from: upper-case codes are compared in it. */
  scan(
    tokens: readonly Token[],
    keys: readonly string[],
    original: string,
    counter?: StepCounter,
    alternates?: ReadonlyArray<readonly string[]>,
  ): PhraseHits<Key>;
}

/** The hits of one scan, per list: by start token, and leftmost-longest without overlaps. */
export interface PhraseHits<Key> {
  /** Every hit of a list, ordered by start, longer first. */
  all(list: string): ReadonlyArray<PhraseHit<Key>>;
  /** The longest hit of a list starting at token `index`. */
  at(list: string, index: number): PhraseHit<Key> | undefined;
  /** Hits of a list ending right before token `index`, the one starting earliest first. */
  endingAt(list: string, index: number): ReadonlyArray<PhraseHit<Key>>;
  /** Leftmost-longest hits of a list that do not overlap each other. */
  terms(list: string): ReadonlyArray<PhraseHit<Key>>;
}

/**
 * Compiles named lists of (phrase, key) pairs. A phrase is words separated by spaces; a word
 * ending in `*` is a stem (any further letters); hyphens join words (`first-cycle` matches
 * "first-cycle" and "first cycle"). Throws {@link PhraseSyntaxError} for a phrase without a
 * word or longer than {@link MAX_PHRASE_TOKENS} tokens.
 *
 * @example
 * const matcher = compilePhraseMatcher({ groups: [['rural women', 'ruralWomen'], ['women*', 'women']] }, (key) => key);
 * const tokens = tokenize('Rural women');
 * matcher.scan(tokens, tokens.map((t) => t.lower), 'Rural women').terms('groups'); // [{ start: 0, end: 2, key: 'ruralWomen' }]
 */
export function compilePhraseMatcher<Key>(
  lists: Readonly<Record<string, ReadonlyArray<readonly [phrase: string, key: Key]>>>,
  fold: KeyFolder,
  options: { exactCodes?: readonly string[] } = {},
): PhraseMatcher<Key> {
  const names = Object.keys(lists);
  const root = newNode<Key>();
  let nodes = 1;
  let stemLookups = 0;
  const exactLists = new Set(options.exactCodes ?? []);
  names.forEach((name, list) => {
    lists[name]!.forEach(([phrase, key], index) => {
      const tokens = phraseTokens(phrase, fold);
      if (tokens.length === 0) throw new PhraseSyntaxError(name, index, 'a phrase needs at least one word, number or sign');
      if (tokens.length > MAX_PHRASE_TOKENS) throw new PhraseSyntaxError(name, index, `more than ${MAX_PHRASE_TOKENS} tokens`);
      let node = root;
      for (const token of tokens) {
        let child: TrieNode<Key> | undefined;
        if (token.stem) {
          node.stems ??= new Map();
          child = node.stems.get(token.key);
          if (child === undefined) {
            child = newNode();
            node.stems.set(token.key, child);
            if (!node.stemLengths.includes(token.key.length)) {
              node.stemLengths.push(token.key.length);
              stemLookups += 1;
            }
            nodes += 1;
          }
        } else {
          child = node.next.get(token.key);
          if (child === undefined) {
            child = newNode();
            node.next.set(token.key, child);
            nodes += 1;
          }
        }
        node = child;
      }
      const exact = exactLists.has(name) && CODE.test(phrase.trim()) ? phrase.trim() : undefined;
      node.terminals.push({ list, key, exact });
    });
  });

  return {
    lists: names,
    stepBoundPerToken: nodes + stemLookups,
    scan(tokens, keys, original, counter, alternates) {
      // Joiners (hyphens, en dashes) are skipped between the words of a phrase.
      const view: number[] = [];
      for (let index = 0; index < tokens.length; index += 1) if (tokens[index]!.kind !== 'joiner') view.push(index);
      const byList: Array<Array<PhraseHit<Key>>> = names.map(() => []);
      let steps = 0;
      let active: Array<TrieNode<Key>> = [];
      let following: Array<TrieNode<Key>> = [];
      for (let from = 0; from < view.length; from += 1) {
        active.length = 0;
        active.push(root);
        for (let depth = 0; depth < MAX_PHRASE_TOKENS && from + depth < view.length && active.length > 0; depth += 1) {
          const tokenIndex = view[from + depth]!;
          const token = tokens[tokenIndex]!;
          const key = keys[tokenIndex]!;
          following.length = 0;
          for (const node of active) {
            steps += 1;
            const exactChild = node.next.get(key);
            if (exactChild !== undefined) following.push(exactChild);
            // Base forms ("adults" → "adult"): a bounded few per token, looked up like the key.
            for (const alternate of alternates?.[tokenIndex] ?? []) {
              steps += 1;
              const child = node.next.get(alternate);
              if (child !== undefined && child !== exactChild && !following.includes(child)) following.push(child);
            }
            if (node.stems !== undefined && token.kind === 'word') {
              for (const length of node.stemLengths) {
                steps += 1;
                if (length > key.length) continue;
                const stemChild = node.stems.get(length === key.length ? key : key.slice(0, length));
                if (stemChild !== undefined) following.push(stemChild);
              }
            }
          }
          for (const node of following) {
            for (const terminal of node.terminals) {
              if (terminal.exact !== undefined && original.slice(tokens[view[from]!]!.start, token.end) !== terminal.exact) continue;
              byList[terminal.list]!.push({ start: view[from]!, end: tokenIndex + 1, key: terminal.key });
            }
          }
          [active, following] = [following, active];
        }
      }
      if (counter !== undefined) counter.steps += steps;
      return createHits(names, byList, tokens.length);
    },
  };
}

function createHits<Key>(names: readonly string[], byList: Array<Array<PhraseHit<Key>>>, tokenCount: number): PhraseHits<Key> {
  const index = new Map(names.map((name, position) => [name, position]));
  const sorted = new Map<number, Array<PhraseHit<Key>>>();
  const starts = new Map<number, Array<PhraseHit<Key> | undefined>>();
  const ends = new Map<number, Map<number, Array<PhraseHit<Key>>>>();
  const terms = new Map<number, Array<PhraseHit<Key>>>();
  const listOf = (name: string): number => {
    const position = index.get(name);
    if (position === undefined) throw new Error(`unknown phrase list ${name}`);
    return position;
  };
  const all = (position: number): Array<PhraseHit<Key>> => {
    let hits = sorted.get(position);
    if (hits === undefined) {
      hits = [...byList[position]!].sort((a, b) => a.start - b.start || b.end - a.end);
      sorted.set(position, hits);
    }
    return hits;
  };
  return {
    all: (name) => all(listOf(name)),
    at(name, tokenIndex) {
      const position = listOf(name);
      let table = starts.get(position);
      if (table === undefined) {
        table = new Array<PhraseHit<Key> | undefined>(tokenCount);
        for (const hit of all(position)) if (table[hit.start] === undefined) table[hit.start] = hit;
        starts.set(position, table);
      }
      return table[tokenIndex];
    },
    endingAt(name, tokenIndex) {
      const position = listOf(name);
      let table = ends.get(position);
      if (table === undefined) {
        table = new Map();
        for (const hit of all(position)) {
          const list = table.get(hit.end) ?? [];
          list.push(hit);
          table.set(hit.end, list);
        }
        ends.set(position, table);
      }
      return table.get(tokenIndex) ?? [];
    },
    terms(name) {
      const position = listOf(name);
      let chosen = terms.get(position);
      if (chosen === undefined) {
        chosen = [];
        let free = 0;
        for (const hit of all(position)) {
          if (hit.start < free) continue;
          chosen.push(hit);
          free = hit.end;
        }
        terms.set(position, chosen);
      }
      return chosen;
    },
  };
}
