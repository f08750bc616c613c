import { excelSerialDay } from './excel-date.ts';
import type { SheetCell } from './sheet-cell.ts';
import { forEachAttribute, isElementAt, runsText, startTagEnd, xmlValue } from './xml-scan.ts';

/** What the cells of a worksheet are read with: the shared strings, the styles that show dates, the date system. */
export interface CellContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** The column of a cell reference, from 0 (`C7` → 2); -1 when it names none. */
function columnOfReference(reference: string): number {
  let column = 0;
  let index = 0;
  for (; index < reference.length; index += 1) {
    const code = reference.charCodeAt(index) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return index === 0 ? -1 : column - 1;
}

/** The raw content of the first `<name>` child in a cell's `xml`: undefined when absent, '' when empty (`<name/>`). */
function childContent(xml: string, name: string): string | undefined {
  const open = `<${name}`;
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at + open.length)) {
    if (!isElementAt(xml, at, name)) continue;
    const end = startTagEnd(xml, at);
    if (end === -1) return undefined;
    if (xml.charCodeAt(end - 1) === 47) return '';
    const close = xml.indexOf(`</${name}>`, end);
    return close === -1 ? undefined : xml.slice(end + 1, close);
  }
  return undefined;
}

function cellValue(sheetXml: string, type: string, style: number, contentFrom: number, contentTo: number, context: CellContext): SheetCell {
  if (contentFrom >= contentTo) return null;
  // Searched within the cell only: a search for a child the cell lacks must not run on through the rest of the chunk.
  const xml = sheetXml.slice(contentFrom, contentTo);
  const formula = childContent(xml, 'f');
  const raw = childContent(xml, 'v');
  const noValue = (): SheetCell => (formula === undefined ? null : { formulaProblem: `=${xmlValue(formula)} (no value saved with the file)` });
  switch (type) {
    case 'inlineStr': {
      const start = xml.indexOf('<is');
      if (start !== -1) return runsText(xml, start, xml.length);
      return raw === undefined ? noValue() : xmlValue(raw);
    }
    case 's': {
      if (raw === undefined || raw === '') return noValue();
      return context.sharedStrings[Number.parseInt(raw, 10)] ?? null;
    }
    case 'str':
      return raw === undefined ? noValue() : xmlValue(raw);
    case 'b':
      return raw === undefined || raw === '' ? noValue() : raw.trim() === '1' || raw.trim() === 'true';
    case 'e': {
      const code = xmlValue(raw ?? '').trim() || '#VALUE!';
      return { formulaProblem: formula === undefined ? code : `=${xmlValue(formula)} (${code})` };
    }
    case 'd': {
      if (raw === undefined || raw === '') return noValue();
      const day = raw.trim().slice(0, 10);
      return /^\d{4}-\d{2}-\d{2}$/.test(day) ? { date: day } : xmlValue(raw);
    }
    default: {
      if (raw === undefined || raw === '') return noValue();
      const number = Number.parseFloat(raw);
      if (!Number.isFinite(number)) return formula === undefined ? null : { formulaProblem: `=${xmlValue(formula)} (${xmlValue(raw)})` };
      return context.dateStyles[style] === true ? { date: excelSerialDay(number, context.date1904) } : number;
    }
  }
}

/**
 * The cells of one `<row>` (its content in `xml` from `from` to `to`), from column A: a cell
 * without an `r` reference follows the one before it, columns without a cell are `null`, and
 * trailing blank cells are dropped.
 */
export function cellsOfRowXml(xml: string, from: number, to: number, context: CellContext): SheetCell[] {
  const cells: SheetCell[] = [];
  let next = 0;
  let reference = '';
  let type = '';
  let style = 0;
  const attribute = (name: string, value: string): void => {
    if (name === 'r') reference = value;
    else if (name === 't') type = value;
    else if (name === 's') style = Number.parseInt(value, 10) || 0;
  };
  for (let at = xml.indexOf('<c', from); at !== -1 && at < to; at = xml.indexOf('<c', at)) {
    if (!isElementAt(xml, at, 'c')) {
      at += 2;
      continue;
    }
    const end = startTagEnd(xml, at);
    if (end === -1 || end >= to) break;
    const selfClosing = xml.charCodeAt(end - 1) === 47;
    reference = '';
    type = '';
    style = 0;
    forEachAttribute(xml, at + 2, selfClosing ? end - 1 : end, attribute);
    let value: SheetCell = null;
    if (selfClosing) {
      at = end + 1;
    } else {
      const close = xml.indexOf('</c>', end);
      const contentTo = close === -1 || close > to ? to : close;
      value = cellValue(xml, type, style, end + 1, contentTo, context);
      at = contentTo + 4;
    }
    const referenced = reference === '' ? -1 : columnOfReference(reference);
    const column = referenced === -1 ? next : referenced;
    while (cells.length < column) cells.push(null);
    cells[column] = value;
    next = column + 1;
  }
  while (cells.length > 0 && (cells.at(-1) === null || cells.at(-1) === '')) cells.pop();
  return cells;
}
