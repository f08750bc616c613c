import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import {
  type CellsLayout,
  CONVENTION_SAMPLE_ROWS,
  type ColumnMap,
  decideCellsConventions,
  type ImportProfile,
  type LocaleDefaults,
  readCellsHeader,
} from '@social-lens/rules/records-input';
import { checkedValueOf, openWorkbookExport, type SheetRow, WorkbookError, type WorkbookExport, workbookContainerProblem } from '@social-lens/workbook';
import { UsageError } from '../usage-error.ts';
import type { OpenedExport } from './open-export.ts';
import type { RecordChunk } from './record-chunks.ts';

export interface OpenWorkbookOptions {
  map: ColumnMap;
  /** The import profile the map came from: its codes, and how numbers and dates are written in text cells. */
  profile?: ImportProfile;
  /** `--locale`: the defaults of columns that read two ways. */
  locale?: { name: string; defaults: LocaleDefaults };
  /** The sheet to read; the workbook's first when absent. */
  sheet?: string;
  warn: (message: string) => void;
  fileName: string;
}

function readStart(path: string, bytes: number): Buffer {
  const descriptor = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(descriptor, buffer, 0, bytes, 0));
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Opens a worksheet of an `.xlsx` file as a stream: the container checked first (encrypted,
 * `.xls`, no zip at all), then the header row. Errors are usage errors naming the file (exit 2).
 */
async function openWorkbookRows(path: string, options: { sheet?: string; fileName: string }): Promise<WorkbookExport> {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`${options.fileName}: no such file`);
  if (!stat.isFile()) throw new UsageError(`${options.fileName}: not a file`);
  if (stat.size === 0) throw new UsageError(`${options.fileName}: the file is empty`);
  const problem = workbookContainerProblem(readStart(path, 8), () => readFileSync(path), options.fileName);
  if (problem) throw new UsageError(problem.message);
  try {
    return await openWorkbookExport({ path }, { source: options.fileName, ...(options.sheet === undefined ? {} : { sheet: options.sheet }) });
  } catch (error) {
    if (error instanceof WorkbookError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Opens a client export kept as `.xlsx` for `lens check records`: the header row mapped to
 * fields by `@social-lens/rules/records-input` (as a CSV header is), then the rows served as
 * chunks of one JSON array a line (`[row, cell, …]`, dates as `YYYY-MM-DD`) for the same chunk
 * checkers and worker threads as CSV. The file is read once, as a stream.
 */
export async function openWorkbookFile(path: string, options: OpenWorkbookOptions): Promise<OpenedExport<CellsLayout>> {
  const opened = await openWorkbookRows(path, options);
  let header: ReturnType<typeof readCellsHeader>;
  try {
    header = readCellsHeader(opened.header.columns, options.map, { line: opened.header.row, source: options.fileName });
  } catch (error) {
    await opened.rows.return(undefined);
    throw error;
  }
  if (header.ignoredColumns.length > 0) {
    options.warn(
      `${options.fileName}: row ${opened.header.row}: ignoring column(s) that match no field: ${header.ignoredColumns.map((c) => `"${c}"`).join(', ')} (map them with --map FILE)`,
    );
  }
  // Numbers and dates stored as text are read as the same text in a CSV: a first pass over the first rows decides.
  const firstRows: SheetRow[] = [];
  let done = false;
  while (firstRows.length < CONVENTION_SAMPLE_ROWS) {
    const next = await opened.rows.next();
    if (next.done) {
      done = true;
      break;
    }
    firstRows.push(next.value);
  }
  const profile = options.profile ?? { values: new Map() };
  const { layout, decisions } = decideCellsConventions(
    firstRows.map(({ cells }) => cells.map(checkedValueOf)),
    header.layout,
    profile,
    options.locale === undefined ? {} : { locale: options.locale },
  );
  const rows = (async function* () {
    yield* firstRows;
    if (!done) yield* opened.rows;
  })();
  const size = statSync(path).size;
  return {
    encoding: 'utf-8',
    decisions,
    layout,
    headerFindings: header.findings,
    columns: header.columns,
    size,
    chunks: (chunkBytes) =>
      (async function* (): AsyncGenerator<RecordChunk> {
        let lines: string[] = [];
        let length = 0;
        let firstLine = 0;
        for await (const { row, cells } of rows) {
          if (lines.length === 0) firstLine = row;
          const line = JSON.stringify([row, ...cells.map(checkedValueOf)]);
          lines.push(line);
          length += line.length + 1;
          if (length >= chunkBytes) {
            yield { bytes: Buffer.from(`${lines.join('\n')}\n`, 'utf8'), firstLine, endOffset: Math.min(opened.bytesRead(), size) };
            lines = [];
            length = 0;
          }
        }
        if (lines.length > 0) yield { bytes: Buffer.from(`${lines.join('\n')}\n`, 'utf8'), firstLine, endOffset: size };
      })(),
  };
}
