import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '@social-lens/rules';
import { parseCsvText } from '@social-lens/rules/records-input';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLens } from './run-lens.ts';

const EXAMPLE = fileURLToPath(new URL('../examples/clients.csv', import.meta.url));
const LENS = fileURLToPath(new URL('../bin/lens.js', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'lens-xlsx-output-'));
const OPTIONS = ['--today', '2026-06-30', '--fail-on', 'never'];
const FILLS = { error: 'FFF4B6B6', warning: 'FFFFD98A', info: 'FFD6E6F5' } as const;
const SEVERITY_ORDER = ['error', 'warning', 'info'];

async function findingsOf(file: string): Promise<Finding[]> {
  const run = await runLens(['check', 'records', file, '--format', 'ndjson', ...OPTIONS]);
  expect(run.status).toBe(0);
  return run.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Finding);
}

async function workbookOf(file: string, out: string): Promise<{ book: ExcelJS.Workbook; stderr: string }> {
  const run = await runLens(['check', 'records', file, '--format', 'xlsx', '--out', out, ...OPTIONS]);
  expect(run.stderr).toContain(`→ ${out}`);
  expect(run.status).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  return { book, stderr: run.stderr };
}

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = book.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The rows of a sheet after its header, as arrays of cell values from column A. */
function bodyOf(worksheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let row = 2; row <= worksheet.rowCount; row += 1) {
    const values = worksheet.getRow(row).values as unknown[];
    rows.push(Array.from({ length: worksheet.columnCount }, (_, index) => values[index + 1] ?? null));
  }
  return rows;
}

function headerOf(worksheet: ExcelJS.Worksheet): string[] {
  return (worksheet.getRow(1).values as unknown[]).slice(1).map(String);
}

function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as ExcelJS.Comment | string | undefined;
  if (note === undefined) return undefined;
  return typeof note === 'string' ? note : note.texts?.map((run) => run.text).join('');
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
}

function csvRows(path: string): string[][] {
  const rows: string[][] = [];
  parseCsvText(readFileSync(path, 'utf8'), ',', 1, (cells) => rows.push(cells));
  return rows;
}

