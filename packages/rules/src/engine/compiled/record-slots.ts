import { CLIENT_RECORD_FIELDS } from '../../records/client-record-schema.ts';
import type { RecordCells } from '../../records-input/record-cells.ts';
import { recordIdOfClientId } from '../../records-input/record-id.ts';
import { CLIENT_RECORD_META_FACTS } from '../subject-facts.ts';
import { compileRecordReader } from './compile-record-reader.ts';
import type { FactSlots } from './compile-slot-expression.ts';

/** The first slots of every compiled client-record check: the record's fields in schema order, then the meta facts. */
export const RECORD_SLOT_NAMES: readonly string[] = [...CLIENT_RECORD_FIELDS, ...CLIENT_RECORD_META_FACTS];

/**
 * One record read once: its fields coerced (`undefined` when missing or unreadable) and the meta
 * facts, in the slots of {@link RECORD_SLOT_NAMES}, with the id and line its findings carry. The
 * record checks and the portfolio facts of every rule set start from it; the reader reuses it.
 */
export interface RecordSlots {
  readonly facts: FactSlots;
  recordId: string | undefined;
  line: number | undefined;
}

/**
 * A reader of record cells into {@link RecordSlots}. With `readFields`, only those fields get
 * values (every field still counts for `missingFields`): what a run without record rules needs.
 *
 * @example
 * const read = createRecordSlotsReader('2026-06-30')
 * read(recordCellsOf({ clientId: 'C1', householdSize: '4' }), 2).facts[6] // → 4
 */
export function createRecordSlotsReader(today: string, readFields?: ReadonlySet<string>): (cells: Readonly<RecordCells>, line?: number) => RecordSlots {
  const slotOf = (name: string): number => RECORD_SLOT_NAMES.indexOf(name);
  const [missingSlot, unreadableSlot, detailsSlot, todaySlot] = CLIENT_RECORD_META_FACTS.map(slotOf) as [number, number, number, number];
  const clientIdSlot = slotOf('clientId');
  const read = compileRecordReader(slotOf, readFields);
  const record: RecordSlots = { facts: new Array(RECORD_SLOT_NAMES.length).fill(undefined), recordId: undefined, line: undefined };
  return (cells, line) => {
    const { facts } = record;
    facts.fill(undefined);
    const reading = read(cells, facts);
    facts[missingSlot] = reading.missingFields;
    facts[unreadableSlot] = reading.unreadableFields;
    facts[detailsSlot] = reading.unreadableDetails;
    facts[todaySlot] = today;
    record.recordId = recordIdOfClientId(cells[clientIdSlot], line);
    record.line = line;
    return record;
  };
}
