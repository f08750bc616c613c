import { describe, expect, it } from 'vitest';
import { UnfitCell } from '../records/field-readers.ts';
import { parseCsvText } from './csv-text-parser.ts';
import type { RecordsInputItem } from './for-each-record.ts';
import { readImportProfile } from './read-import-profile.ts';
import { readRecordsText } from './read-records-text.ts';
import { decideCellsConventions, readCellsHeader, recordOfCells } from './records-of-cells.ts';

/** A Russian-locale export: decimal commas with space groups, DD.MM.YYYY dates, coded poverty levels. */
const RUSSIAN_CSV = [
  'clientId;householdIncomeMonthly;applicationDate;povertyLevel',
  'C1;1 234,50;03.04.2006;1',
  'C2;980,25;25.12.2019;4',
  'C3;12,5;01.02.2020;9',
  'C4;n/a;2020-02-01;2',
  '',
].join('\n');
const PROFILE = readImportProfile({ values: { povertyLevel: { '1': 'very-poor', '2': 'poor', '3': 'near-poor', '4': 'non-poor' } } });

/** The same export kept in a workbook with every cell stored as text, as a worksheet reader hands its rows over. */
function workbookRows(): { columns: string[]; rows: string[][] } {
  const rows: string[][] = [];
  parseCsvText(RUSSIAN_CSV, ';', 1, (cells) => rows.push(cells));
  const [columns, ...data] = rows;
  return { columns: columns!, rows: data };
}

function cellItems(rows: ReadonlyArray<readonly unknown[]>, profile = PROFILE) {
  const header = readCellsHeader(workbookRows().columns, profile.map, { line: 1 });
  const { layout, decisions } = decideCellsConventions(rows, header.layout, profile);
  return { items: rows.flatMap((cells, index) => recordOfCells(cells, index + 2, layout)), decisions };
}

function comparable(items: readonly RecordsInputItem[]): unknown[] {
  return items.map((item) =>
    item.kind === 'record'
      ? { line: item.line, raw: Object.fromEntries(Object.entries(item.raw).map(([k, v]) => [k, v instanceof UnfitCell ? `unfit:${v.text}` : v])) }
      : item.finding,
  );
}

describe('worksheet rows with numbers and dates stored as text', () => {
  it('are read as the same text in a CSV export: same records, same code findings, same detection decisions', () => {
    const csv = readRecordsText(RUSSIAN_CSV, { format: 'csv', map: PROFILE.map, profile: PROFILE });
    const cells = cellItems(workbookRows().rows);
    expect(cells.decisions).toEqual(csv.decisions);
    expect(cells.decisions.map(({ field, reading }) => `${field}: ${reading}`)).toEqual([
      'householdIncomeMonthly: decimal comma, groups',
      'applicationDate: DD.MM.YYYY',
    ]);
    expect(comparable(cells.items)).toEqual(comparable(csv.items));
    const first = cells.items.find((item) => item.kind === 'record');
    expect(first?.kind === 'record' && first.raw).toMatchObject({
      householdIncomeMonthly: '1234.50',
      applicationDate: '2006-04-03',
      povertyLevel: 'very-poor',
    });
    expect(cells.items.filter((item) => item.kind === 'input-finding').map((item) => item.kind === 'input-finding' && item.finding.ruleId)).toEqual([
      'lens/input#value-code',
    ]);
  });

  it('keeps typed cells as the sheet stores them: numbers as numbers, dates stored as dates under a text date column', () => {
    const { items } = cellItems([
      ['C1', '1 234,50', '03.04.2006', 1],
      ['C2', '980,25', { date: '2019-12-25' }, '4'],
      ['C3', 12.5, '13.02.2020', 2],
    ]);
    const raws = items.flatMap((item) => (item.kind === 'record' ? [item.raw] : []));
    expect(raws.map((raw) => [raw['householdIncomeMonthly'], raw['applicationDate'], raw['povertyLevel']])).toEqual([
      ['1234.50', '2006-04-03', 'very-poor'],
      ['980.25', '2019-12-25', 'non-poor'],
      [12.5, '2020-02-13', 'poor'],
    ]);
  });

  it('reads the few text cells of a column the sheet stores as numbers as written, as a canonical CSV does', () => {
    const { items, decisions } = cellItems([
      ['C1', 1234.5, { date: '2006-04-03' }, 1],
      ['C2', 980.25, { date: '2019-12-25' }, 4],
      ['C3', '567,5', { date: '2020-02-13' }, 2],
    ]);
    expect(decisions).toEqual([]);
    const third = items.filter((item) => item.kind === 'record')[2];
    expect(third?.kind === 'record' && third.raw['householdIncomeMonthly']).toBe('567,5');
  });

  it('reads text cells by the profile when it says how numbers and dates are written', () => {
    const profile = readImportProfile({ numbers: { decimal: ',', group: ' ' }, dates: 'DD.MM.YYYY' });
    const { items, decisions } = cellItems([['C1', '1 234,50', '03.04.2006', 'poor']], profile);
    expect(decisions.map(({ how }) => how)).toEqual(['profile', 'profile']);
    expect(items[0]?.kind === 'record' && items[0].raw).toMatchObject({ householdIncomeMonthly: '1234.50', applicationDate: '2006-04-03' });
  });

  it('needs no profile at all for canonical rows', () => {
    const { items, decisions } = cellItems([['C1', 1234.5, '2006-04-03', 'poor']], readImportProfile({}));
    expect(decisions).toEqual([]);
    expect(items).toHaveLength(1);
  });
});
