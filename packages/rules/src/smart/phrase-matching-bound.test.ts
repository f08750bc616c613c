import { describe, expect, it } from 'vitest';
import { analyzeObjective } from './analyze-objective.ts';
import { createStepCounter } from './step-counter.ts';
import { tokenize } from './tokenize.ts';
import type { Vocabulary } from './types.ts';
import { ENGLISH_VOCABULARY } from './vocabulary/en.ts';

/** A vocabulary whose every phrase list holds the phrase that froze the service for 16 s (issue 12). */
function hostile(phrase: string): Vocabulary {
  const copy = structuredClone(ENGLISH_VOCABULARY) as unknown as Record<string, unknown>;
  const poison = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.every((item) => typeof item === 'string') ? [phrase, ...value] : value.map(poison);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === 'phrases' ? [phrase, ...(item as string[])] : poison(item)]));
    return value;
  };
  const poisoned = poison(copy) as Record<string, unknown>;
  return { ...(poisoned as unknown as Vocabulary), lang: 'xx', script: 'latin', numberFormat: ENGLISH_VOCABULARY.numberFormat };
}

/** Per token: two scans (detection, analysis), each a walk of at most 12 trie levels with a few stem lookups. */
const MAX_STEPS_PER_TOKEN = 120;

function stepsFor(text: string, vocabulary: Vocabulary): { steps: number; tokens: number } {
  const counter = createStepCounter();
  analyzeObjective(text, { lang: 'xx', vocabularies: { xx: vocabulary }, stepCounter: counter });
  return { steps: counter.steps, tokens: Math.max(1, tokenize(text).length) };
}

describe('phrase matching is linear in the text whatever the vocabulary', () => {
  it.each([
    ['a a a a a a a a', 'a a a a a a a a a a a a a a a a a a a a a'],
    ['a-a-a-a-a-a-a-a', 'a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a'],
    ['a* a* a* a* a* a* a* a*', 'aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aa'],
  ])('phrase %j on a 42-character objective costs a bounded number of steps per token', (phrase, text) => {
    const vocabulary = hostile(phrase);
    const once = stepsFor(text, vocabulary);
    // A fixed number of steps per token, read each time by the language detector and the analyzer.
    expect(once.steps).toBeGreaterThan(0);
    expect(once.steps).toBeLessThanOrEqual(once.tokens * MAX_STEPS_PER_TOKEN);
    // Twice the text costs at most twice the steps: no blow-up with length.
    const twenty = stepsFor(`${text} `.repeat(20), vocabulary);
    const forty = stepsFor(`${text} `.repeat(40), vocabulary);
    expect(forty.steps).toBeLessThanOrEqual(twenty.steps * 2.02);
    expect(forty.steps).toBeLessThanOrEqual(forty.tokens * MAX_STEPS_PER_TOKEN);
  });

  it('60 spaces and hyphens cost no more than a few steps', () => {
    const vocabulary = hostile('a a a a a a a a');
    expect(stepsFor(' '.repeat(60), vocabulary).steps).toBeLessThan(50);
    expect(stepsFor('- '.repeat(60), vocabulary).steps).toBeLessThan(2000);
  });
});
