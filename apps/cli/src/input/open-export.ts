import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Finding } from '@social-lens/rules';
import {
  type CellsLayout,
  type ColumnMap,
  type ConventionDecision,
  chooseEncoding,
  decideCsvConventions,
  detectConventions,
  detectDelimiter,
  ENCODING_SAMPLE_BYTES,
  type EncodingChoice,
  type ImportProfile,
  jsonLineOf,
  type LocaleDefaults,
  parseJsonRecordsText,
  type RecordsLayout,
  readCsvHeader,
} from '@social-lens/rules/records-input';
import { UsageError } from '../usage-error.ts';
import { countNewlines, firstCsvRecordEnd, type RecordChunk, splitIntoRecordChunks } from './record-chunks.ts';

/** `.txt`: Excel's "Unicode text" (UTF-16, tab-separated), read as CSV. */
const INPUT_FORMATS = ['.csv', '.txt', '.ndjson', '.jsonl', '.json'] as const;
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
  /** CSV: the delimiter found. */
  delimiter?: string;
  /** How number and date columns are read: the profile's, or detected from the first rows. */
  decisions: readonly ConventionDecision[];
  size: number;
  chunks(chunkBytes: number): AsyncGenerator<RecordChunk>;
}

export interface OpenExportOptions {
  map: ColumnMap;
  /** The import profile the map came from: its codes, and how numbers and dates are written. */
  profile?: ImportProfile;
  /** `--locale`: the defaults of columns that read two ways. */
  locale?: { name: string; defaults: LocaleDefaults };
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

  const profile = { ...(options.profile ?? { values: new Map() }), map: options.map };
  const locale = options.locale === undefined ? {} : { locale: options.locale };
  if (extension !== '.csv' && extension !== '.txt') {
    // JSON values are typed: only what the profile says (codes, written numbers and dates) applies.
    const { conventions, decisions } = detectConventions([], profile, [], locale);
    const layout = { format: 'ndjson' as const, map: options.map, conventions };
    if (extension === '.json') return { ...openJsonArray(path, encoding, fileName, stat.size, layout), decisions };
    return {
      encoding: encoding.startsWith('utf-16') ? 'utf-8' : encoding,
      layout,
      headerFindings: [],
      decisions,
      size: stat.size,
      chunks: (chunkBytes) => splitIntoRecordChunks(readAsUtf8(path, encoding), { chunkBytes }),
    };
  }

  // UTF-16 (Excel's "Unicode text") is read as UTF-8: record boundaries are found in bytes.
  const utf16 = encoding.startsWith('utf-16');
  const rawStart = readStart(path, Math.min(stat.size, MAX_HEADER_BYTES));
  const start = utf16 ? Buffer.from(new TextDecoder(encoding).decode(rawStart.subarray(0, rawStart.length - (rawStart.length % 2))), 'utf8') : rawStart;
  const decoder = new TextDecoder(utf16 ? 'utf-8' : encoding);
  const firstLineEnd = start.indexOf(10);
  const delimiter = detectDelimiter(decoder.decode(start.subarray(0, firstLineEnd === -1 ? start.length : firstLineEnd)));
  let headerEnd = firstCsvRecordEnd(start, delimiter.charCodeAt(0));
  if (headerEnd === -1) {
    if (start.length < stat.size) throw new UsageError(`${fileName}:1: the header row is longer than 1 MB`);
    headerEnd = start.length;
  }
  const header = readCsvHeader(decoder.decode(start.subarray(0, headerEnd)), options.map, { delimiter, source: fileName });
  // A first pass over the rows of the same bounded prefix decides how numbers and dates are read.
  const rowsEnd = start.lastIndexOf(10);
  const sampleText = rowsEnd > headerEnd ? decoder.decode(start.subarray(headerEnd + 1, rowsEnd + 1)) : '';
  const { layout, decisions } = decideCsvConventions(sampleText, { layout: header.layout, dataLine: 2 + countNewlines(start, 0, headerEnd) }, profile, locale);
  if (header.ignoredColumns.length > 0) {
    options.warn(`${fileName}:1: ignoring column(s) that match no field: ${header.ignoredColumns.map((c) => `"${c}"`).join(', ')} (map them with --map FILE)`);
  }
  const dataStart = headerEnd + 1;
  const startLine = 2 + countNewlines(start, 0, headerEnd);
  return {
    encoding: utf16 ? 'utf-8' : encoding,
    layout,
    headerFindings: header.findings,
    columns: header.columns,
    delimiter,
    decisions,
    size: stat.size,
    chunks: (chunkBytes) =>
      utf16
        ? splitIntoRecordChunks(skipBytes(readAsUtf8(path, encoding), dataStart), { chunkBytes, csvDelimiter: delimiter, startOffset: dataStart, startLine })
        : dataStart >= stat.size
          ? (async function* () {})()
          : splitIntoRecordChunks(createReadStream(path, { start: dataStart }), { chunkBytes, csvDelimiter: delimiter, startOffset: dataStart, startLine }),
  };
}

/** The file's bytes; a UTF-16 file's as UTF-8, decoded piece by piece (its byte order mark dropped). */
async function* readAsUtf8(path: string, encoding: string): AsyncGenerator<Buffer> {
  if (!encoding.startsWith('utf-16')) {
    yield* createReadStream(path) as AsyncIterable<Buffer>;
    return;
  }
  const decoder = new TextDecoder(encoding);
  for await (const piece of createReadStream(path) as AsyncIterable<Buffer>) {
    const text = decoder.decode(piece, { stream: true });
    if (text !== '') yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.decode();
  if (rest !== '') yield Buffer.from(rest, 'utf8');
}

async function* skipBytes(pieces: AsyncIterable<Buffer>, count: number): AsyncGenerator<Buffer> {
  let left = count;
  for await (const piece of pieces) {
    if (left >= piece.length) {
      left -= piece.length;
      continue;
    }
    yield left > 0 ? piece.subarray(left) : piece;
    left = 0;
  }
}

function openJsonArray(path: string, encoding: string, fileName: string, size: number, layout: RecordsLayout): Omit<OpenedExport, 'decisions'> {
  const items = parseJsonRecordsText(new TextDecoder(encoding).decode(readFileSync(path)), { source: fileName });
  const lines = Buffer.from(`${items.map(jsonLineOf).join('\n')}\n`, 'utf8');
  return {
    encoding: 'utf-8',
    layout,
    headerFindings: [],
    size,
    chunks: async function* () {
      yield { bytes: lines, firstLine: 1, endOffset: size };
    },
  };
}
