import { describe, expect, it } from 'vitest';
import { readObjectiveFigure } from './objective-figure.ts';

const where = { name: 'target', objectiveId: 'o1' } as const;

describe('readObjectiveFigure', () => {
  it.each([
    [0.45, 'share', 0.45, undefined],
    ['0,45', 'share', 0.45, undefined],
    ['45%', 'share', 0.45, 'unit-understood'],
    [' 45 % ', 'rate', 0.45, 'unit-understood'],
    [45, 'share', 0.45, 'unit-understood'],
    ['45', 'share', 0.45, 'unit-understood'],
    [450, 'share', undefined, 'unit-mismatch'],
    ['120%', 'share', undefined, 'unit-mismatch'],
    ['45%', 'count', undefined, 'unit-mismatch'],
    ['1 200', 'mean', 1200, undefined],
    [1200, 'median', 1200, undefined],
    ['many', 'share', undefined, 'unreadable-figure'],
  ] as const)('%j for a %s → %s (%s)', (raw, unit, value, code) => {
    const read = readObjectiveFigure(raw, unit, where);
    expect(read.value).toBe(value);
    expect(read.problem?.code).toBe(code);
  });

  it('says which reading it chose', () => {
    expect(readObjectiveFigure(45, 'share', where).problem?.message).toBe(
      'objective o1: target 45 for a share understood as 45% = 0.45; write 0.45 or "45%" to say which you mean',
    );
  });

  it('has nothing to say about an absent figure', () => {
    expect(readObjectiveFigure(null, 'share', where)).toEqual({});
    expect(readObjectiveFigure('', 'share', where)).toEqual({});
  });
});
