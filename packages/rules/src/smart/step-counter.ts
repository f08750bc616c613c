/**
 * Counts the elementary steps of phrase matching (trie nodes visited and lookups made), so a
 * test can prove the cost bound instead of timing it.
 *
 * @example
 * const counter = createStepCounter();
 * analyzeObjective(text, { stepCounter: counter });
 * counter.steps; // ≤ MAX_STEPS_PER_TOKEN × the number of tokens
 */
export interface StepCounter {
  steps: number;
}

/** A counter starting at zero. */
export function createStepCounter(): StepCounter {
  return { steps: 0 };
}
