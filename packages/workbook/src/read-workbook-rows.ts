import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { dayOfDate, excelSerialDay, isDateFormat } from './excel-date.ts';
import type { SheetCell } from './sheet-cell.ts';
import { WorkbookError } from './workbook-error.ts';

/** One non-empty row of a worksheet: its row number (as Excel shows it) and its cells from column A. */
export interface SheetRow {
  row: number;
  cells: SheetCell[];
}

/** A worksheet opened for reading: its name, the names of all sheets, and its rows as a stream. */
export interface OpenedSheet {
  sheet: string;
  sheets: readonly string[];
  /** The non-empty rows, in order; blank rows (trailing ones included) are skipped. */
  rows: AsyncGenerator<SheetRow>;
}

export interface OpenSheetOptions {
  /** The sheet to read; the first one of the workbook when absent. */
  sheet?: string;
  /** Named in errors: the file, or "the request body". */
  source: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND_FILE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/**
 * Tells from the first bytes of a file (and, for an OLE compound file, the whole of it) why it is
 * not an `.xlsx` to read: an encrypted workbook (Excel wraps it in a compound file with an
 * `EncryptedPackage` stream), an Excel 97–2003 `.xls`, or no workbook at all. Undefined for a zip.
 */
export function workbookContainerProblem(start: Uint8Array, whole: () => Uint8Array, source: string): WorkbookError | undefined {
  if (startsWith(start, ZIP_MAGIC)) return undefined;
  if (startsWith(start, COMPOUND_FILE_MAGIC)) {
    if (Buffer.from(whole()).includes(ENCRYPTED_PACKAGE))
      return new WorkbookError('encrypted', `${source}: the workbook is encrypted (protected by a password); save it in Excel without a password`);
    return new WorkbookError('old-excel-format', `${source}: an Excel 97–2003 workbook (.xls), not .xlsx; save it in Excel as "Excel Workbook (.xlsx)"`);
  }
  return new WorkbookError('not-a-workbook', `${source}: not an .xlsx workbook (it is not a zip archive)`);
}

interface CellLike {
  value: unknown;
  numFmt?: string;
}

function textOfRich(value: { richText: Array<{ text: string }> }): string {
  return value.richText.map((run) => run.text).join('');
}

function sheetCellOf(cell: CellLike, date1904: boolean): SheetCell {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? { date: dayOfDate(value) } : null;
  if (typeof value !== 'object') return null;
  const object = value as Record<string, unknown>;
  if (Array.isArray(object['richText'])) return textOfRich(object as { richText: Array<{ text: string }> });
  if ('error' in object) return { formulaProblem: String(object['error']) };
  if ('formula' in object || 'sharedFormula' in object) {
    const formula = `=${String(object['formula'] ?? object['sharedFormula'])}`;
    const result = object['result'];
    // exceljs reads a cached error (t="e") as NaN: the error's code is not kept.
    if (result === undefined) return { formulaProblem: `${formula} (no value saved with the file)` };
    if (typeof result === 'number') {
      if (!Number.isFinite(result)) return { formulaProblem: `${formula} (an error such as #DIV/0!)` };
      return isDateFormat(cell.numFmt) ? { date: excelSerialDay(result, date1904) } : result;
    }
    if (typeof result === 'object' && result !== null && 'error' in result) return { formulaProblem: String((result as { error: unknown }).error) };
    return sheetCellOf({ value: result }, date1904);
  }
  if ('text' in object) return String(object['text']);
  return null;
}

interface RowLike {
  number: number;
  cellCount: number;
  getCell(column: number): CellLike;
}

function cellsOfRow(row: RowLike, date1904: boolean): SheetCell[] {
  const cells: SheetCell[] = [];
  for (let column = 1; column <= row.cellCount; column += 1) cells.push(sheetCellOf(row.getCell(column), date1904));
  while (cells.length > 0 && (cells.at(-1) === null || cells.at(-1) === '')) cells.pop();
  return cells;
}

function isBlank(cells: readonly SheetCell[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

interface ReaderLike {
  model?: { sheets?: Array<{ name: string }> };
  properties?: { date1904?: boolean };
  [Symbol.asyncIterator](): AsyncIterator<AsyncIterable<RowLike> & { name: string }>;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens one worksheet of an `.xlsx` as a stream of rows, with exceljs's streaming reader (shared
 * strings and styles are kept, worksheets are parsed as they come, so memory does not grow with
 * rows). Cells: Excel dates become `{ date: 'YYYY-MM-DD' }`, formulas give their saved value, a
 * formula error a `formulaProblem`. An unknown sheet lists those that exist; a file that is no
 * workbook, an encrypted or `.xls` one is a {@link WorkbookError} naming the source.
 *
 * @example
 * const { rows } = await openWorkbookSheet(createReadStream('clients.xlsx'), { source: 'clients.xlsx' })
 * for await (const { row, cells } of rows) …
 */
export async function openWorkbookSheet(input: Readable | Uint8Array, options: OpenSheetOptions): Promise<OpenedSheet> {
  const stream = input instanceof Uint8Array ? Readable.from([Buffer.from(input)]) : input;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as ReaderLike;
  const sheets = reader[Symbol.asyncIterator]();
  const notAWorkbook = (detail: string): WorkbookError => new WorkbookError('not-a-workbook', `${options.source}: not an .xlsx workbook (${detail})`);
  const next = async (): Promise<IteratorResult<AsyncIterable<RowLike> & { name: string }>> => {
    try {
      return await sheets.next();
    } catch (error) {
      throw notAWorkbook(describe(error));
    }
  };
  let names: string[] = [];
  for (let result = await next(); !result.done; result = await next()) {
    names = (reader.model?.sheets ?? []).map((sheet) => sheet.name);
    const wanted = options.sheet ?? names[0];
    const worksheet = result.value;
    if (worksheet.name !== wanted) {
      // Parsed and dropped: the stream must pass this sheet to reach the next one.
      for await (const _ of worksheet) void _;
      continue;
    }
    const date1904 = reader.properties?.date1904 === true;
    const rows = (async function* (): AsyncGenerator<SheetRow> {
      try {
        for await (const row of worksheet) {
          const cells = cellsOfRow(row, date1904);
          if (!isBlank(cells)) yield { row: row.number, cells };
        }
      } catch (error) {
        throw notAWorkbook(describe(error));
      }
      // Let the reader finish the archive (and clean its temporary files).
      await sheets.return?.(undefined);
    })();
    return { sheet: worksheet.name, sheets: names, rows };
  }
  names = (reader.model?.sheets ?? []).map((sheet) => sheet.name);
  if (names.length === 0) throw notAWorkbook('no worksheet in it');
  if (options.sheet !== undefined) {
    throw new WorkbookError(
      'no-such-sheet',
      `${options.source}: no sheet named "${options.sheet}"; the workbook has ${names.map((name) => `"${name}"`).join(', ')}`,
      names,
    );
  }
  throw new WorkbookError('no-sheet', `${options.source}: the first sheet "${names[0]}" could not be found in the workbook`, names);
}
