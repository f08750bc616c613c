import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATE_FIELDS, NUMBER_FIELDS, parseCsvText } from '@social-lens/rules/records-input';
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

/** A cell of the example as Excel in a Russian or Bosnian locale writes it as text: `1 234,5`, `31.03.2024`. */
function localText(text: string, column: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (DATE_FIELDS.includes(column) && iso) return `${iso[3]}.${iso[2]}.${iso[1]}`;
  if (!NUMBER_FIELDS.includes(column) || text === '' || !Number.isFinite(Number(text))) return text;
  const [whole = '', decimals] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ' ');
  return decimals === undefined ? grouped : `${grouped},${decimals}`;
}

/** The example in local conventions twice: a `;`-separated CSV, and a workbook whose every cell is stored as text. */
async function writeLocalExports(csvPath: string, xlsxPath: string): Promise<void> {
  const rows: string[][] = [];
  parseCsvText(readFileSync(EXAMPLE, 'utf8'), ',', 1, (cells) => rows.push(cells));
  const [header, ...data] = rows;
  const local = data.map((cells) => cells.map((text, column) => localText(text, header![column]!)));
  const quote = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  writeFileSync(csvPath, `${[header!, ...local].map((cells) => cells.map(quote).join(';')).join('\n')}\n`);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Clients');
  [header!, ...local].forEach((cells, index) => {
    const row = sheet.getRow(index + 1);
    cells.forEach((text, column) => {
      const cell = row.getCell(column + 1);
      cell.numFmt = '@';
      cell.value = text;
    });
  });
  await workbook.xlsx.writeFile(xlsxPath);
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

  it('reads numbers and dates stored as text as the same text in a CSV: same findings, same detection report', async () => {
    const csvPath = join(folder, 'clients-local.csv');
    const xlsxPath = join(folder, 'clients-local.xlsx');
    await writeLocalExports(csvPath, xlsxPath);
    const csv = await check(csvPath, '--workers', '0');
    const xlsx = await check(xlsxPath, '--workers', '0');
    const inWorkers = await check(xlsxPath, '--workers', '2');
    expect(readFileSync(csvPath, 'utf8')).toMatch(/;\d+,\d+;/);
    expect(readFileSync(csvPath, 'utf8')).toMatch(/;\d{1,3} \d{3}[;,]/);
    expect(csv.stdout.split('\n').length).toBeGreaterThan(90);
    expect(xlsx.stdout).toBe(csv.stdout);
    expect(inWorkers.stdout).toBe(csv.stdout);
    const decisions = (result: { stderr: string }) =>
      result.stderr
        .split('\n')
        .find((line) => line.includes('DD.MM.YYYY'))
        ?.replace(/^[^:]*: /, '');
    expect(decisions(xlsx)).toContain('householdIncomeMonthly: decimal comma');
    for (const result of [csv, xlsx]) expect(decisions(result)).toMatch(/householdIncomeMonthly: decimal comma, groups; .*applicationDate: DD\.MM\.YYYY/);
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
