/**
 * Client exports as `.xlsx` workbooks, for the CLI and the service (Node only: a zip and sheet-XML
 * reader of its own, and a writer over archiver's zip stream). Reading gives rows of cell values for `@social-lens/rules/records-input`;
 * writing gives the workbook of findings for the people who fix the data.
 */
export { excelSerialDay, isDateFormat } from './excel-date.ts';
export { openWorkbookExport, type WorkbookExport } from './open-workbook-export.ts';
export { type OpenedSheet, type OpenSheetOptions, openWorkbookSheet, type SheetRow, workbookContainerProblem } from './read-workbook-rows.ts';
export { checkedValueOf, type SheetCell, textOfCell } from './sheet-cell.ts';
export { WorkbookError, type WorkbookProblem } from './workbook-error.ts';
export type { CellFill } from './workbook-parts.ts';
export {
  type CellMark,
  createTableWorkbook,
  MAX_SHEET_ROWS,
  type TableCellValue,
  type TableColumn,
  type TableWorkbook,
  type TableWorkbookSummary,
} from './write-table-workbook.ts';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
