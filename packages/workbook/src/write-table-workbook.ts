import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import archiver from 'archiver';
import { cellText, columnName, xmlText } from './sheet-xml.ts';
import {
  bodyStyle,
  type CellFill,
  type CellNote,
  commentsXml,
  contentTypesXml,
  HEADER_STYLE,
  notesDrawingVml,
  packageRelationshipsXml,
  SHAPE_BLOCK,
  sheetEndXml,
  sheetRelationshipsXml,
  sheetStartXml,
  stylesXml,
  type WrittenSheet,
  workbookRelationshipsXml,
  workbookXml,
} from './workbook-parts.ts';

/** Rows a worksheet holds (the header included); the rows after them go on to a sheet "Name (2)". */
export const MAX_SHEET_ROWS = 1_048_576;
const MAX_SHEET_NAME = 31;
/** XML is handed to the zip in pieces of about this size, waiting whenever the zip is behind. */
const PIECE_CHARS = 64 * 1024;

export type TableCellValue = string | number | boolean | null | undefined;

/** How a cell is marked: filled by the severity of what names it, with a note. */
export interface CellMark {
  fill?: CellFill;
  note?: string;
}

export interface TableColumn {
  header: string;
  /** In characters, as Excel measures widths. */
  width?: number;
}

interface TableWorkbookOptions {
  /** Notes kept in the whole workbook (each costs memory until the end); the rest are left out and counted. */
  maxNotes: number;
  /** Text cells Excel must keep as text when someone edits them (a leading `=` would become a formula). */
  keepAsText?: (text: string) => boolean;
  /** Rows a sheet takes before the next goes on to "Name (2)"; Excel's limit, {@link MAX_SHEET_ROWS}, by default. */
  rowsPerSheet?: number;
}

export interface TableWorkbookSummary {
  sheets: ReadonlyArray<{ name: string; rows: number }>;
  notes: number;
  /** Notes asked for beyond `maxNotes`, not written. */
  notesLeftOut: number;
}

/**
 * A workbook written as a stream: sheets one after the other, each a header row (bold, filled,
 * frozen, with a filter) and rows added in order. Cells hold values (text is never a formula);
 * a cell may be filled and carry a note. Memory holds the notes (at most `maxNotes`) and one
 * piece of XML: each worksheet's XML goes straight into the zip, which writes to the file and
 * is waited for when it is behind.
 */
export interface TableWorkbook {
  addSheet(name: string, columns: readonly TableColumn[]): Promise<void>;
  /** `marks[i]` marks the cell of column i. */
  addRow(values: readonly TableCellValue[], marks?: ReadonlyArray<CellMark | undefined>): Promise<void>;
  close(): Promise<TableWorkbookSummary>;
}

interface OpenSheet {
  written: WrittenSheet;
  baseName: string;
  columns: readonly TableColumn[];
  part: PassThrough;
  notes: CellNote[];
  continuation: number;
}

