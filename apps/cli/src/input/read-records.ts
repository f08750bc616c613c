import { createReadStream, statSync } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { UsageError } from '../usage-error.ts';
import { type ColumnMap, canonicalFieldOf } from './column-map.ts';
import { createDecodeStream } from './decode-text.ts';
import { detectDelimiter } from './detect-delimiter.ts';

/** One item of an input file: a record to check, or a line that could not become one. */
export type InputItem =
  | { kind: 'record'; raw: Record<string, unknown>; line: number }
  | { kind: 'problem'; line: number; message: string };

export interface ReadRecordsOptions {
  map: ColumnMap;
  encoding: string;
  warn: (message: string) => void;
  /** Called with the number of bytes read so far (progress). */
  onBytes?: (bytesRead: number) => void;
  /** Shown in messages instead of the path. */
  fileName?: string;
}

export const INPUT_FORMATS = ['.csv', '.ndjson', '.jsonl', '.json'] as const;

/**
 * Reads a client export record by record: `.csv` (delimiter detected, header row mapped to
 * canonical fields), `.ndjson`/`.jsonl` (one JSON object a line) or `.json` (an array). CSV and
 * NDJSON are streamed, so memory does not grow with the file. Bad lines become `problem` items
 * with their line number; the reading goes on.
 */
export async function* readRecords(path: string, options: ReadRecordsOptions): AsyncGenerator<InputItem> {
  const extension = extname(path).toLowerCase();
  const fileName = options.fileName ?? path;
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`${fileName}: no such file`);
  if (!stat.isFile()) throw new UsageError(`${fileName}: not a file`);
  if (!(INPUT_FORMATS as readonly string[]).includes(extension)) {
    throw new UsageError(`${fileName}: unknown file type "${extension || '(none)'}"; expected ${INPUT_FORMATS.join(', ')}`);
  }
  if (stat.size === 0) throw new UsageError(`${fileName}: the file is empty`);
  const bytes = createReadStream(path);
  if (options.onBytes) bytes.on('data', () => options.onBytes!(bytes.bytesRead));
  const text = bytes.pipe(createDecodeStream({ encoding: options.encoding, warn: options.warn, fileName }));
  if (extension === '.csv') yield* readCsv(text, options, fileName);
  else if (extension === '.json') yield* readJsonArray(text, options.map, fileName);
  else yield* readNdjson(text, options.map, fileName);
}

async function* readCsv(text: Readable, options: ReadRecordsOptions, fileName: string): AsyncGenerator<InputItem> {
  const chunks = text[Symbol.asyncIterator]() as AsyncIterator<string>;
  const first = await chunks.next();
  if (first.done || String(first.value).trim() === '') throw new UsageError(`${fileName}: the file has no header row`);
  const firstChunk = String(first.value);
  const delimiter = detectDelimiter(firstChunk.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '');
  const skipped: InputItem[] = [];
  const parser = parse({
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: 1_000_000,
    on_skip: (error: Error & { lines?: number } | undefined) => {
      if (!error) return;
      skipped.push({ kind: 'problem', line: error.lines ?? 0, message: `${fileName}:${error.lines ?? '?'}: ${error.message}` });
    },
  });
  const source = Readable.from(
    (async function* () {
      yield firstChunk;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield String(next.value);
    })(),
  );
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);

  let header: Array<string | undefined> | undefined;
  let headerLength = 0;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    while (skipped.length > 0) yield skipped.shift()!;
    if (!header) {
      headerLength = record.length;
      header = resolveHeader(record, options, fileName);
      continue;
    }
    if (record.length !== headerLength) {
      yield {
        kind: 'problem',
        line: info.lines,
        message: `${fileName}:${info.lines}: the row has ${record.length} cells but the header has ${headerLength}; the row was not checked`,
      };
      continue;
    }
    const raw: Record<string, unknown> = {};
    for (let index = 0; index < record.length; index += 1) {
      const field = header[index];
      if (field !== undefined) raw[field] = record[index];
    }
    yield { kind: 'record', raw, line: info.lines };
  }
  while (skipped.length > 0) yield skipped.shift()!;
  if (!header) throw new UsageError(`${fileName}: the file has no header row`);
}

function resolveHeader(columns: readonly string[], options: ReadRecordsOptions, fileName: string): Array<string | undefined> {
  const unknown: string[] = [];
  const seen = new Map<string, string>();
  const header = columns.map((column) => {
    const field = canonicalFieldOf(column, options.map);
    if (field === undefined) {
      if (column.trim() !== '') unknown.push(column);
      return undefined;
    }
    const earlier = seen.get(field);
    if (earlier !== undefined) {
      options.warn(`${fileName}:1: columns "${earlier}" and "${column}" both give ${field}; the later one is used`);
    }
    seen.set(field, column);
    return field;
  });
  if (unknown.length > 0) {
    options.warn(`${fileName}:1: ignoring column(s) that match no field: ${unknown.map((c) => `"${c}"`).join(', ')} (map them with --map FILE)`);
  }
  if (seen.size === 0) {
    throw new UsageError(`${fileName}:1: no column matches a client field; pass --map FILE to name them (header: ${columns.slice(0, 8).join(', ')})`);
  }
  return header;
}

function mapObject(value: Record<string, unknown>, map: ColumnMap): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [key, cell] of Object.entries(value)) {
    const field = canonicalFieldOf(key, map) ?? key;
    raw[field] = cell;
  }
  return raw;
}

async function* readNdjson(text: Readable, map: ColumnMap, fileName: string): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: text, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const content of lines) {
    line += 1;
    const trimmed = content.replace(/^\uFEFF/, '').trim();
    if (trimmed === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      yield { kind: 'problem', line, message: `${fileName}:${line}: not valid JSON (${(error as Error).message})` };
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      yield { kind: 'problem', line, message: `${fileName}:${line}: expected a JSON object (one client record), got ${Array.isArray(value) ? 'an array' : typeof value}` };
      continue;
    }
    yield { kind: 'record', raw: mapObject(value as Record<string, unknown>, map), line };
  }
}

async function* readJsonArray(text: Readable, map: ColumnMap, fileName: string): AsyncGenerator<InputItem> {
  let content = '';
  for await (const chunk of text) content += String(chunk);
  let value: unknown;
  try {
    value = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${fileName}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (!Array.isArray(value)) throw new UsageError(`${fileName}: expected a JSON array of client records`);
  for (const [index, item] of value.entries()) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      yield { kind: 'problem', line: index + 1, message: `${fileName} at /${index}: expected a JSON object (one client record)` };
      continue;
    }
    yield { kind: 'record', raw: mapObject(item as Record<string, unknown>, map), line: index + 1 };
  }
}

