import { type OpenSheetOptions, openWorkbookSheet, type SheetRow } from './read-workbook-rows.ts';
import { textOfCell } from './sheet-cell.ts';
import { WorkbookError } from './workbook-error.ts';
import type { ArchiveInput } from './zip-archive.ts';

/** A worksheet read as a client export: its header row and the rows after it. */
export interface WorkbookExport {
  sheet: string;
  sheets: readonly string[];
  /** The header: the first non-empty row, its cells as text (a merged cell names its first column only). */
  header: { row: number; columns: string[] };
  /** The rows after the header, blank ones skipped. */
  rows: AsyncGenerator<SheetRow>;
  /** How far into the input the read has got, in bytes. */
  bytesRead: () => number;
}

/**
 * Opens a worksheet as an export: the first non-empty row is the header. A cell merged over
 * several header columns keeps its text in the first of them (the workbook stores the others
 * blank), so the covered columns are unnamed and not read. A sheet with no
 * non-empty row is a {@link WorkbookError} (`no-header`).
 *
 * @example
 * const { header, rows } = await openWorkbookExport({ path }, { source: 'clients.xlsx' })
 */
export async function openWorkbookExport(input: ArchiveInput, options: OpenSheetOptions): Promise<WorkbookExport> {
  const sheet = await openWorkbookSheet(input, options);
  const first = await sheet.rows.next();
  if (first.done) throw new WorkbookError('no-header', `${options.source}: sheet "${sheet.sheet}" is empty: it has no header row`, sheet.sheets);
  const columns = first.value.cells.map((cell) => textOfCell(cell).trim());
  return { sheet: sheet.sheet, sheets: sheet.sheets, header: { row: first.value.row, columns }, rows: sheet.rows, bytesRead: sheet.bytesRead };
}
