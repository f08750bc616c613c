import { type ColumnMap, forEachRecordOfText, type RecordsInputItem } from '@social-lens/rules/records-input';
import { openExport } from './open-export.ts';

export interface ReadRecordsOptions {
  map: ColumnMap;
  encoding: string;
  warn: (message: string) => void;
  /** Shown in messages instead of the path. */
  fileName?: string;
}

/**
 * Reads a client export record by record in this thread, as `lens check records` reads it in
 * chunks: `.csv`, `.ndjson`/`.jsonl` or `.json`. Rows that cannot be read, and warnings about the
 * header, are `input-finding` items in file order.
 *
 * @example
 * for await (const item of readRecords('clients.csv', { map: NO_COLUMN_MAP, encoding: 'auto', warn: console.warn })) …
 */
export async function* readRecords(path: string, options: ReadRecordsOptions): AsyncGenerator<RecordsInputItem> {
  const fileName = options.fileName ?? path;
  const source = openExport(path, { map: options.map, encoding: options.encoding, warn: options.warn, fileName });
  for (const finding of source.headerFindings) yield { kind: 'input-finding', finding };
  const decoder = new TextDecoder(source.encoding);
  for await (const chunk of source.chunks(1024 * 1024)) {
    const items: RecordsInputItem[] = [];
    forEachRecordOfText(decoder.decode(chunk.bytes), chunk.firstLine, source.layout, (item) => items.push(item));
    yield* items;
  }
}
