import type { KeyFolder } from './phrase-matcher.ts';

/** Ways a vocabulary may ask its words to be compared beyond lower case (`fold` in its schema). */
export type KeyFolding = 'cyrillic-to-latin' | 'strip-diacritics';

/** Serbian Cyrillic to Gaj's Latin alphabet, letter by letter (the two scripts map one to one). */
const SERBIAN_CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};
const CYRILLIC = /[\u0400-\u04ff]/u;
const MARKS = /\p{M}/gu;

/**
 * A function from a token's lower-case key to the key its vocabulary compares: for Bosnian,
 * Croatian and Serbian both scripts fold to Latin and diacritics are dropped, so "жене",
 * "žene" and "zene" (typed on a keyboard without them) are one word.
 *
 * @example
 * createKeyFolder(['cyrillic-to-latin', 'strip-diacritics'])('жене'); // 'zene'
 */
export function createKeyFolder(folding: readonly KeyFolding[] = []): KeyFolder {
  const latin = folding.includes('cyrillic-to-latin');
  const strip = folding.includes('strip-diacritics');
  if (!latin && !strip) return (key) => key;
  return (key) => {
    let folded = key;
    if (latin && CYRILLIC.test(folded)) folded = Array.from(folded, (character) => SERBIAN_CYRILLIC[character] ?? character).join('');
    if (strip) folded = folded.replaceAll('đ', 'd').normalize('NFD').replace(MARKS, '');
    return folded;
  };
}
