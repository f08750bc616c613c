/** A record of a key: its id, its line and its position (what orders records across parts of an export). */
export interface KeyedRecord {
  recordId: string | undefined;
  line: number | undefined;
  position: number;
}

/**
 * The first record of every distinct key, in typed arrays only (plain data: it clones through
 * `postMessage`, or moves without a copy with `compactKeyIndexTransferList`). `slots` is an open-addressing table of entry offsets + 1 (0: empty); an entry is
 * written in `pages`: the key (decimal digits two to a byte), the record id (none when it is
 * `line N`), the line and the position, as variable-length integers.
 */
export interface CompactKeyIndexState {
  slots: Int32Array;
  size: number;
  pages: Uint8Array[];
  /** Bytes written in each page. */
  pageEnds: number[];
}

const PAGE_BYTES = 1 << 20;
const MAX_LOAD = 0.75;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** An empty index. Per distinct key (a 10-digit key, a 7-character id) it grows by 5 to 11 bytes of slots and about 16 bytes of entry. */
export function createCompactKeyIndexState(): CompactKeyIndexState {
  return { slots: new Int32Array(64), size: 0, pages: [new Uint8Array(4096)], pageEnds: [0] };
}

/** Bytes of a key or id; the first varint of an encoded key says how it is written. */
let scratch = new Uint8Array(256);
let scratchLength = 0;

function ensureScratch(extra: number): void {
  if (scratchLength + extra <= scratch.length) return;
  const grown = new Uint8Array(Math.max(scratch.length * 2, scratchLength + extra));
  grown.set(scratch.subarray(0, scratchLength));
  scratch = grown;
}

function writeVarint(value: number): void {
  ensureScratch(8);
  let rest = value;
  while (rest >= 0x80) {
    scratch[scratchLength++] = (rest % 0x80) | 0x80;
    rest = Math.floor(rest / 0x80);
  }
  scratch[scratchLength++] = rest;
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** UTF-8 of `text` after `tag(byte length)`: ASCII byte by byte, anything else through TextEncoder. */
function writeText(text: string, tag: (bytes: number) => number): void {
  let ascii = true;
  for (let index = 0; index < text.length && ascii; index += 1) ascii = text.charCodeAt(index) < 0x80;
  if (ascii) {
    writeVarint(tag(text.length));
    ensureScratch(text.length);
    for (let index = 0; index < text.length; index += 1) scratch[scratchLength++] = text.charCodeAt(index);
    return;
  }
  const bytes = encoder.encode(text);
  writeVarint(tag(bytes.length));
  ensureScratch(bytes.length);
  scratch.set(bytes, scratchLength);
  scratchLength += bytes.length;
}

/** The key alone, as its entry begins: `2n+1` and n decimal digits two to a byte, else `2b` and b bytes of UTF-8. */
function writeKey(key: string): void {
  scratchLength = 0;
  if (!isDigits(key)) {
    writeText(key, (bytes) => bytes * 2);
    return;
  }
  writeVarint(key.length * 2 + 1);
  ensureScratch((key.length + 1) >> 1);
  for (let index = 0; index < key.length; index += 2) {
    const high = key.charCodeAt(index) - 48;
    const low = index + 1 < key.length ? key.charCodeAt(index + 1) - 48 : 0;
    scratch[scratchLength++] = (high << 4) | low;
  }
}

/** Where the varint read last by {@link varintValueAt} ends: a module slot, so probes read without allocating. */
let varintEnd = 0;

function varintValueAt(bytes: Uint8Array, offset: number): number {
  let value = 0;
  let scale = 1;
  let at = offset;
  for (;;) {
    const byte = bytes[at++]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) break;
    scale *= 0x80;
  }
  varintEnd = at;
  return value;
}

function readVarintAt(bytes: Uint8Array, offset: number): { value: number; next: number } {
  const value = varintValueAt(bytes, offset);
  return { value, next: varintEnd };
}

/** Length in bytes of the encoded key that starts at `offset` (read without allocating: every probe of the table reads it). */
function keyBytesAt(bytes: Uint8Array, offset: number): number {
  const value = varintValueAt(bytes, offset);
  return varintEnd - offset + (value % 2 === 1 ? (Math.floor(value / 2) + 1) >> 1 : value / 2);
}

function hashOf(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index += 1) hash = Math.imul(hash ^ bytes[index]!, 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}

