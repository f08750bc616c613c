import type { Finding } from '../findings/finding-schema.ts';
import { CLIENT_RECORD_FIELDS } from '../records/client-record-schema.ts';
import { hasNoConventions } from './apply-conventions.ts';
import { parseCsvText } from './csv-text-parser.ts';
import { forEachRecordOfText, type RecordsLayout } from './for-each-record.ts';
import { unreadableRowFinding } from './input-findings.ts';
import type { CsvLayout } from './read-csv-header.ts';
import { type RecordCells, recordCellsOf } from './record-cells.ts';
import { type CellsLayout, forEachRecordOfCellLines } from './records-of-cells.ts';

/** One item of an export as {@link forEachRecordCellsOfText} hands it over: a record item and its cells are reused, valid until the next item. */
export type RecordCellsItem = { kind: 'record'; cells: RecordCells; line: number } | { kind: 'input-finding'; finding: Finding };

/**
 * Hands over the records of a decoded text of whole records as {@link RecordCells}, with the
 * same items in the same order as `forEachRecordOfText` (or `forEachRecordOfCellLines` for a
 * worksheet's rows). A CSV export read as written, each field from one column (the canonical
 * export), goes from the parser's cells straight into one reused array: no record object per
 * row. Any other export is read as a raw record first, so every reading rule stays in one place.
 *
 * @example forEachRecordCellsOfText(text, 2, header.layout, (item) => item.kind === 'record' && check(item.cells))
 */
export function forEachRecordCellsOfText(text: string, firstLine: number, layout: RecordsLayout | CellsLayout, onItem: (item: RecordCellsItem) => void): void {
  const cells: RecordCells = new Array(CLIENT_RECORD_FIELDS.length).fill(undefined);
  if (layout.format === 'csv' && !layout.repeatsFields && hasNoConventions(layout.conventions)) {
    forEachCanonicalCsvRecord(text, firstLine, layout, cells, onItem);
    return;
  }
  const onRaw = (item: Parameters<Parameters<typeof forEachRecordOfText>[3]>[0]): void =>
    onItem(item.kind === 'record' ? { kind: 'record', cells: recordCellsOf(item.raw, cells), line: item.line } : item);
  if (layout.format === 'cells') forEachRecordOfCellLines(text, layout, onRaw);
  else forEachRecordOfText(text, firstLine, layout, onRaw);
}

function forEachCanonicalCsvRecord(text: string, firstLine: number, layout: CsvLayout, cells: RecordCells, onItem: (item: RecordCellsItem) => void): void {
  const columns = layout.fields.length;
  const columnOfField = CLIENT_RECORD_FIELDS.map((field) => layout.fields.indexOf(field));
  const item = { kind: 'record' as const, cells, line: 0 };
  parseCsvText(
    text,
    layout.delimiter,
    firstLine,
    (row, line) => {
      if (row.length !== columns) {
        onItem({ kind: 'input-finding', finding: unreadableRowFinding(line, { reason: 'cell-count', cells: row.length, columns }) });
        return;
      }
      for (let field = 0; field < columnOfField.length; field += 1) {
        const column = columnOfField[field]!;
        cells[field] = column === -1 ? undefined : row[column];
      }
      item.line = line;
      onItem(item);
    },
    { onUnclosedQuote: (line) => onItem({ kind: 'input-finding', finding: unreadableRowFinding(line, { reason: 'unclosed-quote' }) }) },
  );
}
