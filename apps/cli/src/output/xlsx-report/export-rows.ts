import { type CellsLayout, canonicalFieldOf, forEachCellLine, parseCsvText, type RecordsLayout } from '@social-lens/rules/records-input';
import type { OpenedExport } from '../../input/open-export.ts';

/** One row of an export as it came: its line (CSV or NDJSON line, worksheet row) and its cells in column order. */
interface ExportRow {
  line: number;
  /** Text as written (CSV), typed values (worksheet, NDJSON); empty for a row that could not be split into cells. */
  cells: readonly unknown[];
}

/** The columns of an export as it names them, the field each gives (if any), and its rows in file order. */
interface ExportRows {
  columns: readonly string[];
  fields: ReadonlyArray<string | undefined>;
  rows: AsyncGenerator<ExportRow>;
}

const CHUNK_BYTES = 1024 * 1024;

function objectOfLine(content: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The non-blank lines of NDJSON chunks with their line numbers, as the checker counts them. */
async function* jsonLines(source: OpenedExport<RecordsLayout | CellsLayout>, decoder: TextDecoder): AsyncGenerator<{ line: number; content: string }> {
  for await (const chunk of source.chunks(CHUNK_BYTES)) {
    const text = decoder.decode(chunk.bytes);
    let line = chunk.firstLine;
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const content = text.slice(start, end).trim();
      if (content !== '') yield { line, content };
      start = end + 1;
      line += 1;
    }
  }
}

/**
 * Reads an export again, row by row, as the check read it (same chunks, same line numbers), but
 * keeps every column as it came rather than the canonical record: what the Records sheet shows.
 * NDJSON has no header: its columns are the keys of its objects in the order first seen, found
 * by one more pass over the file.
 */
export async function readExportRows(source: OpenedExport<RecordsLayout | CellsLayout>): Promise<ExportRows> {
  const decoder = new TextDecoder(source.encoding);
  const { layout } = source;
  if (layout.format === 'ndjson') {
    const keys = new Set<string>();
    for await (const { content } of jsonLines(source, decoder)) for (const key of Object.keys(objectOfLine(content) ?? {})) keys.add(key);
    const columns = [...keys];
    return {
      columns,
      fields: columns.map((column) => canonicalFieldOf(column, layout.map)),
      rows: (async function* () {
        for await (const { line, content } of jsonLines(source, decoder)) {
          const value = objectOfLine(content);
          yield { line, cells: value === undefined ? [content] : columns.map((column) => value[column]) };
        }
      })(),
    };
  }
  const columns = source.columns ?? [];
  return {
    columns,
    fields: layout.fields,
    rows: (async function* () {
      for await (const chunk of source.chunks(CHUNK_BYTES)) {
        const text = decoder.decode(chunk.bytes);
        const rows: ExportRow[] = [];
        if (layout.format === 'cells') {
          forEachCellLine(text, (cells, line) => rows.push({ line, cells }));
        } else {
          parseCsvText(text, layout.delimiter, chunk.firstLine, (cells, line) => rows.push({ line, cells }), {
            onUnclosedQuote: (line) => rows.push({ line, cells: [] }),
          });
        }
        yield* rows;
      }
    })(),
  };
}
