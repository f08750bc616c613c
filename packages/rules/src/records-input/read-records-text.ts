import type { ColumnMap } from './column-map.ts';
import type { ConventionDecision } from './convention-decision-schema.ts';
import { decideCsvConventions } from './decide-csv-conventions.ts';
import { detectConventions } from './detect-conventions.ts';
import { forEachRecordOfText, type RecordsInputItem } from './for-each-record.ts';
import type { LocaleDefaults } from './input-locale.ts';
import { type CsvHeader, readCsvHeader } from './read-csv-header.ts';
import type { ImportProfile } from './read-import-profile.ts';

export interface ReadRecordsTextOptions {
  format: 'csv' | 'ndjson';
  map: ColumnMap;
  /** The rest of the import profile (`values`, `numbers`, `dates`); its `map` is `map`. */
  profile?: ImportProfile;
  /** The defaults of `locale` for columns that read two ways. */
  locale?: { name: string; defaults: LocaleDefaults };
  /** Named in errors: the file, when there is one. */
  source?: string;
}

/** An export read whole: its CSV header (when CSV), then every record and input finding in file order. */
export interface RecordsText {
  header?: CsvHeader;
  items: RecordsInputItem[];
  /** How number and date columns were read (CSV: detected unless the profile says). */
  decisions: ConventionDecision[];
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
  const profile = options.profile ?? { map: options.map, values: new Map() };
  const locale = options.locale === undefined ? {} : { locale: options.locale };
  if (options.format === 'ndjson') {
    const { conventions, decisions } = detectConventions([], profile, [], locale);
    forEachRecordOfText(text, 1, { format: 'ndjson', map: options.map, conventions }, take);
    return { items, decisions };
  }
  const header = readCsvHeader(text, options.map, options.source === undefined ? {} : { source: options.source });
  for (const finding of header.findings) items.push({ kind: 'input-finding', finding });
  const rows = text.slice(header.dataStart);
  const { layout, decisions } = decideCsvConventions(rows, header, profile, locale);
  forEachRecordOfText(rows, header.dataLine, layout, take);
  return { header: { ...header, layout }, items, decisions };
}
