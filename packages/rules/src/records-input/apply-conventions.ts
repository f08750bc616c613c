import type { Finding } from '../findings/finding-schema.ts';
import { UnfitCell } from '../records/field-readers.ts';
import type { RawRecord } from './add-field-value.ts';
import { isoDateOf } from './date-writing.ts';
import { valueCodeFinding } from './input-findings.ts';
import { canonicalNumberText } from './number-writing.ts';
import type { RecordConventions } from './record-conventions.ts';
import { recordIdOf } from './record-id.ts';

/** True when conventions change nothing: the record is read as written (the canonical export's fast path). */
export function hasNoConventions(conventions: RecordConventions | undefined): boolean {
  return conventions === undefined || (conventions.numbers.size === 0 && conventions.dates.size === 0 && conventions.values.size === 0);
}

function isCanonicalValueOf(byCode: ReadonlyMap<string, string>, key: string): boolean {
  for (const canonical of byCode.values()) if (canonical.toLowerCase() === key) return true;
  return false;
}

/**
 * Turns the text cells of a raw record into canonical text, in place: numbers (`1 234,50` →
 * `1234.50`) and dates (`31.03.2024` → `2024-03-31`) as their column's convention says, codes
 * through the profile's `values` (trimmed, case-insensitive). A number or date that does not
 * fit is kept as an {@link UnfitCell}, so that `values-readable` names it as written; a code
 * the profile does not list (and that is not already a value it gives) is a `value-code`
 * warning, returned, and read as written.
 *
 * @example
 * applyConventions(raw, { numbers: new Map([['householdIncomeMonthly', { decimal: ',', groups: ' ' }]]), dates: new Map(), values: new Map() }, 2)
 */
export function applyConventions(raw: RawRecord, conventions: RecordConventions, line: number): Finding[] | undefined {
  for (const [field, convention] of conventions.numbers) {
    const value = raw[field];
    if (typeof value !== 'string') continue;
    const cell = value.trim();
    if (cell === '') continue;
    raw[field] = canonicalNumberText(cell, convention) ?? new UnfitCell(value);
  }
  for (const [field, writing] of conventions.dates) {
    const value = raw[field];
    if (typeof value !== 'string') continue;
    const cell = value.trim();
    if (cell === '') continue;
    raw[field] = isoDateOf(cell, writing) ?? new UnfitCell(value);
  }
  let findings: Finding[] | undefined;
  for (const [field, { byCode, codes }] of conventions.values) {
    const value = raw[field];
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const cell = String(value).trim();
    if (cell === '') continue;
    const key = cell.toLowerCase();
    const canonical = byCode.get(key);
    if (canonical !== undefined) {
      raw[field] = canonical;
      continue;
    }
    if (isCanonicalValueOf(byCode, key)) continue;
    const recordId = recordIdOf(raw, line);
    findings ??= [];
    findings.push(valueCodeFinding(field, cell, codes, { line, ...(recordId === undefined ? {} : { recordId }) }));
  }
  return findings;
}
