import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTableWorkbook } from './write-table-workbook.ts';

const folder = mkdtempSync(join(tmpdir(), 'table-workbook-'));

async function read(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

describe('createTableWorkbook', () => {
  it('goes on to a sheet "Name (2)" with the same header when a sheet is full', async () => {
    const path = join(folder, 'continued.xlsx');
    const book = createTableWorkbook(path, { maxNotes: 10, rowsPerSheet: 4 });
    await book.addSheet('Records', [{ header: 'n' }, { header: 'text' }]);
    for (let row = 1; row <= 7; row += 1) await book.addRow([row, `row ${row}`]);
    await book.addSheet('Other', [{ header: 'x' }]);
    const summary = await book.close();
    expect(summary.sheets).toEqual([
      { name: 'Records', rows: 4 },
      { name: 'Records (2)', rows: 4 },
      { name: 'Records (3)', rows: 2 },
      { name: 'Other', rows: 1 },
    ]);
    const written = await read(path);
    expect(written.worksheets.map((sheet) => sheet.name)).toEqual(['Records', 'Records (2)', 'Records (3)', 'Other']);
    expect(written.getWorksheet('Records (2)')!.getRow(1).values).toEqual([undefined, 'n', 'text']);
    expect(written.getWorksheet('Records (3)')!.getRow(2).values).toEqual([undefined, 7, 'row 7']);
  });

  it('keeps at most maxNotes notes and counts the rest; fills cells by severity', async () => {
    const path = join(folder, 'notes.xlsx');
    const book = createTableWorkbook(path, { maxNotes: 3 });
    await book.addSheet('Records', [{ header: 'a' }, { header: 'b' }]);
    for (let row = 1; row <= 5; row += 1) await book.addRow([row, 'x'], [undefined, { fill: row % 2 ? 'error' : 'warning', note: `note ${row}` }]);
    expect(await book.close()).toMatchObject({ notes: 3, notesLeftOut: 2 });
    const sheet = (await read(path)).getWorksheet('Records')!;
    // exceljs gives a note of one plain run as a string.
    const notes = [2, 3, 4, 5, 6].map((row) => sheet.getRow(row).getCell(2).note as string | undefined);
    expect(notes).toEqual(['note 1', 'note 2', 'note 3', undefined, undefined]);
    expect((sheet.getRow(3).getCell(2).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFD98A');
    expect((sheet.getRow(6).getCell(2).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF4B6B6');
  });

  it('cuts text to 32,767 characters, replaces characters XML cannot hold, and makes sheet names Excel accepts', async () => {
    const path = join(folder, 'text.xlsx');
    const book = createTableWorkbook(path, { maxNotes: 0 });
    await book.addSheet('a/b: [c]*? and a name longer than thirty-one characters', [{ header: 'text' }]);
    await book.addRow(['x'.repeat(40_000)]);
    await book.addRow(['bell\u0007 nul\u0000 <&> "q" \uD800 \u{1F600}']);
    await book.close();
    const sheet = (await read(path)).worksheets[0]!;
    expect(sheet.name).toBe('a b   c    and a name longer th');
    expect(String(sheet.getRow(2).getCell(1).value)).toHaveLength(32_767);
    expect(sheet.getRow(3).getCell(1).value).toBe('bell\uFFFD nul\uFFFD <&> "q" \uFFFD \u{1F600}');
  });
});