/** The page holding the entry at `offset` (an offset into the index's pages, as its slots store them minus 1). */
function pageHolding(pages: readonly Uint8Array[], offset: number): Uint8Array {
  return pages[Math.floor(offset / PAGE_BYTES)]!;
}

/** Where in its page the entry at `offset` starts. */
function offsetInPage(offset: number): number {
  return offset % PAGE_BYTES;
}

/** The slot holding the key encoded in `bytes` from `start` (`keyLength` bytes), or the empty slot where it goes. */
function slotOf(state: CompactKeyIndexState, bytes: Uint8Array, start: number, keyLength: number): number {
  const { slots, pages } = state;
  const mask = slots.length - 1;
  for (let slot = hashOf(bytes, start, start + keyLength) & mask; ; slot = (slot + 1) & mask) {
    const stored = slots[slot]!;
    if (stored === 0) return slot;
    const page = pageHolding(pages, stored - 1);
    const at = offsetInPage(stored - 1);
    if (keyBytesAt(page, at) !== keyLength) continue;
    let same = true;
    for (let index = 0; same && index < keyLength; index += 1) same = page[at + index] === bytes[start + index];
    if (same) return slot;
  }
}

function grow(state: CompactKeyIndexState): void {
  const old = state.slots;
  const slots = new Int32Array(old.length * 2);
  const mask = slots.length - 1;
  for (const stored of old) {
    if (stored === 0) continue;
    const page = pageHolding(state.pages, stored - 1);
    const at = offsetInPage(stored - 1);
    let slot = hashOf(page, at, at + keyBytesAt(page, at)) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = stored;
  }
  state.slots = slots;
}

/** Writes `entry` (a key and its record, encoded) as a new entry and returns its offset. */
function append(state: CompactKeyIndexState, entry: Uint8Array): number {
  if (entry.length > PAGE_BYTES) throw new RangeError(`a duplicate key of ${entry.length} bytes is longer than the index's pages (${PAGE_BYTES} bytes)`);
  let last = state.pages.length - 1;
  if (state.pageEnds[last]! + entry.length > state.pages[last]!.length) {
    if ((last + 2) * PAGE_BYTES > 2 ** 31) throw new RangeError('the duplicate index is full (2 GB of keys)');
    // Pages grow to PAGE_BYTES, so a small export's index stays small; offsets step by PAGE_BYTES a page.
    state.pages.push(new Uint8Array(Math.min(PAGE_BYTES, state.pages[last]!.length * 2)));
    state.pageEnds.push(0);
    last += 1;
  }
  const end = state.pageEnds[last]!;
  state.pages[last]!.set(entry, end);
  state.pageEnds[last] = end + entry.length;
  return last * PAGE_BYTES + end;
}

const MAX_POSITION = 2 ** 48;

function checkPosition(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value >= MAX_POSITION)
    throw new RangeError(`a record's ${what} in the duplicate index must be a whole number from 0 below 2^48, not ${value}`);
}

/**
 * The first record of `key`, if it has one; otherwise records `first` as its first record and
 * returns undefined. One lookup either way.
 */
export function firstOrAdd(state: CompactKeyIndexState, key: string, first: KeyedRecord): KeyedRecord | undefined {
  if (state.size + 1 > state.slots.length * MAX_LOAD) grow(state);
  writeKey(key);
  const keyLength = scratchLength;
  const slot = slotOf(state, scratch, 0, keyLength);
  const stored = state.slots[slot]!;
  if (stored !== 0) {
    return recordAt(pageHolding(state.pages, stored - 1), offsetInPage(stored - 1) + keyLength);
  }
  writeRecord(first);
  state.slots[slot] = append(state, scratch.subarray(0, scratchLength)) + 1;
  state.size += 1;
  return undefined;
}

/** After the key: `0` no id, `1` the id is `line N`, `b + 2` and b bytes of id; then `2·position + has line`, and the line if it is not the position. */
function writeRecord(record: KeyedRecord): void {
  checkPosition(record.position, 'position');
  const lineForm = record.line !== undefined && record.recordId === `line ${record.line}`;
  if (record.recordId === undefined) writeVarint(0);
  else if (lineForm) writeVarint(1);
  else writeText(record.recordId, (bytes) => bytes + 2);
  if (record.line !== undefined) checkPosition(record.line, 'line');
  const hasLine = record.line !== undefined;
  const lineIsPosition = hasLine && record.line === record.position;
  writeVarint(record.position * 4 + (hasLine ? 1 : 0) + (lineIsPosition ? 2 : 0));
  if (hasLine && !lineIsPosition) writeVarint(record.line!);
}

