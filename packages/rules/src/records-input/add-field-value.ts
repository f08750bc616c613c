import type { ClientRecordField } from '../records/client-record-schema.ts';
import { trimmedCell } from '../records/field-readers.ts';

/** A record as read from an export or a form: canonical fields only, on a null prototype. */
export type RawRecord = Record<string, unknown>;

/**
 * A new raw record. Its prototype is null, so no key of an export (`__proto__`, `constructor`)
 * can reach or change anything but the record itself.
 *
 * @example const raw = createRawRecord(); raw.householdSize = '4'
 */
export function createRawRecord(): RawRecord {
  return Object.create(null) as RawRecord;
}

/**
 * Gives a record a field's value where several columns (CSV), keys (JSON) or inputs (a form)
 * name the same field: the first with a value is read, the later ones only fill a blank.
 *
 * @example
 * addFieldValue(raw, 'householdSize', '')  // blank: kept only until a value comes
 * addFieldValue(raw, 'householdSize', '4') // → raw.householdSize === '4'
 * addFieldValue(raw, 'householdSize', '0') // ignored: the field already has a value
 */
export function addFieldValue(record: RawRecord, field: ClientRecordField, value: unknown): void {
  if (trimmedCell(record[field]) === undefined) record[field] = value;
}
