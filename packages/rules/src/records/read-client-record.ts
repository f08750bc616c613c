import { isIsoDate } from '../facts/dates.ts';
import { CLIENT_RECORD_SCHEMA, type ClientRecordField } from './client-record-schema.ts';

/** A field whose raw value could not be read as the schema's type. */
export interface UnreadableValue {
  field: string;
  raw: string;
  expected: string;
}

/** A record after reading, with what could not be read kept aside (nothing is lost). */
export interface ReadRecord {
  values: Record<string, string | number | boolean>;
  missingFields: string[];
  unreadableFields: string[];
  unreadable: UnreadableValue[];
}

type Reader = (raw: unknown) => { ok: true; value: string | number } | { ok: false; expected: string };

const DECIMAL = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

function readNumber(raw: unknown): ReturnType<Reader> {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, expected: 'a finite number' };
  if (typeof raw === 'string' && DECIMAL.test(raw)) return { ok: true, value: Number(raw) };
  return { ok: false, expected: 'a number with a dot as decimal separator and no thousands separator, e.g. 1250.50' };
}

function readWholeNumber(raw: unknown): ReturnType<Reader> {
  const read = readNumber(raw);
  if (read.ok && Number.isInteger(read.value)) return read;
  return { ok: false, expected: 'a whole number, e.g. 4' };
}

function readDate(raw: unknown): ReturnType<Reader> {
  if (typeof raw === 'string' && isIsoDate(raw)) return { ok: true, value: raw };
  return { ok: false, expected: 'a date written YYYY-MM-DD, e.g. 2024-03-31' };
}

function readText(raw: unknown): ReturnType<Reader> {
  if (typeof raw === 'string') return { ok: true, value: raw };
  if (typeof raw === 'number' && Number.isFinite(raw)) return { ok: true, value: String(raw) };
  return { ok: false, expected: 'text' };
}

function readerFor(definition: { type: string; format?: string }): Reader {
  if (definition.type === 'integer') return readWholeNumber;
  if (definition.type === 'number') return readNumber;
  if (definition.format === 'date') return readDate;
  return readText;
}

const READERS: ReadonlyArray<readonly [ClientRecordField, Reader]> = Object.entries(CLIENT_RECORD_SCHEMA.properties).map(
  ([field, definition]) => [field as ClientRecordField, readerFor(definition as { type: string; format?: string })] as const,
);

function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * Reads one raw record (CSV cells as text, or JSON values) into typed values, as the client
 * record schema says. A value that cannot be read is kept in `unreadable`, never thrown.
 *
 * @example
 * readClientRecord({ householdSize: '4', householdIncomeMonthly: '12,5' })
 * // → values.householdSize === 4, unreadableFields = ['householdIncomeMonthly']
 */
export function readClientRecord(raw: Record<string, unknown>): ReadRecord {
  const values: Record<string, string | number | boolean> = {};
  const missingFields: string[] = [];
  const unreadableFields: string[] = [];
  const unreadable: UnreadableValue[] = [];
  for (const [field, read] of READERS) {
    const rawValue = raw[field];
    if (isBlank(rawValue)) {
      missingFields.push(field);
      continue;
    }
    const trimmed = typeof rawValue === 'string' ? rawValue.trim() : rawValue;
    const result = read(trimmed);
    if (result.ok) values[field] = result.value;
    else {
      unreadableFields.push(field);
      unreadable.push({ field, raw: typeof rawValue === 'string' ? rawValue : JSON.stringify(rawValue), expected: result.expected });
    }
  }
  return { values, missingFields, unreadableFields, unreadable };
}
