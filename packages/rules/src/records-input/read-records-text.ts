import type { ColumnMap } from './column-map.ts';
import { forEachRecordOfText, type RecordsInputItem } from './for-each-record.ts';
import { type CsvHeader, readCsvHeader } from './read-csv-header.ts';

export interface ReadRecordsTextOptions {
  format: 'csv' | 'ndjson';
  map: ColumnMap;
  /** Named in errors: the file, when there is one. */
  source?: string;
}

/** An export read whole: its CSV header (when CSV), then every record and input finding in file order. */
export interface RecordsText {
  header?: CsvHeader;
  items: RecordsInputItem[];
}

/**
 * Reads a whole decoded export at once, as the service does with a request body: the CSV header
 * (its warnings first among the items) and every row, or every NDJSON line. The CLI reads the
 * same way, chunk by chunk, with `readCsvHeader` and `forEachRecordOfText`.
 *
 * @example
 * const { items } = readRecordsText(decodeRecordsText(bytes, charset).text, { format: 'csv', map: NO_COLUMN_MAP })
 */
export function readRecordsText(text: string, options: ReadRecordsTextOptions): RecordsText {
  const items: RecordsInputItem[] = [];
  const take = (item: RecordsInputItem): void => {
    items.push(item);
  };
  if (options.format === 'ndjson') {
    forEachRecordOfText(text, 1, { format: 'ndjson', map: options.map }, take);
    return { items };
  }
  const header = readCsvHeader(text, options.map, options.source === undefined ? {} : { source: options.source });
  for (const finding of header.findings) items.push({ kind: 'input-finding', finding });
  forEachRecordOfText(text.slice(header.dataStart), header.dataLine, header.layout, take);
  return { header, items };
}
