import type { ColumnMap } from './column-map.ts';
import { type InputItem, itemsOfChunk } from './chunk-items.ts';
import { openExport } from './open-export.ts';

export type { InputItem };

export interface ReadRecordsOptions {
  map: ColumnMap;
  encoding: string;
  warn: (message: string) => void;
  /** Shown in messages instead of the path. */
  fileName?: string;
}

/**
 * Reads a client export record by record in this thread, as `lens check records` reads it in
 * chunks: `.csv`, `.ndjson`/`.jsonl` or `.json`. Bad rows are `problem` items with their line.
 *
 * @example
 * for await (const item of readRecords('clients.csv', { map: new Map(), encoding: 'auto', warn: console.warn })) …
 */
export async function* readRecords(path: string, options: ReadRecordsOptions): AsyncGenerator<InputItem> {
  const fileName = options.fileName ?? path;
  const source = openExport(path, { map: options.map, encoding: options.encoding, warn: options.warn, fileName });
  const decoder = new TextDecoder(source.encoding);
  for await (const chunk of source.chunks(1024 * 1024)) {
    yield* itemsOfChunk(decoder.decode(chunk.bytes), chunk.firstLine, {
      kind: source.kind,
      fileName,
      delimiter: source.delimiter,
      header: source.header,
      map: options.map,
    });
  }
}
