import { isoDateDays } from '../facts/iso-date-days.ts';
import { CLIENT_RECORD_SCHEMA, type ClientRecordField } from './client-record-schema.ts';

/** What a reader gives for a cell its type cannot read (a symbol: nothing allocated per cell). */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/** How one field of the client record schema is read from a CSV cell or a JSON value. */
export interface FieldReader {
  read(raw: unknown): string | number | typeof UNREADABLE;
  /** What the cell should have looked like, for messages. */
  expected: string;
}

const DECIMAL = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

function readNumber(raw: unknown): number | typeof UNREADABLE {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : UNREADABLE;
  return typeof raw === 'string' && DECIMAL.test(raw) ? Number(raw) : UNREADABLE;
}

const NUMBER: FieldReader = { read: readNumber, expected: 'a number with a dot as decimal separator and no thousands separator, e.g. 1250.50' };
const WHOLE_NUMBER: FieldReader = {
  read: (raw) => {
    const value = readNumber(raw);
    return typeof value === 'number' && Number.isInteger(value) ? value : UNREADABLE;
  },
  expected: 'a whole number, e.g. 4',
};
const DATE: FieldReader = {
  read: (raw) => (typeof raw === 'string' && isoDateDays(raw) !== undefined ? raw : UNREADABLE),
  expected: 'a date written YYYY-MM-DD, e.g. 2024-03-31',
};
/** NUL and the other control characters no export means as text; tab and line breaks are kept. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

const TEXT: FieldReader = {
  read: (raw) =>
    typeof raw === 'string' ? (CONTROL_CHARACTER.test(raw) ? UNREADABLE : raw) : typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : UNREADABLE,
  expected: 'text without control characters (NUL, U+0001–U+001F but tab and line breaks)',
};

function readerFor(definition: { type: string; format?: string }): FieldReader {
  if (definition.type === 'integer') return WHOLE_NUMBER;
  if (definition.type === 'number') return NUMBER;
  if (definition.format === 'date') return DATE;
  return TEXT;
}

/** The reader of each canonical field, in schema order: the schema's type and format drive them. */
export const CLIENT_RECORD_READERS: ReadonlyArray<{ field: ClientRecordField; reader: FieldReader }> = Object.entries(CLIENT_RECORD_SCHEMA.properties).map(
  ([field, definition]) => ({ field: field as ClientRecordField, reader: readerFor(definition as { type: string; format?: string }) }),
);

/** A cell as read: text trimmed, or `undefined` when blank (missing). */
export function trimmedCell(raw: unknown): unknown {
  const trimmed = typeof raw === 'string' ? raw.trim() : raw;
  return trimmed === null || trimmed === '' ? undefined : trimmed;
}

/** An unreadable cell as messages show it: text as written (control characters as `\u0000`), anything else as JSON. */
export function shownCell(raw: unknown): string {
  if (typeof raw !== 'string') return raw instanceof UnfitCell ? raw.text : JSON.stringify(raw);
  return CONTROL_CHARACTER.test(raw) ? raw.replace(CONTROL_CHARACTERS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`) : raw;
}

/**
 * A cell that does not fit its column's convention (a `567.5` in a decimal-comma column, an ISO
 * date in a `DD.MM.YYYY` one): no reader reads it, messages show it as written.
 */
export class UnfitCell {
  constructor(readonly text: string) {}
}
