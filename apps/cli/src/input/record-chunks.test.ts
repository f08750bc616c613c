import { parseCsvText } from '@social-lens/rules/records-input';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { firstCsvRecordEnd, forEachCsvRecordEnd, splitIntoRecordChunks } from './record-chunks.ts';

function quote(cell: string, delimiter: string): string {
  return /["\n\r]/.test(cell) || cell.includes(delimiter) || cell === '' ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function parseAll(text: string): Array<[number, string[]]> {
  const rows: Array<[number, string[]]> = [];
  parseCsvText(text, ',', 1, (cells, line) => rows.push([line, cells]));
  return rows;
}

describe('splitIntoRecordChunks', () => {
  it('cuts only between records, so chunks parse to the same records and lines as the whole text', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', ' '), maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 64 }),
        async (table, chunkBytes) => {
          const text = `${table.map((row) => row.map((value) => quote(value, ',')).join(',')).join('\n')}\n`;
          const bytes = Buffer.from(text);
          const pieces = [bytes.subarray(0, 7), bytes.subarray(7)].filter((piece) => piece.length > 0);
          const rows: Array<[number, string[]]> = [];
          const stream = (async function* () {
            yield* pieces;
          })();
          for await (const chunk of splitIntoRecordChunks(stream, { chunkBytes, csvDelimiter: ',' })) {
            parseCsvText(chunk.bytes.toString('utf8'), ',', chunk.firstLine, (cells, line) => rows.push([line, cells]));
          }
          expect(rows).toEqual(parseAll(text));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('splitIntoRecordChunks on one very long line', () => {
  it('joins what is pending a logarithmic number of times, not once per piece', async () => {
    const piece = Buffer.alloc(64 * 1024, 'x'.charCodeAt(0));
    const pieces = 256; // 16 MB without a line end
    const stream = (async function* () {
      for (let index = 0; index < pieces; index += 1) yield piece;
      yield Buffer.from('\n');
    })();
    const concat = vi.spyOn(Buffer, 'concat');
    try {
      const chunks = [];
      for await (const chunk of splitIntoRecordChunks(stream, { chunkBytes: 64 * 1024, csvDelimiter: ',' })) chunks.push(chunk);
      expect(chunks.map((chunk) => chunk.bytes.length)).toEqual([pieces * piece.length + 1]);
      expect(concat.mock.calls.length).toBeLessThan(20);
    } finally {
      concat.mockRestore();
    }
  });
});

/** The record ends of a byte-by-byte reading, quote rules as `parseCsvText`: what the quote-to-quote search must find. */
function recordEndsByteByByte(bytes: Uint8Array, delimiter: number): number[] {
  const ends: number[] = [];
  let inQuotes = false;
  let atCellStart = true;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index]!;
    if (inQuotes) {
      if (byte === 34) {
        if (bytes[index + 1] === 34) index += 1;
        else inQuotes = false;
      }
    } else if (byte === 34 && atCellStart) {
      inQuotes = true;
      atCellStart = false;
    } else if (byte === delimiter) atCellStart = true;
    else if (byte === 10) {
      ends.push(index);
      atCellStart = true;
    } else if (byte !== 13) atCellStart = false;
  }
  return ends;
}

describe('forEachCsvRecordEnd', () => {
  it('finds the record ends of a byte-by-byte reading: quoted line breaks, doubled quotes, quotes inside unquoted cells, CR, unclosed quotes', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', ';', '"', '""', '\n', '\r', '\r\n', ',"', '\n"', 'é'), maxLength: 80 });
    fc.assert(
      fc.property(text, fc.constantFrom(',', ';'), (value, delimiterText) => {
        const bytes = Buffer.from(value);
        const delimiter = delimiterText.charCodeAt(0);
        const expected = recordEndsByteByByte(bytes, delimiter);
        const ends: number[] = [];
        forEachCsvRecordEnd(bytes, delimiter, (index) => ends.push(index) > 0);
        expect(ends).toEqual(expected);
        expect(firstCsvRecordEnd(bytes, delimiter)).toBe(expected[0] ?? -1);
      }),
      { numRuns: 2000 },
    );
  });
});
