/**
 * How an answer is compared with the values of its question: trimmed, lower-cased. The same
 * key in lint (two values that collide) and in scoring (a record's answer).
 *
 * @example answerKey(' Yes ') // → 'yes'
 */
export function answerKey(text: string): string {
  return text.trim().toLowerCase();
}

const WHOLE_NUMBER = /^\d{1,6}$/;

/** The whole number a key is, when it is one (`07` → 7), else undefined. */
export function wholeNumberOf(key: string): number | undefined {
  return WHOLE_NUMBER.test(key) ? Number(key) : undefined;
}
