import { type ElementPlace, scanElements } from './element-scan.ts';
import { isDateFormat } from './excel-date.ts';
import { MAX_SHARED_STRINGS_BYTES, readSharedStrings, SharedStringsTooLarge } from './shared-strings.ts';
import type { SheetCell } from './sheet-cell.ts';
import { type CellContext, cellsOfRowXml } from './sheet-row-cells.ts';
import { WorkbookError } from './workbook-error.ts';
import { dateStylesOf, readWorkbookPackage } from './workbook-package.ts';
import { forEachAttribute } from './xml-scan.ts';
import { type ArchiveInput, openZipArchive, type ZipArchive, ZipError } from './zip-archive.ts';

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
  /** How far into the input the read of the sheet has got, in bytes (for a progress bar). */
  bytesRead: () => number;
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

function isBlank(cells: readonly SheetCell[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The non-empty rows of a worksheet's XML, in order; a row without an `r` number follows the one before it. */
async function* sheetRows(chunks: AsyncIterable<Buffer>, context: CellContext): AsyncGenerator<SheetRow> {
  let previous = 0;
  const readRow = (xml: string, place: ElementPlace): SheetRow | undefined => {
    let number = 0;
    forEachAttribute(xml, place.attributesFrom, place.attributesTo, (name, value) => {
      if (name === 'r') number = Number.parseInt(value, 10) || 0;
    });
    previous = number > 0 ? number : previous + 1;
    const cells = cellsOfRowXml(xml, place.contentFrom, place.contentTo, context);
    return isBlank(cells) ? undefined : { row: previous, cells };
  };
  for await (const batch of scanElements(chunks, 'row', readRow)) yield* batch;
}

/**
 * Opens one worksheet of an `.xlsx` as a stream of rows. The zip is read by its central
 * directory (entries written with data descriptors or zip64 included); the shared strings
 * table (up to {@link MAX_SHARED_STRINGS_BYTES} of XML) and the styles are read first, then the
 * sheet's XML is inflated and scanned as it is consumed, so memory does not grow with rows.
 * Cells: Excel dates (numbers in a date or time format) become `{ date: 'YYYY-MM-DD' }` in the
 * workbook's date system (1900 or 1904), formulas give their saved value, a formula error or a
 * formula without a saved value a `formulaProblem`. An unknown sheet lists those that exist; a
 * file that is no workbook is a {@link WorkbookError} naming the source.
 *
 * @example
 * const { rows } = await openWorkbookSheet({ path: 'clients.xlsx' }, { source: 'clients.xlsx' })
 * for await (const { row, cells } of rows) …
 */
export async function openWorkbookSheet(input: ArchiveInput, options: OpenSheetOptions): Promise<OpenedSheet> {
  const notAWorkbook = (detail: string): WorkbookError => new WorkbookError('not-a-workbook', `${options.source}: not an .xlsx workbook (${detail})`);
  let archive: ZipArchive;
  try {
    archive = openZipArchive(input);
  } catch (error) {
    if (error instanceof ZipError) throw notAWorkbook(error.message);
    throw error;
  }
  try {
    const workbook = readWorkbookPackage(archive);
    if (!workbook) throw notAWorkbook('it has no workbook part, xl/workbook.xml');
    const names = workbook.sheets.map((sheet) => sheet.name);
    if (names.length === 0) throw notAWorkbook('no worksheet in it');
    const wanted = workbook.sheets.find((sheet) => sheet.name === (options.sheet ?? names[0]));
    if (!wanted) {
      throw new WorkbookError(
        'no-such-sheet',
        `${options.source}: no sheet named "${options.sheet}"; the workbook has ${names.map((name) => `"${name}"`).join(', ')}`,
        names,
      );
    }
    if (!wanted.entry) throw new WorkbookError('no-sheet', `${options.source}: the sheet "${wanted.name}" could not be found in the workbook`, names);
    let sharedStrings: string[];
    try {
      sharedStrings = await readSharedStrings(archive, workbook.sharedStrings);
    } catch (error) {
      if (error instanceof SharedStringsTooLarge)
        throw new WorkbookError('too-large', `${options.source}: ${error.message}; save the sheet as CSV instead`, names);
      throw error;
    }
    const context = { sharedStrings, dateStyles: dateStylesOf(archive, workbook.styles, isDateFormat), date1904: workbook.date1904 };
    const sheet = archive.stream(wanted.entry);
    const rows = (async function* (): AsyncGenerator<SheetRow> {
      try {
        yield* sheetRows(sheet.chunks, context);
      } catch (error) {
        if (error instanceof WorkbookError) throw error;
        throw notAWorkbook(`sheet "${wanted.name}": ${describe(error)}`);
      } finally {
        sheet.chunks.destroy();
        archive.close();
      }
    })();
    return { sheet: wanted.name, sheets: names, rows, bytesRead: sheet.consumed };
  } catch (error) {
    archive.close();
    if (error instanceof WorkbookError) throw error;
    throw notAWorkbook(describe(error));
  }
}
