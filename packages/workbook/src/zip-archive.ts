import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { PassThrough, pipeline, Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

/** Where the bytes of an archive are: in memory (a request body) or in a file read where needed. */
export type ArchiveInput = Uint8Array | { path: string };

/** One file of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

/** An opened zip archive: its entries by lower-cased name (part names of a package are case-insensitive). */
export interface ZipArchive {
  entries: ReadonlyMap<string, ZipEntry>;
  /** The whole entry, inflated; more than `maxBytes` once inflated is an error. */
  read(entry: ZipEntry, maxBytes: number): Buffer;
  /** The entry inflated as a stream; `consumed` tells how far into the archive the read has got. */
  stream(entry: ZipEntry): { chunks: Readable; consumed: () => number };
  close(): void;
}

export class ZipError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** The end record (22 bytes) may be followed by a comment of up to 65,535 bytes. */
const END_SEARCH = 22 + 0xffff;
const INFLATE_CHUNK = 256 * 1024;

interface ByteSource {
  size: number;
  bytes(position: number, length: number): Buffer;
  readable(start: number, end: number): Readable;
  close(): void;
}

function memorySource(data: Uint8Array): ByteSource {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return {
    size: buffer.length,
    bytes: (position, length) => buffer.subarray(position, Math.min(buffer.length, position + length)),
    readable: (start, end) => Readable.from([buffer.subarray(start, end)], { objectMode: false }),
    close: () => undefined,
  };
}

function fileSource(path: string): ByteSource {
  const descriptor = openSync(path, 'r');
  const size = fstatSync(descriptor).size;
  return {
    size,
    bytes(position, length) {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      let read = 0;
      while (read < buffer.length) {
        const got = readSync(descriptor, buffer, read, buffer.length - read, position + read);
        if (got === 0) break;
        read += got;
      }
      return buffer.subarray(0, read);
    },
    readable: (start, end) => (end > start ? createReadStream(path, { start, end: end - 1, highWaterMark: INFLATE_CHUNK }) : Readable.from([])),
    close: () => closeSync(descriptor),
  };
}

function uint64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('a zip64 size beyond what can be read');
  return Number(value);
}

/** The central directory's place: from the end record, or the zip64 end record when the end record's fields are full (0xFFFF…). */
function directoryPlace(source: ByteSource): { offset: number; size: number; count: number } {
  const tailStart = Math.max(0, source.size - END_SEARCH);
  const tail = source.bytes(tailStart, source.size - tailStart);
  let end = -1;
  for (let index = tail.length - 22; index >= 0; index -= 1) {
    if (tail.readUInt32LE(index) === END_OF_DIRECTORY) {
      end = index;
      break;
    }
  }
  if (end === -1) throw new ZipError('no zip directory at its end: the file is cut short or not a zip archive');
  let count = tail.readUInt16LE(end + 10);
  let size = tail.readUInt32LE(end + 12);
  let offset = tail.readUInt32LE(end + 16);
  const locator = end - 20;
  if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && locator >= 0 && tail.readUInt32LE(locator) === ZIP64_END_LOCATOR) {
    const record = source.bytes(uint64(tail, locator + 8), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_END_OF_DIRECTORY) throw new ZipError('a broken zip64 directory record');
    count = uint64(record, 32);
    size = uint64(record, 40);
    offset = uint64(record, 48);
  }
  return { offset, size, count };
}

/** Sizes and offset an entry keeps in its zip64 extra field (id 1): only those whose 32-bit field is full, in this order. */
function zip64Fields(extra: Buffer, entry: ZipEntry): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 1) {
      let field = at + 4;
      for (const key of ['size', 'compressedSize', 'headerOffset'] as const) {
        if (entry[key] !== 0xffffffff) continue;
        if (field + 8 > at + 4 + length) throw new ZipError(`a broken zip64 field for ${entry.name}`);
        entry[key] = uint64(extra, field);
        field += 8;
      }
      return;
    }
    at += 4 + length;
  }
}

function readDirectory(source: ByteSource): Map<string, ZipEntry> {
  const place = directoryPlace(source);
  const directory = source.bytes(place.offset, place.size);
  if (directory.length < place.size) throw new ZipError('the zip directory points past the end of the file');
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let index = 0; index < place.count; index += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipError('a broken zip directory');
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const flags = directory.readUInt16LE(at + 8);
    const nameBytes = directory.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name: nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1'),
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      headerOffset: directory.readUInt32LE(at + 42),
    };
    zip64Fields(directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    if (flags & 0x1) throw new ZipError(`${entry.name} is encrypted`);
    entries.set(entry.name.toLowerCase(), entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Opens a zip archive by its central directory (so sizes written after the data, in data
 * descriptors, as streaming writers do, are known; zip64 archives too) and reads entries where
 * their local headers say their data starts. Stored and deflated entries; anything else is a {@link ZipError}.
 */
export function openZipArchive(input: ArchiveInput): ZipArchive {
  const source = input instanceof Uint8Array ? memorySource(input) : fileSource(input.path);
  let entries: Map<string, ZipEntry>;
  try {
    entries = readDirectory(source);
  } catch (error) {
    source.close();
    throw error;
  }
  const dataStart = (entry: ZipEntry): number => {
    const header = source.bytes(entry.headerOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipError(`no entry header where the directory puts ${entry.name}`);
    return entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  };
  const checkMethod = (entry: ZipEntry): void => {
    if (entry.method !== STORED && entry.method !== DEFLATED) throw new ZipError(`${entry.name} is compressed with method ${entry.method}, not deflate`);
  };
  return {
    entries,
    read(entry, maxBytes) {
      checkMethod(entry);
      if (entry.size > maxBytes) throw new ZipError(`${entry.name} is larger than ${maxBytes} bytes`);
      const start = dataStart(entry);
      const data = source.bytes(start, entry.compressedSize);
      if (entry.method === STORED) return data;
      return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
    },
    stream(entry) {
      checkMethod(entry);
      const start = dataStart(entry);
      const compressed = source.readable(start, start + entry.compressedSize);
      let consumed = start;
      compressed.on('data', (chunk: Buffer) => {
        consumed += chunk.length;
      });
      const chunks = entry.method === STORED ? new PassThrough() : createInflateRaw({ chunkSize: INFLATE_CHUNK });
      pipeline(compressed, chunks, () => undefined);
      return { chunks, consumed: () => consumed };
    },
    close: () => source.close(),
  };
}