function textAt(bytes: Uint8Array, start: number, length: number): string {
  let ascii = true;
  for (let index = start; index < start + length && ascii; index += 1) ascii = bytes[index]! < 0x80;
  if (!ascii) return decoder.decode(bytes.subarray(start, start + length));
  let text = '';
  for (let index = start; index < start + length; index += 1) text += String.fromCharCode(bytes[index]!);
  return text;
}

function recordAt(page: Uint8Array, offset: number): KeyedRecord {
  const id = readVarintAt(page, offset);
  const recordBytes = id.value >= 2 ? id.value - 2 : 0;
  const explicitId = id.value >= 2 ? textAt(page, id.next, recordBytes) : undefined;
  const code = readVarintAt(page, id.next + recordBytes);
  const position = Math.floor(code.value / 4);
  const hasLine = code.value % 2 === 1;
  const line = !hasLine ? undefined : Math.floor(code.value / 2) % 2 === 1 ? position : readVarintAt(page, code.next).value;
  const recordId = id.value === 0 ? undefined : id.value === 1 ? `line ${line}` : explicitId;
  return { recordId, line, position };
}

function keyAt(page: Uint8Array, offset: number): string {
  const { value, next } = readVarintAt(page, offset);
  if (value % 2 === 0) return textAt(page, next, value / 2);
  const digits = Math.floor(value / 2);
  let key = '';
  for (let index = 0; index < digits; index += 1) {
    const byte = page[next + (index >> 1)]!;
    key += String.fromCharCode(48 + (index % 2 === 0 ? byte >> 4 : byte & 0x0f));
  }
  return key;
}

/** Every key of the index with its first record, in the order they were added. */
export function forEachKey(state: CompactKeyIndexState, visit: (key: string, first: KeyedRecord) => void): void {
  for (const [index, page] of state.pages.entries()) {
    const end = state.pageEnds[index]!;
    for (let at = 0; at < end; ) {
      const keyLength = keyBytesAt(page, at);
      const first = recordAt(page, at + keyLength);
      visit(keyAt(page, at), first);
      at = entryEnd(page, at + keyLength);
    }
  }
}

function entryEnd(page: Uint8Array, recordOffset: number): number {
  const id = readVarintAt(page, recordOffset);
  const code = readVarintAt(page, id.next + (id.value >= 2 ? id.value - 2 : 0));
  const hasLine = code.value % 2 === 1;
  const lineIsPosition = Math.floor(code.value / 2) % 2 === 1;
  return hasLine && !lineIsPosition ? readVarintAt(page, code.next).next : code.next;
}

/** The index's ArrayBuffers, for `postMessage` to move rather than copy (the sender's index is unusable after). */
export function compactKeyIndexTransferList(state: CompactKeyIndexState): ArrayBuffer[] {
  return [state.slots.buffer as ArrayBuffer, ...state.pages.map((page) => page.buffer as ArrayBuffer)];
}

/**
 * Adds every key of `from` to `into`, emptying `from` as it goes (its slots at once, each page
 * once read), so its memory is freed while `into` grows. A key `into` lacks is copied as its
 * encoded bytes, never decoded; for a key both have, `onShared` gets the key and both first
 * records, and `into` keeps its own.
 */
export function mergeKeyIndex(
  into: CompactKeyIndexState,
  from: CompactKeyIndexState,
  onShared: (key: string, theirFirst: KeyedRecord, myFirst: KeyedRecord) => void,
): void {
  const { pages, pageEnds } = from;
  Object.assign(from, createCompactKeyIndexState());
  for (let index = 0; index < pages.length; index += 1) {
    const page = pages[index]!;
    pages[index] = EMPTY_PAGE;
    for (let at = 0, end = pageEnds[index]!; at < end; ) {
      const keyLength = keyBytesAt(page, at);
      const next = entryEnd(page, at + keyLength);
      if (into.size + 1 > into.slots.length * MAX_LOAD) grow(into);
      const slot = slotOf(into, page, at, keyLength);
      const stored = into.slots[slot]!;
      if (stored === 0) {
        into.slots[slot] = append(into, page.subarray(at, next)) + 1;
        into.size += 1;
      } else {
        onShared(keyAt(page, at), recordAt(page, at + keyLength), recordAt(pageHolding(into.pages, stored - 1), offsetInPage(stored - 1) + keyLength));
      }
      at = next;
    }
  }
}

const EMPTY_PAGE = new Uint8Array(0);
