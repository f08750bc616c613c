import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseCsvText } from './csv-text-parser.ts';
import { splitIntoRecordChunks } from './record-chunks.ts';

function parseAll(text: string, delimiter = ','): Array<[number, string[]]> {
  const rows: Array<[number, string[]]> = [];
  parseCsvText(text, delimiter, 1, (cells, line) => rows.push([line, cells]));
  return rows;
}

function quote(cell: string, delimiter: string): string {
  return /["\n\r]/.test(cell) || cell.includes(delimiter) || cell === '' ? `"${cell.replaceAll('"', '""')}"` : cell;
}

describe('parseCsvText', () => {
  it('reads quoted cells, doubled quotes, line breaks inside quotes and CRLF, with the line each record starts on', () => {
    expect(parseAll('a,b,c\r\n1,"x\ny",3\n\n"say ""hi""",,6\n7,8')).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', 'x\ny', '3']],
      [5, ['say "hi"', '', '6']],
      [6, ['7', '8']],
    ]);
  });

  it('takes a quote inside an unquoted cell as a character, as Excel does', () => {
    expect(parseAll('5" screen,2\n')).toEqual([[1, ['5" screen', '2']]]);
  });

  it('says where an unclosed quote starts', () => {
    const rows: string[][] = [];
    expect(parseCsvText('a,b\n1,"open\n2,3\n', ',', 1, (cells) => rows.push(cells))).toMatchObject({ unclosedQuoteLine: 2 });
    expect(rows).toEqual([['a', 'b']]);
  });

  it('gives back any table written as CSV, with any delimiter', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', '\r\n', 'ж', 'é') , maxLength: 8 });
    fc.assert(
      fc.property(fc.constantFrom(',', ';', '\t'), fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 20 }), (delimiter, table) => {
        const text = table.map((row) => row.map((value) => quote(value, delimiter)).join(delimiter)).join('\n');
        expect(parseAll(text, delimiter).map(([, cells]) => cells)).toEqual(table);
      }),
      { numRuns: 300 },
    );
  });
});

describe('splitIntoRecordChunks', () => {
  it('cuts only between records, so chunks parse to the same records and lines as the whole text', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', ' '), maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 64 }), async (table, chunkBytes) => {
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
      }),
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
