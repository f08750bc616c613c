import { describe, expect, test } from 'vitest';
import { joinSentences } from './live-announcement.ts';

describe('live-region sentences', () => {
  test('one full stop each, a capital at the start', () => {
    expect(joinSentences(['1 new problem: Household size 0 is outside 1 to 30.', '1 problem fixed'])).toBe(
      '1 new problem: Household size 0 is outside 1 to 30. 1 problem fixed.',
    );
    expect(joinSentences(['', 'ispravljen 1 problem'])).toBe('Ispravljen 1 problem.');
    expect(joinSentences(['Really?', 'done..'])).toBe('Really? Done.');
  });
});
