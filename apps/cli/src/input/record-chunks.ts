import type { Readable } from 'node:stream';

/** A run of whole records of a file, as bytes, and the line its first byte is on. */
export interface RecordChunk {
  bytes: Buffer;
  firstLine: number;
  /** Bytes of the file read up to the end of this chunk (progress). */
  endOffset: number;
}

const NEWLINE = 10;
const QUOTE = 34;
const CARRIAGE_RETURN = 13;
/** A record longer than this is cut at a line end anyway, so memory stays bounded on a broken file. */
const MAX_PENDING_BYTES = 64 * 1024 * 1024;

function countNewlines(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let count = 0;
  for (let index = bytes.indexOf(NEWLINE, start); index !== -1 && index < end; index = bytes.indexOf(NEWLINE, index + 1)) count += 1;
  return count;
}

/**
 * Visits the newline that ends each CSV record, with the same quote rules as `parseCsvText` (a
 * quote opens a quoted cell only at the start of a cell); the visitor returns false to stop.
 * It jumps from quote to quote and from newline to newline (`indexOf`) instead of reading every
 * byte: between quotes every newline ends a record, and a quoted cell ends at its first quote
 * that is not doubled.
 */
export function forEachCsvRecordEnd(bytes: Uint8Array, delimiter: number, visit: (index: number) => boolean): void {
  let newline = bytes.indexOf(NEWLINE);
  for (let from = 0; ; ) {
    const quote = bytes.indexOf(QUOTE, from);
    const outsideEnd = quote === -1 ? bytes.length : quote;
    for (; newline !== -1 && newline < outsideEnd; newline = bytes.indexOf(NEWLINE, newline + 1)) if (!visit(newline)) return;
    if (quote === -1) return;
    if (!opensQuotedCell(bytes, quote, delimiter)) {
      from = quote + 1;
      continue;
    }
    const closing = closingQuote(bytes, quote + 1);
    if (closing === -1) return;
    from = closing + 1;
    if (newline !== -1 && newline < from) newline = bytes.indexOf(NEWLINE, from);
  }
}

/** Whether the quote at `at` starts a cell: after the start, a delimiter or a newline, carriage returns between not counting. */
function opensQuotedCell(bytes: Uint8Array, at: number, delimiter: number): boolean {
  let before = at - 1;
  while (before >= 0 && bytes[before] === CARRIAGE_RETURN) before -= 1;
  return before < 0 || bytes[before] === delimiter || bytes[before] === NEWLINE;
}

/** The quote that closes a quoted cell whose text starts at `from` (doubled quotes are text); -1 when it is not closed. */
function closingQuote(bytes: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(QUOTE, from); at !== -1; at = bytes.indexOf(QUOTE, at + 2)) if (bytes[at + 1] !== QUOTE) return at;
  return -1;
}

/** The end (the newline) of the first CSV record; -1 when the bytes hold no complete record. */
export function firstCsvRecordEnd(bytes: Uint8Array, delimiter: number): number {
  let end = -1;
  forEachCsvRecordEnd(bytes, delimiter, (index) => {
    end = index;
    return false;
  });
  return end;
}

export { countNewlines };

/** The last position after which a new CSV record starts; -1 when there is none. */
function lastCsvBoundary(bytes: Uint8Array, delimiter: number): number {
  if (bytes.indexOf(QUOTE) === -1) return bytes.lastIndexOf(NEWLINE);
  let boundary = -1;
  forEachCsvRecordEnd(bytes, delimiter, (index) => {
    boundary = index;
    return true;
  });
  return boundary;
}

export interface ChunkOptions {
  /** Target size of a chunk; a chunk always ends at a record boundary. */
  chunkBytes: number;
  /** CSV delimiter (quote-aware boundaries), or undefined for one record a line (NDJSON). */
  csvDelimiter?: string;
  /** Bytes already consumed before the stream (a header), and the line after them. */
  startOffset?: number;
  startLine?: number;
}

/**
 * Cuts a byte stream into chunks of whole records, so that chunks can be decoded, parsed and
 * checked independently (in worker threads) and their findings written in input order. Memory
 * holds at most one chunk being assembled.
 */
export async function* splitIntoRecordChunks(stream: Readable | AsyncIterable<Buffer>, options: ChunkOptions): AsyncGenerator<RecordChunk> {
  const delimiter = options.csvDelimiter === undefined ? undefined : options.csvDelimiter.charCodeAt(0);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = options.startLine ?? 1;
  let offset = options.startOffset ?? 0;
  const emit = (bytes: Buffer): RecordChunk => {
    const chunk = { bytes, firstLine: line, endOffset: offset + bytes.length };
    line += countNewlines(bytes);
    offset += bytes.length;
    return chunk;
  };
  // Without a record boundary in what is pending (one very long line), look again only once it
  // has doubled: joining and scanning it at every piece would cost the square of its length.
  let nextLook = options.chunkBytes;
  for await (const piece of stream as AsyncIterable<Buffer>) {
    pending.push(piece);
    pendingBytes += piece.length;
    if (pendingBytes < nextLook) continue;
    const joined = Buffer.concat(pending, pendingBytes);
    let boundary = delimiter === undefined ? joined.lastIndexOf(NEWLINE) : lastCsvBoundary(joined, delimiter);
    if (boundary === -1 && pendingBytes > MAX_PENDING_BYTES) boundary = joined.lastIndexOf(NEWLINE);
    if (boundary === -1) {
      pending = [joined];
      nextLook = Math.max(options.chunkBytes, pendingBytes * 2);
      continue;
    }
    nextLook = options.chunkBytes;
    yield emit(joined.subarray(0, boundary + 1));
    const rest = joined.subarray(boundary + 1);
    pending = rest.length > 0 ? [Buffer.from(rest)] : [];
    pendingBytes = rest.length;
  }
  if (pendingBytes > 0) yield emit(Buffer.concat(pending, pendingBytes));
}
