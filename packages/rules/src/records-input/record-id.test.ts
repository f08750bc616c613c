import { describe, expect, it } from 'vitest';
import { recordIdOf } from './record-id.ts';

describe('recordIdOf', () => {
  it('is the clientId as read: text trimmed, a finite number as written', () => {
    expect(recordIdOf({ clientId: ' C000123 ' }, 7)).toBe('C000123');
    expect(recordIdOf({ clientId: 12 }, 7)).toBe('12');
    expect(recordIdOf({ clientId: 0 }, 7)).toBe('0');
  });

  it('is the line for a record without a readable clientId, and nothing without a line', () => {
    for (const clientId of ['', '  ', null, undefined, true, Number.NaN, Number.POSITIVE_INFINITY, { id: 'C1' }, ['C1']]) {
      expect(recordIdOf({ clientId }, 7)).toBe('line 7');
      expect(recordIdOf({ clientId })).toBeUndefined();
    }
  });
});
