import { canonicalNumberText, NUMBER_FIELDS, type NumberConvention, type RecordConventions } from '@social-lens/rules/records-input';
import type { TableCellValue } from '@social-lens/workbook';

const NUMBER_FIELD_SET: ReadonlySet<string> = new Set(NUMBER_FIELDS);
const AS_WRITTEN: NumberConvention = { decimal: '.', groups: '' };

/**
 * A cell of the export as the Records sheet holds it: a number in a number field when it reads
 * as one in its column's convention (`1 234,50` → 1234.5), else the cell as it came (a formula
 * error as its text, a JSON object or array as JSON).
 */
export function sheetValueOf(cell: unknown, field: string | undefined, conventions: RecordConventions | undefined): TableCellValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'string') {
    if (field === undefined || !NUMBER_FIELD_SET.has(field)) return cell;
    const canonical = canonicalNumberText(cell.trim(), conventions?.numbers.get(field) ?? AS_WRITTEN);
    const number = canonical === undefined ? Number.NaN : Number(canonical);
    return Number.isFinite(number) ? number : cell;
  }
  if (typeof cell === 'object' && 'date' in cell) return String((cell as Record<string, unknown>)['date']);
  if (typeof cell === 'object' && 'formula error' in cell) return String((cell as Record<string, unknown>)['formula error']);
  return JSON.stringify(cell);
}

/** A cell as text, for grouping (a branch, a loan officer): blank when it has none. */
export function groupTextOf(cell: unknown): string {
  return cell === null || cell === undefined ? '' : typeof cell === 'object' ? JSON.stringify(cell) : String(cell).trim();
}
