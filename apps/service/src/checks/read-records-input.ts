import { parse } from 'csv-parse/sync';
import { isJsonMediaType, parseJsonText } from '../api/read-json-body.ts';
import { ProblemError } from '../problems/problem-error.ts';

/** One record of a check request, or an input line that could not become one. */
export type RecordItem = { kind: 'record'; raw: Record<string, unknown>; line: number } | { kind: 'problem'; line: number; message: string };

export interface RecordsInput {
  format: 'json' | 'ndjson' | 'csv';
  items: RecordItem[];
  /** The object form of a JSON body (options beside `records`), when it was used. */
  options?: Record<string, unknown>;
}

const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonlines'];
const DELIMITERS = [',', ';', '\t', '|'] as const;

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function tooMany(limit: number, path: string): ProblemError {
  return new ProblemError(413, {
    kind: 'too-many-records',
    detail: `more than ${limit} records in one request; send them in batches`,
    errors: [{ path, message: `at most ${limit} records`, code: 'too-many-records' }],
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Excel writes `;` where the decimal separator is a comma (Russian, Bosnian locales), `,` elsewhere. */
function detectDelimiter(headerLine: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const candidate of DELIMITERS) {
    const count = headerLine.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

function readJson(text: string, limit: number): RecordsInput {
  const value = parseJsonText(text);
  const [records, base, options] = Array.isArray(value)
    ? [value, '', undefined]
    : isObject(value) && Array.isArray(value.records)
      ? [value.records as unknown[], '/records', value]
      : [undefined, '', undefined];
  if (!records) {
    if (isObject(value)) return { format: 'json', items: [], options: value };
    throw new ProblemError(422, { kind: 'invalid-body', detail: 'expected an array of client records or an object with "records"', errors: [{ path: '/', message: 'expected array or object' }] });
  }
  if (records.length > limit) throw tooMany(limit, base || '/');
  const errors = records.flatMap((record, index) => (isObject(record) ? [] : [{ path: `${base}/${index}`, message: 'expected a JSON object (one client record)', code: 'type' }]));
  if (errors.length > 0) throw new ProblemError(422, { kind: 'invalid-body', detail: `${errors[0]!.path}: ${errors[0]!.message}`, errors: errors.slice(0, 50) });
  return {
    format: 'json',
    items: records.map((record, index) => ({ kind: 'record', raw: record as Record<string, unknown>, line: index + 1 })),
    ...(options ? { options } : {}),
  };
}

function readNdjson(text: string, limit: number): RecordsInput {
  const items: RecordItem[] = [];
  let records = 0;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const content = lines[index]!.replace(/^\uFEFF/, '').trim();
    if (content === '') continue;
    const line = index + 1;
    let value: unknown;
    try {
      value = parseJsonText(content, `line ${line}: `);
    } catch (error) {
      items.push({ kind: 'problem', line, message: `line ${line}: ${(error as Error).message.replace(/^line \d+: /, '')}` });
      continue;
    }
    if (!isObject(value)) {
      items.push({ kind: 'problem', line, message: `line ${line}: expected a JSON object (one client record)` });
      continue;
    }
    records += 1;
    if (records > limit) throw tooMany(limit, `line ${line}`);
    items.push({ kind: 'record', raw: value, line });
  }
  return { format: 'ndjson', items };
}

function readCsv(text: string, limit: number): RecordsInput {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body.split(/\r?\n/, 1)[0] ?? '');
  const items: RecordItem[] = [];
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(body, { delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, max_record_size: 1_000_000 }) as unknown as typeof rows;
  } catch (error) {
    throw new ProblemError(422, { kind: 'malformed-csv', detail: `not readable as CSV: ${(error as Error).message}`, cause: error });
  }
  const [header, ...data] = rows;
  if (!header) throw new ProblemError(422, { kind: 'malformed-csv', detail: 'the CSV has no header row', errors: [{ path: 'line 1', message: 'expected a header row' }] });
  if (data.length > limit) throw tooMany(limit, `line ${data[limit]!.info.lines}`);
  for (const { record, info } of data) {
    if (record.length !== header.record.length) {
      items.push({ kind: 'problem', line: info.lines, message: `line ${info.lines}: the row has ${record.length} cells but the header has ${header.record.length}; the row was not checked` });
      continue;
    }
    const raw: Record<string, unknown> = {};
    header.record.forEach((column, index) => {
      if (column.trim() !== '') raw[column.trim()] = record[index];
    });
    items.push({ kind: 'record', raw, line: info.lines });
  }
  return { format: 'csv', items };
}

/**
 * Reads the records of `POST /v1/records/check` from a JSON array (or `{ records, … }`), NDJSON
 * or `text/csv` body. Too many records is a 413 naming where the limit was passed; an unreadable
 * NDJSON line or CSV row is kept as a problem item so the others are still checked.
 *
 * @example
 * const input = readRecordsInput('text/csv', 'clientId,householdSize\nC1,4\n', 50_000)
 */
export function readRecordsInput(contentType: string | undefined, text: string, limit: number): RecordsInput {
  const type = mediaType(contentType);
  if (isJsonMediaType(type)) return readJson(text, limit);
  if (NDJSON_TYPES.includes(type)) return readNdjson(text, limit);
  if (type === 'text/csv') return readCsv(text, limit);
  throw new ProblemError(415, {
    kind: 'unsupported-media-type',
    detail: `expected application/json, application/x-ndjson or text/csv, got ${contentType ?? 'no content type'}`,
  });
}
