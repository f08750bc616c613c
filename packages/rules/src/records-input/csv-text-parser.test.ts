import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from './csv-text-parser.ts';

function parseAll(text: string, delimiter = ','): Array<[number, string[] | 'unclosed']> {
  const rows: Array<[number, string[] | 'unclosed']> = [];
  parseCsvText(text, delimiter, 1, (cells, line) => rows.push([line, cells]), { onUnclosedQuote: (line) => rows.push([line, 'unclosed']) });
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

  it('reports a row whose quote is never closed, and reads on from the next line', () => {
    expect(parseAll('a,b\n1,"open\n2,3\n')).toEqual([
      [1, ['a', 'b']],
      [2, 'unclosed'],
      [3, ['2', '3']],
    ]);
  });

  it('reports each of many broken rows in one reading, however they chain', () => {
    // Read from its own line, each `a","` opens a quote that no later quote closes.
    expect(parseAll(`a,b\n"\n${'a","\n'.repeat(3)}c,d\n`)).toEqual([
      [1, ['a', 'b']],
      [2, 'unclosed'],
      [3, 'unclosed'],
      [4, 'unclosed'],
      [5, 'unclosed'],
      [6, ['c', 'd']],
    ]);
  });

  it('stops after maxRows records, an unreadable one included', () => {
    const rows: string[][] = [];
    const result = parseCsvText('"a,b\nc,d\ne,f\n', ',', 1, (cells) => rows.push(cells), { maxRows: 2 });
    expect(rows).toEqual([['c', 'd']]);
    expect(result).toEqual({ position: 9, line: 3 });
  });

  it('gives back any table written as CSV, with any delimiter', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', '\r\n', 'ж', 'é'), maxLength: 8 });
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 20 }),
        (delimiter, table) => {
          const text = table.map((row) => row.map((value) => quote(value, delimiter)).join(delimiter)).join('\n');
          expect(parseAll(text, delimiter).map(([, cells]) => cells)).toEqual(table);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads every row after one broken quote, whatever follows it', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '1', ' ', ';'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 20 }), (table) => {
        const text = `"broken,row\n${table.map((row) => row.join(',')).join('\n')}\n`;
        const rows = parseAll(text);
        expect(rows[0]).toEqual([1, 'unclosed']);
        expect(rows.slice(1).map(([, cells]) => cells)).toEqual(table.filter((row) => row.join(',') !== ''));
      }),
      { numRuns: 200 },
    );
  });
});
