import { CLIENT_RECORD_READERS, shownCell, trimmedCell, UNREADABLE } from './field-readers.ts';

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
  for (const { field, reader } of CLIENT_RECORD_READERS) {
    const rawValue = raw[field];
    const cell = trimmedCell(rawValue);
    if (cell === undefined) {
      missingFields.push(field);
      continue;
    }
    const value = reader.read(cell);
    if (value !== UNREADABLE) values[field] = value;
    else {
      unreadableFields.push(field);
      unreadable.push({ field, raw: shownCell(rawValue), expected: reader.expected });
    }
  }
  return { values, missingFields, unreadableFields, unreadable };
}
