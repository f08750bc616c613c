import { compileVocabulary } from './compile-vocabulary.ts';
import type { StepCounter } from './step-counter.ts';
import { readTokens } from './token-reader.ts';
import type { Vocabulary } from './types.ts';

/** The outcome of {@link detectLanguage}. */
export interface DetectedLanguage {
  /** The best-fitting vocabulary's language, or `und` when the text is long enough and none fits. */
  detectedLang: string;
  /** Script of most letters: `cyrillic`, `latin`, `greek` or `other`. */
  script: Vocabulary['script'];
}

/** Below this many words every text counts as written in its script's default language. */
const MIN_WORDS_TO_REJECT = 4;
/** Share of words that must be known to a vocabulary (or 3 of them) to accept its language. */
const MIN_COMMON_SHARE = 0.12;
const MIN_COMMON_WORDS = 3;

const EVIDENCE_LISTS = ['commonWords', 'targetGroups', 'indicators', 'measurableVerbs', 'vagueWords'] as const;

function dominantScript(text: string): Vocabulary['script'] {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const greek = text.match(/\p{Script=Greek}/gu)?.length ?? 0;
  const max = Math.max(cyrillic, latin, greek);
  if (max === 0) return 'latin';
  if (cyrillic === max) return 'cyrillic';
  if (latin === max) return 'latin';
  return 'greek';
}

const SCRIPT_LETTERS: Partial<Record<Vocabulary['script'], RegExp>> = {
  cyrillic: /\p{Script=Cyrillic}/gu,
  latin: /\p{Script=Latin}/gu,
  greek: /\p{Script=Greek}/gu,
};

/** Whether every letter of the text's script is one of the alphabet's ("ы" and "э" but no "і", "ә" or "ј" is Russian). */
function writtenIn(text: string, script: Vocabulary['script'], alphabet: string | undefined): boolean {
  const letterOfScript = SCRIPT_LETTERS[script];
  if (alphabet === undefined || letterOfScript === undefined) return false;
  const letters = text.toLowerCase().match(letterOfScript) ?? [];
  return letters.length > 0 && letters.every((letter) => alphabet.includes(letter));
}

/**
 * Detects the language of a text among the given vocabularies: by the share of its words
 * that are a vocabulary's function words or terms (groups, indicators, verbs). Vocabularies
 * of the text's script are asked first, then those that read it through a script folding
 * (Serbian Cyrillic read by the Latin BCS vocabulary). A text of a few words is given the
 * default language of its script (Cyrillic → `ru`, else `en`).
 *
 * @example
 * detectLanguage('Увеличить долю женщин', vocabularies).detectedLang; // 'ru'
 * detectLanguage('Erhöhung des Anteils der Frauen bis 2027 auf 60 Prozent', vocabularies).detectedLang; // 'und'
 */
export function detectLanguage(text: string, vocabularies: Readonly<Record<string, Vocabulary>>, counter?: StepCounter): DetectedLanguage {
  const script = dominantScript(text);
  const fallback = script === 'cyrillic' ? 'ru' : 'en';
  const words = text.match(/[\p{L}\p{N}]+/gu)?.filter((word) => /\p{L}/u.test(word)).length ?? 0;
  let best: { lang: string; hits: number; alphabet?: string | undefined } = { lang: 'und', hits: 0 };
  for (const vocabulary of Object.values(vocabularies)) {
    const readsScript = vocabulary.script === script || (script === 'cyrillic' && vocabulary.fold?.includes('cyrillic-to-latin') === true);
    if (!readsScript) continue;
    const reader = readTokens(text, compileVocabulary(vocabulary), counter);
    const hits = EVIDENCE_LISTS.reduce((sum, list) => sum + reader.terms(list).length, 0);
    if (hits > best.hits || (hits === best.hits && vocabulary.lang === fallback)) best = { lang: vocabulary.lang, hits, alphabet: vocabulary.alphabet };
  }
  if (words < MIN_WORDS_TO_REJECT) return { detectedLang: best.hits > 0 ? best.lang : fallback, script };
  const accepted = best.hits >= MIN_COMMON_WORDS || best.hits / words >= MIN_COMMON_SHARE || (best.hits > 0 && writtenIn(text, script, best.alphabet));
  return { detectedLang: accepted ? best.lang : 'und', script };
}
