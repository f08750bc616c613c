import { RecordsInputError } from '../errors.ts';
import type { Finding } from '../findings/finding-schema.ts';
import type { ClientRecordField } from '../records/client-record-schema.ts';
import { addFieldValue, createRawRecord } from './add-field-value.ts';
import type { ColumnMap } from './column-map.ts';
import type { RecordsInputItem } from './for-each-record.ts';
import { matchHeaderColumns } from './match-header-columns.ts';

/**
 * How rows of cell values (a worksheet's rows) are read: the canonical field of each column, as
 * a CSV header gives them. Plain data, so that a worker thread can be handed it.
 */
export interface CellsLayout {
  format: 'cells';
  fields: ReadonlyArray<ClientRecordField | undefined>;
  repeatsFields: boolean;
}

/** A header row of cells as read: what {@link recordOfCells} needs, and what to tell the user. */
export interface CellsHeader {
  layout: CellsLayout;
  columns: readonly string[];
  /** Non-blank columns no field matches (not read). */
  ignoredColumns: readonly string[];
  /** Warnings about the header itself (`lens/input#distinct-columns`), on its row. */
  findings: readonly Finding[];
}

/**
 * Matches the header row of a worksheet to canonical fields, as `readCsvHeader` matches a CSV
 * header (trimmed, case-insensitive, through the column map; columns giving one field warned
 * about). A header where no column names a field is a {@link RecordsInputError}.
 *
 * @example
 * readCellsHeader(['clientId', 'Household size'], map, { line: 3 }).layout.fields // → ['clientId', 'householdSize']
 */
export function readCellsHeader(columns: readonly string[], map: ColumnMap, where: { line: number; source?: string }): CellsHeader {
  const errorOptions = where.source === undefined ? {} : { source: where.source };
  const { fields, ignoredColumns, findings } = matchHeaderColumns(columns, map, { path: `row ${where.line}`, line: where.line, errorOptions });
  return { layout: { format: 'cells', fields, repeatsFields: findings.length > 0 }, columns, ignoredColumns, findings };
}

/**
 * The record of one row of cell values (a worksheet row: cells from the first column, values as
 * the sheet holds them). Cells past the header's columns have no field and are not read; a row
 * shorter than the header leaves the rest blank, as a sheet does.
 *
 * @example
 * recordOfCells(['C1', 4], 7, layout) // → { kind: 'record', raw: { clientId: 'C1', householdSize: 4 }, line: 7 }
 */
export function recordOfCells(cells: readonly unknown[], line: number, layout: CellsLayout): RecordsInputItem {
  const raw = createRawRecord();
  const { fields, repeatsFields } = layout;
  const columns = Math.min(fields.length, cells.length);
  for (let index = 0; index < columns; index += 1) {
    const field = fields[index];
    if (field === undefined) continue;
    if (repeatsFields) addFieldValue(raw, field, cells[index]);
    else raw[field] = cells[index];
  }
  return { kind: 'record', raw, line };
}

/**
 * Hands over the records of a text of cell rows, one JSON array a line (`[row, cell, cell, …]`):
 * how the CLI sends a worksheet's rows to its chunk checkers.
 *
 * @example forEachRecordOfCellLines('[2,"C1",4]\n', layout, (item) => …)
 */
export function forEachRecordOfCellLines(text: string, layout: CellsLayout, onItem: (item: RecordsInputItem) => void): void {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) {
      const [line, ...cells] = JSON.parse(text.slice(start, end)) as [number, ...unknown[]];
      onItem(recordOfCells(cells, line, layout));
    }
    start = end + 1;
  }
}
