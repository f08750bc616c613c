import { answerKey, wholeNumberOf } from './answer-key.ts';
import type { ScorecardQuestion } from './scorecard-schema.ts';

/** What a record's answer to one question is: an answer (by index), missing, or not in the list. */
export type AnswerMatch = { kind: 'answer'; index: number } | { kind: 'missing' } | { kind: 'not-in-list'; text: string };

const MISSING: AnswerMatch = Object.freeze({ kind: 'missing' });

/** A question with its values indexed once, for matching many records. */
export interface AnswerIndex {
  question: ScorecardQuestion;
  byKey: ReadonlyMap<string, number>;
  /** One frozen match per answer, so that matching a listed answer allocates nothing. */
  found: readonly AnswerMatch[];
}

/** Indexes the values of a question. */
export function createAnswerIndex(question: ScorecardQuestion): AnswerIndex {
  return {
    question,
    byKey: new Map(question.answers.map((answer, index) => [answerKey(answer['value']), index])),
    found: question.answers.map((_answer, index) => Object.freeze({ kind: 'answer', index }) as AnswerMatch),
  };
}

/**
 * Matches a record's raw answer: by value first (trimmed, case-insensitive); a whole number that
 * is no value is the answer's 1-based position, as paper forms key them; anything else is not
 * in the list. Blank is missing.
 *
 * @example
 * matchAnswer(createAnswerIndex(householdSize), ' 7+ ') // → { kind: 'answer', index: 0 }
 * matchAnswer(createAnswerIndex(householdSize), '9')    // → { kind: 'not-in-list', text: '9' } (7 answers)
 */
export function matchAnswer(index: AnswerIndex, raw: unknown): AnswerMatch {
  if (raw === undefined || raw === null) return MISSING;
  let text: string;
  if (typeof raw === 'string') text = raw;
  else if (typeof raw === 'number' || typeof raw === 'boolean') text = String(raw);
  else return { kind: 'not-in-list', text: JSON.stringify(raw) };
  const key = answerKey(text);
  if (key === '') return MISSING;
  const byValue = index.byKey.get(key);
  if (byValue !== undefined) return index.found[byValue]!;
  const position = wholeNumberOf(key);
  if (position !== undefined && position >= 1 && position <= index.found.length) return index.found[position - 1]!;
  return { kind: 'not-in-list', text: text.trim() };
}
