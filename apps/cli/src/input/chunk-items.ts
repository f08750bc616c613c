import { type ColumnMap, canonicalFieldOf } from './column-map.ts';
import { parseCsvText } from './csv-text-parser.ts';

/** One item of an export: a record to check, or a line that could not become one. */
export type InputItem = { kind: 'record'; raw: Record<string, unknown>; line: number } | { kind: 'problem'; line: number; message: string };

export interface ChunkItemsOptions {
  kind: 'csv' | 'ndjson';
  fileName: string;
  delimiter: string;
  /** CSV: the canonical field of each column (undefined for an ignored column). */
  header: ReadonlyArray<string | undefined>;
  /** NDJSON: export names → canonical field names. */
  map: ColumnMap;
}

/** The items of a decoded chunk as an array (see `forEachItemOfChunk`). */
export function itemsOfChunk(text: string, firstLine: number, options: ChunkItemsOptions): InputItem[] {
  const items: InputItem[] = [];
  forEachItemOfChunk(text, firstLine, options, (item) => items.push(item));
  return items;
}

/**
 * Hands over the records and unreadable rows of a decoded chunk of whole records, in file order:
 * CSV rows mapped through the header (a row with the wrong number of cells is a problem), or
 * NDJSON lines (a line that is not a JSON object is a problem). One at a time, so that a record
 * checked at once dies young: a million rows cost little garbage collection.
 */
export function forEachItemOfChunk(text: string, firstLine: number, options: ChunkItemsOptions, onItem: (item: InputItem) => void): void {
  const items = { push: onItem };
  const { fileName, header } = options;
  if (options.kind === 'csv') {
    const headerLength = header.length;
    const parsed = parseCsvText(text, options.delimiter, firstLine, (cells, line) => {
      if (cells.length !== headerLength) {
        items.push({ kind: 'problem', line, message: `${fileName}:${line}: the row has ${cells.length} cells but the header has ${headerLength}; the row was not checked` });
        return;
      }
      const raw: Record<string, unknown> = {};
      for (let index = 0; index < headerLength; index += 1) {
        const field = header[index];
        if (field !== undefined) raw[field] = cells[index];
      }
      items.push({ kind: 'record', raw, line });
    });
    if (parsed.unclosedQuoteLine !== undefined) {
      const line = parsed.unclosedQuoteLine;
      items.push({ kind: 'problem', line, message: `${fileName}:${line}: a quoted cell is never closed; the rest of the file was not checked` });
    }
    return;
  }
  let line = firstLine;
  for (const content of text.split('\n')) {
    const trimmed = content.replace(/^\uFEFF/, '').trim();
    if (trimmed !== '') items.push(readJsonLine(trimmed, line, fileName, options.map));
    line += 1;
  }
}

function readJsonLine(content: string, line: number, fileName: string, map: ColumnMap): InputItem {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return { kind: 'problem', line, message: `${fileName}:${line}: not valid JSON (${(error as Error).message})` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'problem', line, message: `${fileName}:${line}: expected a JSON object (one client record), got ${Array.isArray(value) ? 'an array' : typeof value}` };
  }
  const raw: Record<string, unknown> = {};
  for (const [key, cell] of Object.entries(value)) raw[canonicalFieldOf(key, map) ?? key] = cell;
  return { kind: 'record', raw, line };
}
