import type { ConventionDecision } from './convention-decision-schema.ts';
import { parseCsvText } from './csv-text-parser.ts';
import { CONVENTION_SAMPLE_ROWS, type DetectConventionsOptions, detectConventions } from './detect-conventions.ts';
import { forEachRecordOfText } from './for-each-record.ts';
import type { CsvHeader, CsvLayout } from './read-csv-header.ts';
import type { ImportProfile } from './read-import-profile.ts';

/** How much of the text after the header is sampled at most (the CLI reads no more before it decides). */
export const CONVENTION_SAMPLE_CHARS = 1024 * 1024;

/**
 * The layout of a CSV export with its conventions decided: the profile's, else detected from the
 * first {@link CONVENTION_SAMPLE_ROWS} rows in the first {@link CONVENTION_SAMPLE_CHARS} of the text
 * after the header (a bounded first pass: the rest is read as a stream, in chunks or workers, the same way).
 *
 * @example
 * const header = readCsvHeader(text, profile.map)
 * const { layout, decisions } = decideCsvConventions(text.slice(header.dataStart), header, profile, { locale: { name: 'ru', defaults: localeDefaults('ru')! } })
 */
export function decideCsvConventions(
  rowsText: string,
  header: Pick<CsvHeader, 'layout' | 'dataLine'>,
  profile: ImportProfile,
  options: Omit<DetectConventionsOptions, 'delimiter'> = {},
): { layout: CsvLayout; decisions: ConventionDecision[] } {
  const prefix = rowsText.length <= CONVENTION_SAMPLE_CHARS ? rowsText : rowsText.slice(0, rowsText.lastIndexOf('\n', CONVENTION_SAMPLE_CHARS) + 1);
  const bounded = boundedRows(prefix, header.layout.delimiter, CONVENTION_SAMPLE_ROWS);
  const sample: Array<Record<string, unknown>> = [];
  const { conventions: _ignored, ...asWritten } = header.layout;
  forEachRecordOfText(bounded, header.dataLine, asWritten, (item) => {
    if (item.kind === 'record') sample.push(item.raw);
  });
  const present = header.layout.fields.filter((field) => field !== undefined);
  const { conventions, decisions } = detectConventions(sample, profile, present, { ...options, delimiter: header.layout.delimiter });
  return { layout: { ...header.layout, conventions }, decisions };
}

function boundedRows(text: string, delimiter: string, rows: number): string {
  const { position } = parseCsvText(text, delimiter, 1, () => {}, { maxRows: rows });
  return text.slice(0, position);
}
