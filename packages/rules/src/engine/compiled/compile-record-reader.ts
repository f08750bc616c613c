import { CLIENT_RECORD_SCHEMA } from '../../records/client-record-schema.ts';
import type { FactSlots } from './compile-slot-expression.ts';
import { isoDateDays } from './iso-date-days.ts';

/** What reading one record found besides its values: the meta facts of a client-record run. */
export interface RecordReading {
  missingFields: string[];
  unreadableFields: string[];
  /** `field "raw"; …`, the `unreadableDetails` fact. */
  unreadableDetails: string;
}

/** Reads one raw record into fact slots. */
export type RecordReader = (raw: Record<string, unknown>, slots: FactSlots) => RecordReading;

const DECIMAL = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const UNREADABLE = Symbol('unreadable');

type Reader = (raw: unknown) => string | number | typeof UNREADABLE;

const readNumber: Reader = (raw) => {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : UNREADABLE;
  return typeof raw === 'string' && DECIMAL.test(raw) ? Number(raw) : UNREADABLE;
};
const readWholeNumber: Reader = (raw) => {
  const read = readNumber(raw);
  return typeof read === 'number' && Number.isInteger(read) ? read : UNREADABLE;
};
const readDate: Reader = (raw) => (typeof raw === 'string' && isoDateDays(raw) !== undefined ? raw : UNREADABLE);
const readText: Reader = (raw) => {
  if (typeof raw === 'string') return raw;
  return typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : UNREADABLE;
};

function readerFor(definition: { type: string; format?: string }): Reader {
  if (definition.type === 'integer') return readWholeNumber;
  if (definition.type === 'number') return readNumber;
  if (definition.format === 'date') return readDate;
  return readText;
}

/**
 * Compiles the reading of a client record into fact slots, with `readClientRecord`'s meaning
 * (records/read-client-record.ts): a blank cell is missing, a cell the schema's type cannot read
 * is unreadable and kept aside, text is trimmed first. Nothing is allocated for a clean field.
 *
 * @example
 * const read = compileRecordReader((field) => CLIENT_RECORD_FIELDS.indexOf(field))
 * const slots = []; read({ householdSize: ' 4 ' }, slots) // slots[6] === 4
 */
export function compileRecordReader(slotOf: (field: string) => number): RecordReader {
  const fields = Object.entries(CLIENT_RECORD_SCHEMA.properties).map(([field, definition]) => ({
    field,
    slot: slotOf(field),
    read: readerFor(definition as { type: string; format?: string }),
  }));
  return (raw, slots) => {
    const missingFields: string[] = [];
    let unreadableFields: string[] | undefined;
    let unreadableDetails = '';
    for (const { field, slot, read } of fields) {
      const rawValue = raw[field];
      const trimmed = typeof rawValue === 'string' ? rawValue.trim() : rawValue;
      if (trimmed === undefined || trimmed === null || trimmed === '') {
        missingFields.push(field);
        continue;
      }
      const value = read(trimmed);
      if (value !== UNREADABLE) {
        slots[slot] = value;
        continue;
      }
      if (unreadableFields === undefined) unreadableFields = [];
      unreadableFields.push(field);
      const shown = typeof rawValue === 'string' ? rawValue : JSON.stringify(rawValue);
      unreadableDetails += `${unreadableFields.length === 1 ? '' : '; '}${field} "${shown}"`;
    }
    return { missingFields, unreadableFields: unreadableFields ?? [], unreadableDetails };
  };
}
