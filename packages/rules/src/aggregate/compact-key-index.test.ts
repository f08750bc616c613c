import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCompactKeyIndexState, firstOrAdd, forEachKey, type KeyedRecord, mergeKeyIndex } from './compact-key-index.ts';

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
      }),
      { numRuns: 200 },
    );
  });

  it('merges another index into this one as a Map of first records would, telling each shared key, and empties the other', () => {
    const adds = fc.array(fc.tuple(keyArbitrary, recordArbitrary), { maxLength: 200 });
    fc.assert(
      fc.property(adds, adds, (mine, theirs) => {
        const into = createCompactKeyIndexState();
        const from = createCompactKeyIndexState();
        const expected = new Map<string, KeyedRecord>();
        const theirFirsts = new Map<string, KeyedRecord>();
        for (const [key, record] of mine) if (firstOrAdd(into, key, record) === undefined) expected.set(key, record);
        for (const [key, record] of theirs) if (firstOrAdd(from, key, record) === undefined) theirFirsts.set(key, record);
        const shared: Array<[string, KeyedRecord, KeyedRecord]> = [];
        mergeKeyIndex(into, from, (key, theirFirst, myFirst) => shared.push([key, theirFirst, myFirst]));
        expect(shared).toEqual([...theirFirsts].filter(([key]) => expected.has(key)).map(([key, first]) => [key, first, expected.get(key)]));
        for (const [key, first] of theirFirsts) if (!expected.has(key)) expected.set(key, first);
        const visited: Array<[string, KeyedRecord]> = [];
        forEachKey(into, (key, first) => visited.push([key, first]));
        expect(visited).toEqual([...expected]);
        expect(into.size).toBe(expected.size);
        for (const [key, first] of expected) expect(firstOrAdd(into, key, { recordId: 'x', line: 1, position: 1 })).toEqual(first);
        expect(from.size).toBe(0);
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
