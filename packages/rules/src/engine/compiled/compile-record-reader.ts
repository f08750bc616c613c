import { CLIENT_RECORD_READERS, shownCell, trimmedCell, UNREADABLE } from '../../records/field-readers.ts';
import type { RecordCells } from '../../records-input/record-cells.ts';
import type { FactSlots } from './compile-slot-expression.ts';

/** What reading one record found besides its values: the meta facts of a client-record run. */
interface RecordReading {
  missingFields: string[];
  unreadableFields: string[];
  /** `field "raw"; …`, the `unreadableDetails` fact. */
  unreadableDetails: string;
}

/** Reads one record's cells (in the schema's order of fields) into fact slots. */
export type RecordReader = (cells: Readonly<RecordCells>, slots: FactSlots) => RecordReading;

/**
 * Compiles the reading of a client record into fact slots, with `readClientRecord`'s meaning
 * (records/read-client-record.ts): a blank cell is missing, a cell the schema's type cannot read
 * is unreadable and kept aside, text is trimmed first. Nothing is allocated for a clean field.
 * With `readFields`, the other fields are only looked at for `missingFields`: their values, and
 * whether they are readable, are not worked out.
 *
 * @example
 * const read = compileRecordReader((field) => CLIENT_RECORD_FIELDS.indexOf(field))
 * const slots = []; read(recordCellsOf({ householdSize: ' 4 ' }), slots) // slots[6] === 4
 */
export function compileRecordReader(slotOf: (field: string) => number, readFields?: ReadonlySet<string>): RecordReader {
  const fields = CLIENT_RECORD_READERS.map(({ field, reader }) => ({
    field,
    slot: slotOf(field),
    read: readFields === undefined || readFields.has(field) ? reader.read : undefined,
  }));
  return (cells, slots) => {
    const missingFields: string[] = [];
    let unreadableFields: string[] | undefined;
    let unreadableDetails = '';
    for (let index = 0; index < fields.length; index += 1) {
      const { field, slot, read } = fields[index]!;
      const rawValue = cells[index];
      const cell = trimmedCell(rawValue);
      if (cell === undefined) {
        missingFields.push(field);
        continue;
      }
      if (read === undefined) continue;
      const value = read(cell);
      if (value !== UNREADABLE) {
        slots[slot] = value;
        continue;
      }
      if (unreadableFields === undefined) unreadableFields = [];
      unreadableFields.push(field);
      unreadableDetails += `${unreadableFields.length === 1 ? '' : '; '}${field} "${shownCell(rawValue)}"`;
    }
    return { missingFields, unreadableFields: unreadableFields ?? [], unreadableDetails };
  };
}
