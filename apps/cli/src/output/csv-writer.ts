import type { FindingFormat } from './finding-writer.ts';

const COLUMNS = ['recordId', 'line', 'severity', 'ruleId', 'fields', 'message', 'suggestion', 'ruleSet'] as const;

function cell(value: unknown): string {
  const text = value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
  // A leading =, +, - or @ would run as a formula when the file is opened in Excel.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One finding a row, with a header; opens in Excel (UTF-8 byte-order mark included). */
export function createCsvFormat(): FindingFormat {
  return {
    open: () => `\uFEFF${COLUMNS.join(',')}\r\n`,
    format: (finding) => `${COLUMNS.map((column) => cell((finding as Record<string, unknown>)[column])).join(',')}\r\n`,
    separator: '',
    close: () => '',
  };
}
