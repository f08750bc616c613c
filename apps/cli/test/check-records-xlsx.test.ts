import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsvText } from '@social-lens/rules/records-input';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const EXAMPLE = fileURLToPath(new URL('../examples/clients.csv', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'lens-xlsx-'));
const check = (file: string, ...options: string[]) =>
  runLens(['check', 'records', file, '--format', 'ndjson', '--today', '2026-11-29', '--fail-on', 'never', ...options]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The example export as MIS staff would keep it in Excel: numbers as numbers, every other date as an Excel date, a formula, a merged header cell. */
async function writeExampleWorkbook(path: string): Promise<void> {
  const rows: string[][] = [];
  parseCsvText(readFileSync(EXAMPLE, 'utf8'), ',', 1, (cells) => rows.push(cells));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Clients');
  const [header, ...data] = rows;
  sheet.getRow(1).values = [...header!, 'Remarks', ''];
  sheet.mergeCells(1, header!.length + 1, 1, header!.length + 2);
  data.forEach((cells, index) => {
    const row = sheet.getRow(index + 2);
    cells.forEach((text, column) => {
      const cell = row.getCell(column + 1);
      const asDate = new Date(`${text}T00:00:00Z`);
      if (ISO_DATE.test(text) && index % 2 === 0 && !Number.isNaN(asDate.getTime()) && asDate.toISOString().startsWith(text)) {
        cell.value = asDate;
        cell.numFmt = 'dd.mm.yyyy';
      } else if (text !== '' && String(Number(text)) === text) {
        cell.value = header![column] === 'householdSize' && index === 0 ? { formula: `${text}+0`, result: Number(text) } : Number(text);
      } else cell.value = text;
    });
  });
  await workbook.xlsx.writeFile(path);
}

describe('lens check records FILE.xlsx', () => {
  const workbook = join(folder, 'clients.xlsx');
  beforeAll(async () => {
    await writeExampleWorkbook(workbook);
  });

  it('gives exactly the findings of the same export as CSV, in this thread and in workers', async () => {
    const csv = await check(EXAMPLE, '--workers', '0');
    const xlsx = await check(workbook, '--workers', '0');
    const inWorkers = await check(workbook, '--workers', '2');
    expect(csv.status).toBe(0);
    expect(xlsx.status).toBe(0);
    expect(csv.stdout.split('\n').length).toBeGreaterThan(90);
    expect(xlsx.stdout).toBe(csv.stdout);
    expect(inWorkers.stdout).toBe(csv.stdout);
  });

  it('reads a formula error as a values-readable finding on its field', async () => {
    const path = join(folder, 'errors.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Clients');
    sheet.addRow(['clientId', 'householdSize', 'householdIncomeMonthly']);
    sheet.addRow(['C1', 4, { formula: '1/0', result: { error: '#DIV/0!' } }]);
    await book.xlsx.writeFile(path);
    const result = await check(path, '--ruleset', 'core/client-data');
    const findings = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { ruleId: string; fields: string[]; line: number });
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'core/client-data#values-readable', fields: ['householdIncomeMonthly'], line: 2 }));
  });

  it('exits 2 naming the file for a file that is no workbook, an empty sheet, and an unknown sheet (listing those that exist)', async () => {
    const fake = join(folder, 'fake.xlsx');
    writeFileSync(fake, 'clientId,branchId\nC1,BR1\n');
    const notWorkbook = await check(fake);
    expect(notWorkbook.status).toBe(2);
    expect(notWorkbook.stderr).toContain('fake.xlsx: not an .xlsx workbook');
    const encrypted = join(folder, 'locked.xlsx');
    writeFileSync(encrypted, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('EncryptedPackage', 'utf16le')]));
    const locked = await check(encrypted);
    expect(locked.status).toBe(2);
    expect(locked.stderr).toContain('locked.xlsx: the workbook is encrypted');
    const empty = join(folder, 'empty.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Nothing');
    await book.xlsx.writeFile(empty);
    const noHeader = await check(empty);
    expect(noHeader.status).toBe(2);
    expect(noHeader.stderr).toContain('empty.xlsx: sheet "Nothing" is empty: it has no header row');
    const unknown = await check(workbook, '--sheet', 'Kunden');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no sheet named "Kunden"; the workbook has "Clients"');
  });
});
