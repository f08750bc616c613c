import type { FindingFormat } from './finding-writer.ts';
import { startsLikeFormula } from './starts-like-formula.ts';

const COLUMNS = ['recordId', 'line', 'severity', 'ruleId', 'fields', 'message', 'suggestion', 'ruleSet'] as const;

function cell(value: unknown): string {
  const text = value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
  const safe = startsLikeFormula(text) ? `'${text}` : text;
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
