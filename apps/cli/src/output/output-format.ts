import { createCsvFormat } from './csv-writer.ts';
import type { FindingFormat, OutputFormat } from './finding-writer.ts';
import { createJsonFormat } from './json-writer.ts';
import { createNdjsonFormat } from './ndjson-writer.ts';
import { createTableFormat } from './table-writer.ts';

/** The format functions for `--format`. */
export function createOutputFormat(format: OutputFormat, fileName: string, lang: string): FindingFormat {
  switch (format) {
    case 'json':
      return createJsonFormat();
    case 'ndjson':
    // The workbook is written after the check, from its findings spooled as NDJSON.
    case 'xlsx':
      return createNdjsonFormat();
    case 'csv':
      return createCsvFormat();
    case 'html':
      // The report is one page, written after the last record from what was collected.
      return { open: () => '', format: () => '', separator: '', close: () => '' };
    default:
      return createTableFormat({ fileName, lang });
  }
}
