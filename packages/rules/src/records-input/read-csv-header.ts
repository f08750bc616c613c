import { RecordsInputError } from '../errors.ts';
import type { Finding } from '../findings/finding-schema.ts';
import type { ClientRecordField } from '../records/client-record-schema.ts';
import type { ColumnMap } from './column-map.ts';
import { parseCsvText } from './csv-text-parser.ts';
import { detectDelimiter } from './detect-delimiter.ts';
import { matchHeaderColumns } from './match-header-columns.ts';
import type { RecordConventions } from './record-conventions.ts';

/** How the rows of a CSV export are read: plain data, so that a worker thread can be handed it. */
export interface CsvLayout {
  format: 'csv';
  delimiter: string;
  /** The canonical field of each column; undefined for a column no field matches. */
  fields: ReadonlyArray<ClientRecordField | undefined>;
  /** True when several columns give one field: each row then reads the first with a value. */
  repeatsFields: boolean;
  /** How numbers, dates and codes are turned canonical (see `decideCsvConventions`); read as written when absent. */
  conventions?: RecordConventions;
}

/** A CSV header as read, and what the rows after it need. */
export interface CsvHeader {
  layout: CsvLayout;
  /** The columns as the export names them. */
  columns: readonly string[];
  /** Non-blank columns no field matches: not read (the CLI warns about them). */
  ignoredColumns: readonly string[];
  /** Warnings about the header itself (`lens/input#distinct-columns`), on its line. */
  findings: readonly Finding[];
  /** Where the first row after the header starts in the text, and its line. */
  dataStart: number;
  dataLine: number;
}

export interface ReadCsvHeaderOptions {
  /** The delimiter when known; detected from the first line otherwise. */
  delimiter?: string;
  /** Named in errors: the file, when there is one. */
  source?: string;
}

/**
 * Reads the header of a CSV export (the first record of `text`): detects the delimiter, matches
 * each column to a canonical field (trimmed, case-insensitive, through the column map) and warns
 * about columns that give the same field. A header with no columns, one whose quote is never
 * closed, or one where no column matches a field is a {@link RecordsInputError}.
 *
 * @example
 * const header = readCsvHeader('clientId;HouseholdSize\nC1;4\n', NO_COLUMN_MAP)
 * header.layout // → { format: 'csv', delimiter: ';', fields: ['clientId', 'householdSize'], repeatsFields: false }
 */
export function readCsvHeader(text: string, map: ColumnMap, options: ReadCsvHeaderOptions = {}): CsvHeader {
  const errorOptions = options.source === undefined ? {} : { source: options.source };
  const firstLineEnd = text.indexOf('\n');
  const delimiter = options.delimiter ?? detectDelimiter(text.slice(0, firstLineEnd === -1 ? text.length : firstLineEnd));
  let columns: string[] = [];
  let line = 1;
  let unclosed = false;
  const parsed = parseCsvText(
    text,
    delimiter,
    1,
    (cells, at) => {
      columns = cells;
      line = at;
    },
    {
      maxRows: 1,
      onUnclosedQuote: (at) => {
        unclosed = true;
        line = at;
      },
    },
  );
  const where = `line ${line}`;
  if (unclosed)
    throw new RecordsInputError([{ code: 'unreadable-header', path: where, message: 'a quoted cell of the header row is never closed' }], errorOptions);
  if (columns.every((column) => column.trim() === ''))
    throw new RecordsInputError([{ code: 'no-header', path: where, message: 'the export has no header row' }], errorOptions);

  const { fields, ignoredColumns, findings } = matchHeaderColumns(columns, map, { path: where, line, errorOptions });
  return {
    layout: { format: 'csv', delimiter, fields, repeatsFields: findings.length > 0 },
    columns,
    ignoredColumns,
    findings,
    dataStart: parsed.position,
    dataLine: parsed.line,
  };
}
