import type { Finding } from '../findings/finding-schema.ts';
import type { ClientRecordField } from '../records/client-record-schema.ts';
import { addFieldValue, createRawRecord, type RawRecord } from './add-field-value.ts';
import { applyConventions, hasNoConventions } from './apply-conventions.ts';
import { type ColumnMap, canonicalFieldOf } from './column-map.ts';
import { parseCsvText } from './csv-text-parser.ts';
import { exceedsDepth } from './exceeds-depth.ts';
import { distinctColumnsFinding, unreadableRowFinding } from './input-findings.ts';
import type { CsvLayout } from './read-csv-header.ts';
import type { RecordConventions } from './record-conventions.ts';
import { recordIdOf } from './record-id.ts';

/** How the records of an export are read: its CSV layout, or the column map of JSON records. Plain data (a worker can be handed it). */
export type RecordsLayout = CsvLayout | { format: 'ndjson'; map: ColumnMap; conventions?: RecordConventions };

/** One item of an export, in file order: a record to check, or a finding about the input itself. */
export type RecordsInputItem = { kind: 'record'; raw: RawRecord; line: number } | { kind: 'input-finding'; finding: Finding };

/** A record nested deeper than this is not read: nothing in a client record nests at all. */
export const MAX_RECORD_DEPTH = 32;

function describeJson(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * The canonical record of one JSON object (an NDJSON line, a JSON array item, a request's
 * record): its keys matched to fields as CSV columns are (trimmed, case-insensitive, through the
 * map), keys no field matches dropped, several keys of one field read as the first with a value
 * (and warned about). Anything that is not a readable object is an unreadable-row finding.
 *
 * @example
 * recordOfJson({ ClientId: 'C1', ' householdSize ': '4' }, NO_COLUMN_MAP, 3)
 * // → [{ kind: 'record', raw: { clientId: 'C1', householdSize: '4' }, line: 3 }]
 */
export function recordOfJson(value: unknown, map: ColumnMap, line: number, conventions?: RecordConventions): RecordsInputItem[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [{ kind: 'input-finding', finding: unreadableRowFinding(line, { reason: 'not-an-object', got: describeJson(value) }) }];
  }
  if (exceedsDepth(value, MAX_RECORD_DEPTH))
    return [{ kind: 'input-finding', finding: unreadableRowFinding(line, { reason: 'too-deep', depth: MAX_RECORD_DEPTH }) }];
  const raw = createRawRecord();
  const firstKeys: Record<string, string> = Object.create(null);
  let repeated: Map<ClientRecordField, string[]> | undefined;
  for (const [key, cell] of Object.entries(value)) {
    const field = canonicalFieldOf(key, map);
    if (field === undefined) continue;
    const first = firstKeys[field];
    if (first === undefined) {
      firstKeys[field] = key;
      raw[field] = cell;
      continue;
    }
    repeated ??= new Map();
    repeated.set(field, [...(repeated.get(field) ?? [first]), key]);
    addFieldValue(raw, field, cell);
  }
  const record: RecordsInputItem = { kind: 'record', raw, line };
  const codeFindings = conventions === undefined ? undefined : applyConventions(raw, conventions, line);
  if (codeFindings)
    return [...codeFindings.map((finding): RecordsInputItem => ({ kind: 'input-finding', finding })), ...withRepeated(raw, line, repeated), record];
  if (!repeated) return [record];
  return [...withRepeated(raw, line, repeated), record];
}

function withRepeated(raw: RawRecord, line: number, repeated: Map<ClientRecordField, string[]> | undefined): RecordsInputItem[] {
  if (!repeated) return [];
  const recordId = recordIdOf(raw, line);
  return [...repeated].map(
    ([field, keys]): RecordsInputItem => ({
      kind: 'input-finding',
      finding: distinctColumnsFinding(field, keys, { line, ...(recordId === undefined ? {} : { recordId }) }),
    }),
  );
}

function readJsonLine(content: string, line: number, map: ColumnMap, conventions?: RecordConventions): RecordsInputItem[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return [
      { kind: 'input-finding', finding: unreadableRowFinding(line, { reason: 'not-json', detail: error instanceof Error ? error.message : String(error) }) },
    ];
  }
  return recordOfJson(value, map, line, conventions);
}

/**
 * Hands over the records and the input findings of a decoded text of whole records, in file
 * order: CSV rows after the header (a row with the wrong number of cells, or a quote never
 * closed, is an unreadable-row finding), or NDJSON lines (a line that is not a JSON object is).
 * One item at a time, so that a record checked at once dies young: a million rows cost little
 * garbage collection. The CLI calls it on each chunk, the service on the whole body.
 *
 * @example
 * const header = readCsvHeader(text, map)
 * forEachRecordOfText(text.slice(header.dataStart), header.dataLine, header.layout, (item) => …)
 */
export function forEachRecordOfText(text: string, firstLine: number, layout: RecordsLayout, onItem: (item: RecordsInputItem) => void): void {
  const conventions = hasNoConventions(layout.conventions) ? undefined : layout.conventions;
  if (layout.format === 'ndjson') {
    let line = firstLine;
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const content = text.slice(start, end).trim();
      if (content !== '')
        for (const item of readJsonLine(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content, line, layout.map, conventions)) onItem(item);
      start = end + 1;
      line += 1;
    }
    return;
  }
  const { fields, repeatsFields } = layout;
  const columns = fields.length;
  parseCsvText(
    text,
    layout.delimiter,
    firstLine,
    (cells, line) => {
      if (cells.length !== columns) {
        onItem({ kind: 'input-finding', finding: unreadableRowFinding(line, { reason: 'cell-count', cells: cells.length, columns }) });
        return;
      }
      const raw = createRawRecord();
      for (let index = 0; index < columns; index += 1) {
        const field = fields[index];
        if (field === undefined) continue;
        if (repeatsFields) addFieldValue(raw, field, cells[index]);
        else raw[field] = cells[index];
      }
      if (conventions !== undefined) {
        const codeFindings = applyConventions(raw, conventions, line);
        if (codeFindings) for (const finding of codeFindings) onItem({ kind: 'input-finding', finding });
      }
      onItem({ kind: 'record', raw, line });
    },
    { onUnclosedQuote: (line) => onItem({ kind: 'input-finding', finding: unreadableRowFinding(line, { reason: 'unclosed-quote' }) }) },
  );
}

/**
 * An NDJSON line that {@link recordOfJson} reads as it reads `value`: the CLI serves a `.json`
 * array to its chunk readers this way. A value nested too deep cannot be written out whole
 * (JSON.stringify would overflow the stack), so it is written as the shallowest value that
 * gives the same finding.
 *
 * @example jsonLineOf({ clientId: 'C1' }) // → '{"clientId":"C1"}'
 */
export function jsonLineOf(value: unknown): string {
  if (exceedsDepth(value, MAX_RECORD_DEPTH)) {
    return Array.isArray(value) ? '[]' : `{"":${'['.repeat(MAX_RECORD_DEPTH)}${']'.repeat(MAX_RECORD_DEPTH)}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