describe('lens check records --format xlsx --out FILE.xlsx', () => {
  const out = join(folder, 'example.xlsx');
  let book: ExcelJS.Workbook;
  let findings: Finding[];
  let stderr: string;
  beforeAll(async () => {
    findings = await findingsOf(EXAMPLE);
    ({ book, stderr } = await workbookOf(EXAMPLE, out));
  });

  it('writes five sheets, each with a frozen, filtered, bold header, and says so in one line', () => {
    expect(book.worksheets.map((worksheet) => worksheet.name)).toEqual(['Records', 'Findings', 'By branch', 'By loan officer', 'Portfolio']);
    for (const worksheet of book.worksheets) {
      expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(worksheet.autoFilter).toBe(`A1:${worksheet.getRow(1).getCell(worksheet.columnCount).address.replace(/\d+$/, '')}${worksheet.rowCount}`);
      expect(worksheet.getRow(1).getCell(1).font?.bold).toBe(true);
    }
    expect(stderr).toMatch(/^lens: 400 records, \d+ errors, \d+ warnings, \d+ notes in [\d.]+ s → .*example\.xlsx$/m);
  });

  it('Records: one row per record, the count and line first, then the columns as they came, numbers as numbers', () => {
    const [header, ...data] = csvRows(EXAMPLE);
    const records = sheet(book, 'Records');
    expect(headerOf(records)).toEqual(['Findings', 'Line', ...header!]);
    const body = bodyOf(records);
    expect(body).toHaveLength(data.length);
    const income = header!.indexOf('householdIncomeMonthly');
    body.forEach((row, index) => {
      expect(row[1]).toBe(index + 2);
      expect(row[2]).toBe(data[index]![0]);
      const written = data[index]![income]!;
      if (/^\d+$/.test(written)) expect(row[income + 2]).toBe(Number(written));
    });
    const perLine = new Map<number, number>();
    for (const finding of findings) if (finding.line !== undefined) perLine.set(finding.line, (perLine.get(finding.line) ?? 0) + 1);
    for (const row of body) expect(row[0]).toBe(perLine.get(row[1] as number) ?? 0);
  });

  it('Records: each cell a finding names is filled by its severity and notes its message; other cells are plain', () => {
    const records = sheet(book, 'Records');
    const columns = headerOf(records);
    const rowOfLine = new Map(bodyOf(records).map((row, index) => [row[1] as number, index + 2]));
    const named = new Map<string, Finding[]>();
    for (const finding of findings) {
      if (finding.line === undefined) continue;
      for (const field of finding.fields) named.set(`${finding.line}:${field}`, [...(named.get(`${finding.line}:${field}`) ?? []), finding]);
    }
    expect(named.size).toBeGreaterThan(50);
    for (const [key, found] of named) {
      const [line, field] = key.split(':') as [string, string];
      const cell = records.getRow(rowOfLine.get(Number(line))!).getCell(columns.indexOf(field) + 1);
      const worst = SEVERITY_ORDER.find((severity) => found.some((finding) => finding.severity === severity)) as keyof typeof FILLS;
      expect(fillOf(cell), key).toBe(FILLS[worst]);
      for (const finding of found.slice(0, 5)) expect(noteText(cell), key).toContain(finding.message);
    }
    const clean = bodyOf(records).findIndex((row) => row[0] === 0) + 2;
    records.getRow(clean).eachCell((cell) => {
      expect(fillOf(cell)).toBeUndefined();
      expect(noteText(cell)).toBeUndefined();
    });
  });

  it('Findings: one row per finding, equal to the NDJSON findings of the same run and in their order', () => {
    const findingsSheet = sheet(book, 'Findings');
    expect(headerOf(findingsSheet)).toEqual(['Row', 'Client id', 'Severity', 'Rule', 'Fields', 'Message', 'Suggestion']);
    const expected = findings.map((finding) => [
      finding.line ?? null,
      finding.recordId ?? null,
      finding.severity,
      finding.ruleId,
      finding.fields.length > 0 ? finding.fields.join(', ') : null,
      finding.message,
      finding.suggestion ?? null,
    ]);
    expect(bodyOf(findingsSheet)).toEqual(expected);
    for (const [index, row] of bodyOf(findingsSheet).entries()) {
      expect(fillOf(findingsSheet.getRow(index + 2).getCell(3))).toBe(FILLS[row[2] as keyof typeof FILLS]);
    }
  });

  it('By branch and By loan officer: findings and records per rule and severity', () => {
    const [header, ...data] = csvRows(EXAMPLE);
    const cellsOfLine = new Map(data.map((cells, index) => [index + 2, cells]));
    for (const [name, field] of [
      ['By branch', 'branchId'],
      ['By loan officer', 'loanOfficerId'],
    ] as const) {
      const column = header!.indexOf(field);
      const expected = new Map<string, { findings: number; records: Set<number> }>();
      for (const finding of findings) {
        const group = finding.line === undefined ? finding.group?.[field] : cellsOfLine.get(finding.line)?.[column] || '(none)';
        if (group === undefined) continue;
        const key = [group, finding.ruleId, finding.severity].join('|');
        const entry = expected.get(key) ?? { findings: 0, records: new Set() };
        entry.findings += 1;
        if (finding.line !== undefined) entry.records.add(finding.line);
        expected.set(key, entry);
      }
      const written = bodyOf(sheet(book, name));
      expect(written.length, name).toBe(expected.size);
      for (const [group, ruleId, severity, count, records] of written) {
        const entry = expected.get([group, ruleId, severity].join('|'));
        expect(entry, `${name} ${group} ${ruleId}`).toBeDefined();
        expect(count).toBe(entry!.findings);
        expect(records).toBe(entry!.records.size === 0 ? null : entry!.records.size);
      }
    }
  });

  it('Portfolio: the portfolio findings with their figures, most severe first', () => {
    const portfolio = findings
      .filter((finding) => finding.group !== undefined)
      .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
    expect(portfolio.length).toBeGreaterThan(0);
    const written = bodyOf(sheet(book, 'Portfolio'));
    expect(written.map((row) => [row[0], row[1], row[6]])).toEqual(portfolio.map((finding) => [finding.severity, finding.ruleId, finding.message]));
    expect(written.some((row) => /\d/.test(String(row[6])))).toBe(true);
  });

  it('leaves no spool behind in the temporary folder', () => {
    const temporary = mkdtempSync(join(folder, 'tmp-'));
    const run = spawnSync(process.execPath, [LENS, 'check', 'records', EXAMPLE, '--format', 'xlsx', '--out', join(folder, 'again.xlsx'), ...OPTIONS], {
      env: { ...process.env, TMPDIR: temporary },
    });
    expect(run.status).toBe(0);
    expect(readdirSync(temporary)).toEqual([]);
  });
});