/** A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, unique in the workbook. */
function sheetNameOf(name: string, suffix: string, taken: ReadonlySet<string>): string {
  const clean = name.replace(/[[\]:*?/\\]/g, ' ').trim() || 'Sheet';
  for (let attempt = 1; ; attempt += 1) {
    const extra = attempt === 1 ? suffix : `${suffix} ${attempt}`;
    const candidate = clean.slice(0, MAX_SHEET_NAME - extra.length) + extra;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function cellXml(reference: string, value: TableCellValue, mark: CellMark | undefined, keepAsText: (text: string) => boolean): string {
  const fill = mark?.fill;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const style = fill ? ` s="${bodyStyle(fill, false)}"` : '';
    return `<c r="${reference}"${style}><v>${value}</v></c>`;
  }
  if (typeof value === 'boolean') {
    const style = fill ? ` s="${bodyStyle(fill, false)}"` : '';
    return `<c r="${reference}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  }
  const text = value === null || value === undefined ? '' : cellText(String(value));
  const quote = text !== '' && keepAsText(text);
  const style = fill || quote ? ` s="${bodyStyle(fill, quote)}"` : '';
  if (text === '') return style === '' ? '' : `<c r="${reference}"${style}/>`;
  return `<c r="${reference}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}

/** Starts a workbook at `path`; nothing is complete until `close()`. */
export function createTableWorkbook(path: string, options: TableWorkbookOptions): TableWorkbook {
  const keepAsText = options.keepAsText ?? (() => false);
  const rowsPerSheet = Math.min(options.rowsPerSheet ?? MAX_SHEET_ROWS, MAX_SHEET_ROWS);
  const file = createWriteStream(path);
  const zip = archiver('zip', { zlib: { level: 6 } });
  let failure: Error | undefined;
  let sheet: OpenSheet | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
    // A sheet waiting for the zip to drain wakes up with the error.
    sheet?.part.destroy(error);
  };
  zip.on('error', fail);
  zip.on('warning', fail);
  file.on('error', fail);
  const fileClosed = once(file, 'close');
  fileClosed.catch(() => {});
  zip.pipe(file);

  const sheets: WrittenSheet[] = [];
  const notesOf = new Map<number, CellNote[]>();
  const takenNames = new Set<string>();
  let piece = '';
  let notesKept = 0;
  let notesLeftOut = 0;

  const flush = async (): Promise<void> => {
    if (failure) throw failure;
    if (!sheet || piece === '') return;
    const text = piece;
    piece = '';
    if (!sheet.part.write(text)) await once(sheet.part, 'drain');
    if (failure) throw failure;
  };

  const startSheet = async (baseName: string, columns: readonly TableColumn[], continuation: number): Promise<void> => {
    const name = sheetNameOf(baseName, continuation === 1 ? '' : ` (${continuation})`, takenNames);
    takenNames.add(name.toLowerCase());
    const written: WrittenSheet = { name, number: sheets.length + 1, columns: columns.length, rows: 0, notes: 0 };
    sheets.push(written);
    const part = new PassThrough();
    zip.append(part, { name: `xl/worksheets/sheet${written.number}.xml` });
    sheet = { written, baseName, columns, part, notes: [], continuation };
    notesOf.set(written.number, sheet.notes);
    piece = sheetStartXml(columns.map((column) => column.width ?? Math.min(60, Math.max(8, column.header.length + 2))));
    await writeRow(
      columns.map((column) => column.header),
      undefined,
      true,
    );
  };

  const endSheet = async (): Promise<void> => {
    if (!sheet) return;
    piece += sheetEndXml(sheet.written);
    await flush();
    sheet.part.end();
    sheet = undefined;
  };

  async function writeRow(values: readonly TableCellValue[], marks: ReadonlyArray<CellMark | undefined> | undefined, header: boolean): Promise<void> {
    const open = sheet!;
    const rowNumber = open.written.rows + 1;
    let xml = `<row r="${rowNumber}">`;
    for (let index = 0; index < values.length; index += 1) {
      const reference = `${columnName(index)}${rowNumber}`;
      if (header) {
        xml += `<c r="${reference}" s="${HEADER_STYLE}" t="inlineStr"><is><t xml:space="preserve">${xmlText(cellText(String(values[index] ?? '')))}</t></is></c>`;
        continue;
      }
      const mark = marks?.[index];
      xml += cellXml(reference, values[index], mark, keepAsText);
      if (mark?.note === undefined || mark.note === '') continue;
      if (notesKept >= options.maxNotes) notesLeftOut += 1;
      else {
        open.notes.push({ row: rowNumber - 1, column: index, text: cellText(mark.note) });
        open.written.notes += 1;
        notesKept += 1;
      }
    }
    piece += `${xml}</row>`;
    open.written.rows = rowNumber;
    if (piece.length >= PIECE_CHARS) await flush();
  }

  return {
    async addSheet(name, columns) {
      if (failure) throw failure;
      await endSheet();
      await startSheet(name, columns, 1);
    },
    async addRow(values, marks) {
      if (!sheet) throw new Error('addRow before addSheet');
      if (sheet.written.rows >= rowsPerSheet) {
        const { baseName, columns, continuation } = sheet;
        await endSheet();
        await startSheet(baseName, columns, continuation + 1);
      }
      await writeRow(values, marks, false);
    },
    async close() {
      await endSheet();
      if (sheets.length === 0) throw new Error('a workbook needs a sheet');
      let block = 1;
      for (const written of sheets) {
        const notes = notesOf.get(written.number) ?? [];
        if (notes.length === 0) continue;
        zip.append(sheetRelationshipsXml(written), { name: `xl/worksheets/_rels/sheet${written.number}.xml.rels` });
        zip.append(commentsXml(notes), { name: `xl/comments${written.number}.xml` });
        zip.append(notesDrawingVml(notes, block), { name: `xl/drawings/vmlDrawing${written.number}.vml` });
        block += Math.max(1, Math.ceil(notes.length / SHAPE_BLOCK));
      }
      zip.append(contentTypesXml(sheets), { name: '[Content_Types].xml' });
      zip.append(packageRelationshipsXml(), { name: '_rels/.rels' });
      zip.append(workbookXml(sheets), { name: 'xl/workbook.xml' });
      zip.append(workbookRelationshipsXml(sheets), { name: 'xl/_rels/workbook.xml.rels' });
      zip.append(stylesXml(), { name: 'xl/styles.xml' });
      await zip.finalize();
      await fileClosed;
      if (failure) throw failure;
      return { sheets: sheets.map(({ name, rows }) => ({ name, rows })), notes: notesKept, notesLeftOut };
    },
  };
}
