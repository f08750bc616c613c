import { CLIENT_RECORD_FIELDS } from '../records/client-record-schema.ts';
import type { RawRecord } from './add-field-value.ts';

/**
 * A record as its cells in the order of the client record schema's fields (`CLIENT_RECORD_FIELDS`),
 * `undefined` where the export has no such column: what the compiled checks read, without a
 * per-record object. Readers reuse one array, so it is only valid until the next record.
 */
export type RecordCells = unknown[];

/**
 * Writes a raw record's cells into `into`, in the schema's order of fields.
 *
 * @example recordCellsOf({ householdSize: '4' }, [])[6] // → '4'
 */
export function recordCellsOf(raw: Readonly<RawRecord>, into: RecordCells = []): RecordCells {
  for (let index = 0; index < CLIENT_RECORD_FIELDS.length; index += 1) into[index] = raw[CLIENT_RECORD_FIELDS[index]!];
  return into;
}