describe('--format xlsx on hostile and local input', () => {
  it('writes a formula-like cell as a string kept as text, and a control character as U+FFFD', async () => {
    const [header, ...data] = csvRows(EXAMPLE);
    const first = [...data[0]!];
    first[header!.indexOf('exitReason')] = '=HYPERLINK("http://example.invalid","open")';
    first[header!.indexOf('area')] = 'rural\u0007';
    const path = join(folder, 'hostile.csv');
    writeFileSync(path, `${[header!, first].map((cells) => cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\n')}\n`);
    const { book } = await workbookOf(path, join(folder, 'hostile.xlsx'));
    const records = sheet(book, 'Records');
    const columns = headerOf(records);
    const formula = records.getRow(2).getCell(columns.indexOf('exitReason') + 1);
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(formula.value).toBe('=HYPERLINK("http://example.invalid","open")');
    expect(formula.formula).toBeUndefined();
    expect(records.getRow(2).getCell(columns.indexOf('area') + 1).value).toBe('rural\uFFFD');
  });

  it('writes numbers with a decimal comma and space groups (Russian-locale CSV) as numbers', async () => {
    const [header, ...data] = csvRows(EXAMPLE);
    const income = header!.indexOf('householdIncomeMonthly');
    const rows = data
      .slice(0, 20)
      .map((cells) =>
        cells.map((cell, column) => (column === income && cell !== '' ? `${Number(cell).toLocaleString('ru-RU').replaceAll('\u00a0', ' ')},50` : cell)),
      );
    const path = join(folder, 'decimal-comma.csv');
    writeFileSync(path, `${[header!, ...rows].map((cells) => cells.join(';')).join('\n')}\n`);
    const { book } = await workbookOf(path, join(folder, 'decimal-comma.xlsx'));
    const body = bodyOf(sheet(book, 'Records'));
    rows.forEach((cells, index) => {
      if (cells[income] !== '') expect(body[index]![income + 2]).toBe(Number(data[index]![income]) + 0.5);
    });
  });

  it('reads an .xlsx export and writes its workbook with the findings of the same run', async () => {
    const [header, ...data] = csvRows(EXAMPLE);
    const input = new ExcelJS.Workbook();
    const worksheet = input.addWorksheet('Clients');
    worksheet.addRow(header!);
    for (const cells of data.slice(0, 60)) worksheet.addRow(cells.map((text) => (text !== '' && String(Number(text)) === text ? Number(text) : text)));
    const path = join(folder, 'clients.xlsx');
    await input.xlsx.writeFile(path);
    const expected = await findingsOf(path);
    const { book } = await workbookOf(path, join(folder, 'from-xlsx.xlsx'));
    const records = bodyOf(sheet(book, 'Records'));
    expect(records).toHaveLength(60);
    expect(records.map((row) => row[1])).toEqual(Array.from({ length: 60 }, (_, index) => index + 2));
    expect(bodyOf(sheet(book, 'Findings')).map((row) => [row[0], row[3], row[5]])).toEqual(
      expected.map((finding) => [finding.line ?? null, finding.ruleId, finding.message]),
    );
  });

  it('reads an NDJSON export: its keys become the columns', async () => {
    const [header, ...data] = csvRows(EXAMPLE);
    const path = join(folder, 'clients.ndjson');
    writeFileSync(
      path,
      `${data
        .slice(0, 30)
        .map((cells) => JSON.stringify(Object.fromEntries(header!.map((column, index) => [column, cells[index]]))))
        .join('\n')}\n`,
    );
    const expected = await findingsOf(path);
    const { book } = await workbookOf(path, join(folder, 'from-ndjson.xlsx'));
    const records = sheet(book, 'Records');
    expect(headerOf(records)).toEqual(['Findings', 'Line', ...header!]);
    expect(bodyOf(records).map((row) => row[2])).toEqual(data.slice(0, 30).map((cells) => cells[0]));
    expect(bodyOf(sheet(book, 'Findings'))).toHaveLength(expected.length);
  });

  it('tells a place the workbook cannot be written before checking: exit 2 naming it', async () => {
    const out = join(folder, 'no-such-folder', 'report.xlsx');
    const run = await runLens(['check', 'records', EXAMPLE, '--format', 'xlsx', '--out', out, ...OPTIONS]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${out}: no such file or folder`);
  });

  it('refuses --format xlsx without --out: exit 2, saying what to add', async () => {
    const run = await runLens(['check', 'records', EXAMPLE, '--format', 'xlsx', ...OPTIONS]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format xlsx writes a workbook: add --out FILE.xlsx');
    expect(run.stdout).toBe('');
  });
});
