import { readFileSync } from 'node:fs';
import { parseCsvText } from '@social-lens/rules/records-input';
// The workbook package reads with exceljs: the test writes its workbook with the same library.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestService, type TestService } from '../../testing/index.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// The first 130 records of the CLI's example export (apps/cli/examples/clients.csv).
const EXAMPLE = new URL('../../../test/fixtures/clients-130.csv', import.meta.url);

let service: TestService;
beforeAll(async () => {
  service = await createTestService();
});
afterAll(() => service.close());

const post = (body: string | ArrayBuffer, contentType: string) =>
  service.app.request('/v1/records/check?today=2026-11-29', { method: 'POST', headers: { 'content-type': contentType, accept: 'application/x-ndjson' }, body });

async function exampleWorkbook(): Promise<ArrayBuffer> {
  const rows: string[][] = [];
  parseCsvText(readFileSync(EXAMPLE, 'utf8'), ',', 1, (cells) => rows.push(cells));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Clients');
  rows.forEach((cells, index) => {
    const row = sheet.getRow(index + 1);
    cells.forEach((text, column) => {
      const cell = row.getCell(column + 1);
      const day = new Date(`${text}T00:00:00Z`);
      if (index > 0 && index % 3 === 0 && /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text)) {
        cell.value = day;
        cell.numFmt = 'dd.mm.yyyy';
      } else if (index > 0 && text !== '' && String(Number(text)) === text)
        cell.value = index === 1 && text !== '0' ? { formula: `${text}*1`, result: Number(text) } : Number(text);
      else cell.value = text;
    });
  });
  return workbook.xlsx.writeBuffer();
}

describe('POST /v1/records/check with an .xlsx body', () => {
  it('gives the findings of the same export sent as CSV', async () => {
    const csv = await post(readFileSync(EXAMPLE, 'utf8'), 'text/csv');
    const xlsx = await post(await exampleWorkbook(), XLSX);
    expect(csv.status).toBe(200);
    expect(xlsx.status).toBe(200);
    const csvText = await csv.text();
    expect(csvText.split('\n').length).toBeGreaterThan(20);
    expect(await xlsx.text()).toBe(csvText);
  });

  it('answers 415 for a body that is no workbook and 422 for a workbook without a header row, as problem+json', async () => {
    const notWorkbook = await post('clientId\nC1\n', XLSX);
    expect(notWorkbook.status).toBe(415);
    expect(notWorkbook.headers.get('content-type')).toContain('application/problem+json');
    expect(((await notWorkbook.json()) as { detail: string }).detail).toContain('the request body: not an .xlsx workbook');
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Nothing');
    const noHeader = await post(await empty.xlsx.writeBuffer(), XLSX);
    expect(noHeader.status).toBe(422);
    expect(((await noHeader.json()) as { detail: string }).detail).toContain('has no header row');
  });
});
