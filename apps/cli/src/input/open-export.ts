import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Finding } from '@social-lens/rules';
import {
  type CellsLayout,
  type ColumnMap,
  chooseEncoding,
  detectDelimiter,
  ENCODING_SAMPLE_BYTES,
  type EncodingChoice,
  jsonLineOf,
  parseJsonRecordsText,
  type RecordsLayout,
  readCsvHeader,
} from '@social-lens/rules/records-input';
import { UsageError } from '../usage-error.ts';
import { countNewlines, firstCsvRecordEnd, type RecordChunk, splitIntoRecordChunks } from './record-chunks.ts';

export const INPUT_FORMATS = ['.csv', '.ndjson', '.jsonl', '.json'] as const;
const MAX_HEADER_BYTES = 1024 * 1024;

/** A client export ready to be read in chunks of whole records. */
export interface OpenedExport<Layout extends RecordsLayout | CellsLayout = RecordsLayout> {
  /** The encoding chosen (never `auto`). */
  encoding: string;
  layout: Layout;
  /** Findings about the header (columns that give one field), before any row's. */
  headerFindings: readonly Finding[];
  /** CSV and `.xlsx`: the columns as the export names them (in the order of `layout.fields`). */
  columns?: readonly string[];
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

function chooseFileEncoding(sample: Uint8Array, requested: string, fileName: string, warn: (message: string) => void): EncodingChoice {
  const choice = chooseEncoding(sample, requested === 'auto' ? undefined : requested, '--encoding');
  if (choice.guessed && choice.encoding !== 'utf-8') {
    warn(
      `${fileName}: not UTF-8; reading it as ${choice.encoding} (pass --encoding to choose another, e.g. windows-1250 for Latin-script Bosnian/Croatian/Serbian)`,
    );
  }
  return choice;
}

/**
 * Opens a client export: checks the file, chooses the encoding, reads and maps the CSV header
 * (through `@social-lens/rules/records-input`, as the service does), and returns a source of
 * record chunks. `.json` arrays are read whole and served as one chunk of one record a line
 * (their "line" is the item's position in the array).
 */
export function openExport(path: string, options: OpenExportOptions): OpenedExport {
  const fileName = options.fileName ?? path;
  const extension = extname(path).toLowerCase();
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`${fileName}: no such file`);
  if (!stat.isFile()) throw new UsageError(`${fileName}: not a file`);
  if (!(INPUT_FORMATS as readonly string[]).includes(extension)) {
    throw new UsageError(`${fileName}: unknown file type "${extension || '(none)'}"; expected ${INPUT_FORMATS.join(', ')} (or .xlsx for lens check records)`);
  }
  if (stat.size === 0) throw new UsageError(`${fileName}: the file is empty`);
  const { encoding } = chooseFileEncoding(readStart(path, Math.min(stat.size, ENCODING_SAMPLE_BYTES)), options.encoding, fileName, options.warn);

  if (extension === '.json') return openJsonArray(path, encoding, fileName, stat.size, options.map);
  if (extension !== '.csv') {
    return {
      encoding,
      layout: { format: 'ndjson', map: options.map },
      headerFindings: [],
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
  const header = readCsvHeader(decoder.decode(start.subarray(0, headerEnd)), options.map, { delimiter, source: fileName });
  if (header.ignoredColumns.length > 0) {
    options.warn(`${fileName}:1: ignoring column(s) that match no field: ${header.ignoredColumns.map((c) => `"${c}"`).join(', ')} (map them with --map FILE)`);
  }
  const dataStart = headerEnd + 1;
  const startLine = 2 + countNewlines(start, 0, headerEnd);
  return {
    encoding,
    layout: header.layout,
    headerFindings: header.findings,
    columns: header.columns,
    size: stat.size,
    chunks: (chunkBytes) =>
      dataStart >= stat.size
        ? (async function* () {})()
        : splitIntoRecordChunks(createReadStream(path, { start: dataStart }), { chunkBytes, csvDelimiter: delimiter, startOffset: dataStart, startLine }),
  };
}

function openJsonArray(path: string, encoding: string, fileName: string, size: number, map: ColumnMap): OpenedExport {
  const items = parseJsonRecordsText(new TextDecoder(encoding).decode(readFileSync(path)), { source: fileName });
  const lines = Buffer.from(`${items.map(jsonLineOf).join('\n')}\n`, 'utf8');
  return {
    encoding: 'utf-8',
    layout: { format: 'ndjson', map },
    headerFindings: [],
    size,
    chunks: async function* () {
      yield { bytes: lines, firstLine: 1, endOffset: size };
    },
  };
}
