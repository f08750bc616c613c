import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openWorkbookExport } from './open-workbook-export.ts';
import { workbookContainerProblem } from './read-workbook-rows.ts';

async function workbookBytes(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function rowsOf(bytes: Uint8Array, sheet?: string) {
  const opened = await openWorkbookExport(bytes, { source: 'clients.xlsx', ...(sheet === undefined ? {} : { sheet }) });
  const rows = [];
  for await (const row of opened.rows) rows.push(row);
  return { ...opened, rows };
}

describe('openWorkbookExport', () => {
  it('reads the first non-empty row as header, Excel dates as days, formulas by their saved value, and skips blank rows', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Clients');
      sheet.getRow(2).values = ['clientId', 'applicationDate', 'householdSize', 'note', ''];
      sheet.mergeCells('D2:E2');
      sheet.getRow(3).values = ['C1', new Date(Date.UTC(2024, 2, 31)), { formula: '2+2', result: 4 }, 'x'];
      sheet.getCell('B3').numFmt = 'dd.mm.yyyy';
      sheet.getRow(4).values = ['C2', '2024-04-01', { formula: '1/0', result: { error: '#DIV/0!' } }];
      sheet.getRow(6).values = [null, ''];
    });
    const { header, rows, sheet } = await rowsOf(bytes);
    expect(sheet).toBe('Clients');
    expect(header).toEqual({ row: 2, columns: ['clientId', 'applicationDate', 'householdSize', 'note'] });
    expect(rows).toEqual([
      { row: 3, cells: ['C1', { date: '2024-03-31' }, 4, 'x'] },
      { row: 4, cells: ['C2', '2024-04-01', { formulaProblem: expect.stringContaining('=1/0') }] },
    ]);
  });

  it('reads the sheet asked for, and lists the sheets when it does not exist', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Notes').getRow(1).values = ['nothing'];
      workbook.addWorksheet('Clients').getRow(1).values = ['clientId'];
    });
    expect((await rowsOf(bytes, 'Clients')).header.columns).toEqual(['clientId']);
    await expect(rowsOf(bytes, 'Kunden')).rejects.toThrow('clients.xlsx: no sheet named "Kunden"; the workbook has "Notes", "Clients"');
  });

  it('says a sheet without any row has no header, and a file that is no zip is no workbook', async () => {
    const bytes = await workbookBytes((workbook) => workbook.addWorksheet('Empty'));
    await expect(rowsOf(bytes)).rejects.toThrow('clients.xlsx: sheet "Empty" is empty: it has no header row');
    const text = new TextEncoder().encode('clientId,branchId\n');
    expect(workbookContainerProblem(text, () => text, 'clients.xlsx')?.message).toBe('clients.xlsx: not an .xlsx workbook (it is not a zip archive)');
    await expect(rowsOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow('clients.xlsx: not an .xlsx workbook');
  });
});

describe('workbookContainerProblem', () => {
  it('tells an encrypted workbook from an Excel 97–2003 one by their compound-file container', () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const encrypted = new Uint8Array([...header, ...Buffer.from('\0\0EncryptedPackage', 'utf16le')]);
    expect(workbookContainerProblem(encrypted, () => encrypted, 'a.xlsx')?.problem).toBe('encrypted');
    const xls = new Uint8Array([...header, ...Buffer.from('Workbook', 'utf16le')]);
    expect(workbookContainerProblem(xls, () => xls, 'a.xlsx')?.message).toContain('Excel 97–2003');
  });
});
