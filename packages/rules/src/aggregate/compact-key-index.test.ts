import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCompactKeyIndexState, drainKeys, firstOrAdd, forEachKey, type KeyedRecord } from './compact-key-index.ts';

const keyArbitrary = fc.oneof(
  fc.stringMatching(/^[0-9]{0,14}$/),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom('0', '00', '1', '01', '10', 'НЕТ', 'Ж', '', '\u001f'),
);

const recordArbitrary = fc.record({
  recordId: fc.option(fc.oneof(fc.string({ maxLength: 10 }), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.constant('line 7')), { nil: undefined }),
  line: fc.option(fc.nat({ max: 2 ** 40 }), { nil: undefined }),
  position: fc.nat({ max: 2 ** 40 }),
});

describe('the compact key index', () => {
  it('gives back the first record of every key, as a Map of the key texts would, through growth and paging', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArbitrary, recordArbitrary), { maxLength: 400 }), (adds) => {
        const state = createCompactKeyIndexState();
        const expected = new Map<string, KeyedRecord>();
        for (const [key, record] of adds) {
          const first = firstOrAdd(state, key, record);
          expect(first).toEqual(expected.get(key));
          if (!expected.has(key)) expected.set(key, record);
        }
        expect(state.size).toBe(expected.size);
        const visited: Array<[string, KeyedRecord]> = [];
        forEachKey(state, (key, first) => visited.push([key, first]));
        expect(visited).toEqual([...expected]);
        const drained: Array<[string, KeyedRecord]> = [];
        drainKeys(state, (key, first) => drained.push([key, first]));
        expect(drained).toEqual(visited);
        expect(state.size).toBe(0);
        expect(firstOrAdd(state, adds[0]?.[0] ?? '1', { recordId: 'x', line: 1, position: 1 })).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('an id of the form `line N` is the line of its record, stored without its text', () => {
    const state = createCompactKeyIndexState();
    firstOrAdd(state, '12345', { recordId: 'line 9', line: 9, position: 9 });
    firstOrAdd(state, '123456', { recordId: 'line 9', line: 8, position: 3 });
    expect(firstOrAdd(state, '12345', { recordId: 'C1', line: 1, position: 1 })).toEqual({ recordId: 'line 9', line: 9, position: 9 });
    expect(firstOrAdd(state, '123456', { recordId: 'C1', line: 1, position: 1 })).toEqual({ recordId: 'line 9', line: 8, position: 3 });
  });

  it('holds 200,000 distinct keys across several pages and finds each again', () => {
    const state = createCompactKeyIndexState();
    const count = 200_000;
    for (let index = 0; index < count; index += 1)
      firstOrAdd(state, String(7_000_000_000 + index * 37), { recordId: `C${index}`, line: index + 2, position: index + 2 });
    expect(state.pages.length).toBeGreaterThan(2);
    for (let index = 0; index < count; index += 997)
      expect(firstOrAdd(state, String(7_000_000_000 + index * 37), { recordId: 'x', line: 1, position: 1 })).toEqual({
        recordId: `C${index}`,
        line: index + 2,
        position: index + 2,
      });
    expect(state.size).toBe(count);
  });

  it('a position that is not a whole number is a clear error', () => {
    expect(() => firstOrAdd(createCompactKeyIndexState(), '1', { recordId: undefined, line: undefined, position: 1.5 })).toThrow(
      /position in the duplicate index must be a whole number from 0 below 2\^48, not 1.5/,
    );
  });
});
