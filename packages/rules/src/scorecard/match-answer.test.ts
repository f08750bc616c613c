import { describe, expect, it } from 'vitest';
import { createAnswerIndex, matchAnswer } from './match-answer.ts';

const size = createAnswerIndex({
  id: 'household-size',
  field: 'members',
  text: { en: 'Members?' },
  answers: ['7+', '6', '5', '4', '3', '2', '1'].map((value, index) => ({ value, points: index })),
});

describe('matchAnswer', () => {
  it('matches the value first, then a whole number as the 1-based position', () => {
    expect(matchAnswer(size, '2')).toEqual({ kind: 'answer', index: 5 });
    expect(matchAnswer(size, ' 7+ ')).toEqual({ kind: 'answer', index: 0 });
    expect(matchAnswer(size, '7')).toEqual({ kind: 'answer', index: 6 });
    expect(matchAnswer(size, 3)).toEqual({ kind: 'answer', index: 4 });
  });

  it('reads blank as missing and anything else as not in the list', () => {
    expect(matchAnswer(size, '  ')).toEqual({ kind: 'missing' });
    expect(matchAnswer(size, null)).toEqual({ kind: 'missing' });
    expect(matchAnswer(size, undefined)).toEqual({ kind: 'missing' });
    expect(matchAnswer(size, '8')).toEqual({ kind: 'not-in-list', text: '8' });
    expect(matchAnswer(size, '0')).toEqual({ kind: 'not-in-list', text: '0' });
    expect(matchAnswer(size, '2.0')).toEqual({ kind: 'not-in-list', text: '2.0' });
    expect(matchAnswer(size, 2.5)).toEqual({ kind: 'not-in-list', text: '2.5' });
    expect(matchAnswer(size, true)).toEqual({ kind: 'not-in-list', text: 'true' });
    expect(matchAnswer(size, { value: '2' })).toEqual({ kind: 'not-in-list', text: '{"value":"2"}' });
  });
});
