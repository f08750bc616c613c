import { RecordsInputError } from '../errors.ts';
import type { Finding } from '../findings/finding-schema.ts';
import type { ClientRecordField } from '../records/client-record-schema.ts';
import { addFieldValue, createRawRecord } from './add-field-value.ts';
import { applyConventions, hasNoConventions } from './apply-conventions.ts';
import type { ColumnMap } from './column-map.ts';
import type { ConventionDecision } from './convention-decision-schema.ts';
import { CONVENTION_SAMPLE_ROWS, type DetectConventionsOptions, detectConventions } from './detect-conventions.ts';
import type { RecordsInputItem } from './for-each-record.ts';
import { matchHeaderColumns } from './match-header-columns.ts';
import type { ImportProfile } from './read-import-profile.ts';
import type { RecordConventions } from './record-conventions.ts';

/**
 * How rows of cell values (a worksheet's rows) are read: the canonical field of each column, as
 * a CSV header gives them. Plain data, so that a worker thread can be handed it.
 */
export interface CellsLayout {
  format: 'cells';
  fields: ReadonlyArray<ClientRecordField | undefined>;
  repeatsFields: boolean;
  /** How text cells are read (numbers, dates, codes), as in a CSV export; typed cells are read as they are. */
  conventions?: RecordConventions;
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

function isStoredDate(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { date?: unknown }).date === 'string';
}

/**
 * The record of one row of cell values (a worksheet row: cells from the first column, values as
 * the sheet holds them), after the findings about its codes. Cells past the header's columns
 * have no field and are not read; a row shorter than the header leaves the rest blank, as a
 * sheet does. Text cells are read by the layout's conventions as the same text in a CSV is
 * (`"1 234,50"`, `"03.04.2006"`); numbers stay numbers, and a date the sheet stores as a date,
 * handed over as `{ date: 'YYYY-MM-DD' }`, is read as that day whatever the column's writing.
 *
 * @example
 * recordOfCells(['C1', 4, { date: '2006-04-03' }], 7, layout) // → [{ kind: 'record', raw: { clientId: 'C1', householdSize: 4, applicationDate: '2006-04-03' }, line: 7 }]
 */
export function recordOfCells(cells: readonly unknown[], line: number, layout: CellsLayout): RecordsInputItem[] {
  const raw = createRawRecord();
  const { fields, repeatsFields } = layout;
  const columns = Math.min(fields.length, cells.length);
  for (let index = 0; index < columns; index += 1) {
    const field = fields[index];
    if (field === undefined) continue;
    if (repeatsFields) addFieldValue(raw, field, cells[index]);
    else raw[field] = cells[index];
  }
  const record: RecordsInputItem = { kind: 'record', raw, line };
  const findings = hasNoConventions(layout.conventions) ? undefined : applyConventions(raw, layout.conventions!, line);
  for (const field of fields) if (field !== undefined && isStoredDate(raw[field])) raw[field] = (raw[field] as { date: string }).date;
  return findings === undefined ? [record] : [...findings.map((finding): RecordsInputItem => ({ kind: 'input-finding', finding })), record];
}

/** Fields whose cells in the sample are mostly typed (numbers, stored dates): their text cells are read as written, as in a canonical export. */
function typedFields(sample: ReadonlyArray<Record<string, unknown>>, fields: readonly string[]): Set<string> {
  const typed = new Set<string>();
  for (const field of fields) {
    let stored = 0;
    let text = 0;
    for (const raw of sample) {
      const value = raw[field];
      if (typeof value === 'number' || isStoredDate(value)) stored += 1;
      else if (typeof value === 'string' && value.trim() !== '') text += 1;
    }
    if (stored > text) typed.add(field);
  }
  return typed;
}

/**
 * The layout of a worksheet with its conventions decided as a CSV export's are: the profile's,
 * else detected from the text cells of its first {@link CONVENTION_SAMPLE_ROWS} rows. A column
 * the sheet mostly stores typed (numbers, dates) is read as stored, its few text cells as
 * written (`567,5` there is a value that cannot be read, as in a `,`-separated CSV). Rows are
 * cells as {@link recordOfCells} takes them.
 *
 * @example
 * const { layout, decisions } = decideCellsConventions(firstRows, header.layout, profile, { locale })
 */
export function decideCellsConventions(
  rows: ReadonlyArray<readonly unknown[]>,
  layout: CellsLayout,
  profile: Pick<ImportProfile, 'numbers' | 'dates' | 'values'>,
  options: Omit<DetectConventionsOptions, 'delimiter'> = {},
): { layout: CellsLayout; decisions: ConventionDecision[] } {
  const { conventions: _ignored, ...asWritten } = layout;
  const sample = rows.slice(0, CONVENTION_SAMPLE_ROWS).flatMap((cells) => recordOfCellsAsStored(cells, asWritten));
  const fields = layout.fields.filter((field) => field !== undefined);
  const typed = typedFields(sample, fields);
  const { conventions, decisions } = detectConventions(
    sample,
    profile,
    fields.filter((field) => !typed.has(field)),
    options,
  );
  return { layout: { ...layout, conventions }, decisions };
}

function recordOfCellsAsStored(cells: readonly unknown[], layout: CellsLayout): Array<Record<string, unknown>> {
  const raw: Record<string, unknown> = {};
  layout.fields.forEach((field, index) => {
    if (field !== undefined && raw[field] === undefined && index < cells.length) raw[field] = cells[index];
  });
  return [raw];
}

/**
 * Hands over the records of a text of cell rows, one JSON array a line (`[row, cell, cell, …]`):
 * how the CLI sends a worksheet's rows to its chunk checkers.
 *
 * @example forEachRecordOfCellLines('[2,"C1",4]\n', layout, (item) => …)
 */
export function forEachRecordOfCellLines(text: string, layout: CellsLayout, onItem: (item: RecordsInputItem) => void): void {
  forEachCellLine(text, (cells, line) => {
    for (const item of recordOfCells(cells, line, layout)) onItem(item);
  });
}

/**
 * Hands over each row of a text of cell rows, one JSON array a line (`[row, cell, cell, …]`), as
 * its cells and its row number.
 *
 * @example forEachCellLine('[2,"C1",4]\n', (cells, line) => …) // (['C1', 4], 2)
 */
export function forEachCellLine(text: string, onRow: (cells: unknown[], line: number) => void): void {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) {
      const [line, ...cells] = JSON.parse(text.slice(start, end)) as [number, ...unknown[]];
      onRow(cells, line);
    }
    start = end + 1;
  }
}
