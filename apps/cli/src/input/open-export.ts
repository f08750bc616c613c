import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { UsageError } from '../usage-error.ts';
import type { ColumnMap } from './column-map.ts';
import { resolveCsvHeader } from './csv-header.ts';
import { parseCsvText } from './csv-text-parser.ts';
import { isValidUtf8Sample } from './decode-text.ts';
import { detectDelimiter } from './detect-delimiter.ts';
import { countNewlines, firstCsvRecordEnd, type RecordChunk, splitIntoRecordChunks } from './record-chunks.ts';

export const INPUT_FORMATS = ['.csv', '.ndjson', '.jsonl', '.json'] as const;
const SNIFF_BYTES = 64 * 1024;
const MAX_HEADER_BYTES = 1024 * 1024;

/** A client export ready to be read in chunks of whole records. */
export interface OpenedExport {
  kind: 'csv' | 'ndjson';
  /** The encoding chosen (never `auto`). */
  encoding: string;
  delimiter: string;
  /** CSV: the canonical field of each column. */
  header: Array<string | undefined>;
  size: number;
  chunks(chunkBytes: number): AsyncGenerator<RecordChunk>;
}

export interface OpenExportOptions {
  map: ColumnMap;
  /** A WHATWG encoding label, or `auto`: UTF-8 when the start of the file is, else windows-1251. */
  encoding: string;
  warn: (message: string) => void;
  fileName?: string;
}

function readStart(path: string, bytes: number): Buffer {
  const descriptor = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(descriptor, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
}

function chooseEncoding(sample: Uint8Array, requested: string, fileName: string, warn: (message: string) => void): string {
  if (requested !== 'auto') {
    try {
      return new TextDecoder(requested).encoding;
    } catch {
      throw new UsageError(`--encoding ${requested}: unknown encoding; e.g. utf-8, windows-1251, windows-1250`);
    }
  }
  if (isValidUtf8Sample(sample)) return 'utf-8';
  warn(`${fileName}: not UTF-8; reading it as windows-1251 (pass --encoding to choose another, e.g. windows-1250 for Latin-script Bosnian/Croatian/Serbian)`);
  return 'windows-1251';
}

/**
 * Opens a client export: checks the file, chooses the encoding, reads and maps the CSV header,
 * and returns a source of record chunks. `.json` arrays are read whole and served as one chunk
 * of one record a line (their "line" is the item's position in the array).
 */
export function openExport(path: string, options: OpenExportOptions): OpenedExport {
  const fileName = options.fileName ?? path;
  const extension = extname(path).toLowerCase();
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`${fileName}: no such file`);
  if (!stat.isFile()) throw new UsageError(`${fileName}: not a file`);
  if (!(INPUT_FORMATS as readonly string[]).includes(extension)) {
    throw new UsageError(`${fileName}: unknown file type "${extension || '(none)'}"; expected ${INPUT_FORMATS.join(', ')}`);
  }
  if (stat.size === 0) throw new UsageError(`${fileName}: the file is empty`);
  const sample = readStart(path, Math.min(stat.size, SNIFF_BYTES));
  const encoding = chooseEncoding(sample, options.encoding, fileName, options.warn);

  if (extension === '.json') return openJsonArray(path, encoding, fileName, stat.size);
  if (extension !== '.csv') {
    return {
      kind: 'ndjson',
      encoding,
      delimiter: ',',
      header: [],
      size: stat.size,
      chunks: (chunkBytes) => splitIntoRecordChunks(createReadStream(path), { chunkBytes }),
    };
  }

  const start = readStart(path, Math.min(stat.size, MAX_HEADER_BYTES));
  const decoder = new TextDecoder(encoding);
  const firstLineEnd = start.indexOf(10);
  const delimiter = detectDelimiter(decoder.decode(start.subarray(0, firstLineEnd === -1 ? start.length : firstLineEnd)));
  let headerEnd = firstCsvRecordEnd(start, delimiter.charCodeAt(0));
  if (headerEnd === -1) {
    if (start.length < stat.size) throw new UsageError(`${fileName}:1: the header row is longer than 1 MB`);
    headerEnd = start.length;
  }
  let columns: string[] = [];
  parseCsvText(decoder.decode(start.subarray(0, headerEnd)), delimiter, 1, (cells) => {
    columns = cells;
  }, { maxRows: 1 });
  if (columns.length === 0 || columns.every((column) => column.trim() === '')) throw new UsageError(`${fileName}: the file has no header row`);
  const header = resolveCsvHeader(columns, options.map, fileName, options.warn);
  const dataStart = headerEnd + 1;
  const startLine = 2 + countNewlines(start, 0, headerEnd);
  return {
    kind: 'csv',
    encoding,
    delimiter,
    header,
    size: stat.size,
    chunks: (chunkBytes) =>
      dataStart >= stat.size
        ? (async function* () {})()
        : splitIntoRecordChunks(createReadStream(path, { start: dataStart }), { chunkBytes, csvDelimiter: delimiter, startOffset: dataStart, startLine }),
  };
}

function openJsonArray(path: string, encoding: string, fileName: string, size: number): OpenedExport {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder(encoding).decode(readFileSync(path)));
  } catch (error) {
    throw new UsageError(`${fileName}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (!Array.isArray(value)) throw new UsageError(`${fileName}: expected a JSON array of client records`);
  const lines = Buffer.from(`${value.map((item) => JSON.stringify(item) ?? 'null').join('\n')}\n`, 'utf8');
  return {
    kind: 'ndjson',
    encoding: 'utf-8',
    delimiter: ',',
    header: [],
    size,
    chunks: async function* () {
      yield { bytes: lines, firstLine: 1, endOffset: size };
    },
  };
}
