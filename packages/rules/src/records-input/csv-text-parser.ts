/** Receives each record of a CSV text with the line it starts on. */
export type CsvRowHandler = (cells: string[], line: number) => void;

export interface CsvParseOptions {
  /** Stop after this many records (the header). */
  maxRows?: number;
  /** Receives the line of each row that cannot be read because a quoted cell in it is never closed. */
  onUnclosedQuote?: (line: number) => void;
}

export interface CsvParseResult {
  /** Where parsing stopped: the end of the text, or after `maxRows` records. */
  position: number;
  /** The line at `position`. */
  line: number;
}

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;

/**
 * Parses CSV text (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes, CRLF or
 * LF) and reports each record with its starting line. Lenient like Excel: a quote inside an
 * unquoted cell is a character; empty lines are skipped. Lines without quotes take a fast path
 * (one split), which is what keeps a million-row export within seconds.
 *
 * A quoted cell never closed before the end of the text makes its row unreadable
 * (`onUnclosedQuote` with the row's first line) and reading goes on at the next line. From then
 * on a quote must close on its own line: the file's quoting is broken, and this keeps the cost
 * linear however many rows are broken (each would otherwise be read again to the end).
 *
 * @example
 * parseCsvText('a;b\n"x\ny";2\n', ';', 1, (cells, line) => console.log(line, cells))
 * // 1 ['a', 'b']   then   2 ['x\ny', '2']
 */
export function parseCsvText(text: string, delimiter: string, firstLine: number, onRow: CsvRowHandler, options: CsvParseOptions = {}): CsvParseResult {
  const length = text.length;
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  let position = 0;
  let line = firstLine;
  let rows = 0;
  let quotesEndWithTheirLine = false;
  // The next quote at or after `position` (`length` when there is none), searched again only once
  // passed: searching at every line would read ahead to the next quote, however far, line after line.
  let quote = -1;
  while (position < length && rows < maxRows) {
    let end = text.indexOf('\n', position);
    if (end === -1) end = length;
    if (quote < position) {
      quote = text.indexOf('"', position);
      if (quote === -1) quote = length;
    }
    if (quote >= end) {
      const lineEnd = end > position && text.charCodeAt(end - 1) === CARRIAGE_RETURN ? end - 1 : end;
      if (lineEnd > position) {
        onRow(text.slice(position, lineEnd).split(delimiter), line);
        rows += 1;
      }
      position = end + 1;
      line += 1;
      continue;
    }
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    let inQuotes = false;
    let atCellStart = true;
    let index = position;
    for (; index < length; index += 1) {
      const code = text.charCodeAt(index);
      const character = text[index]!;
      if (inQuotes) {
        if (character === '"') {
          if (text[index + 1] === '"') {
            cell += '"';
            index += 1;
          } else inQuotes = false;
          continue;
        }
        if (code === NEWLINE) {
          if (quotesEndWithTheirLine) break;
          line += 1;
        }
        cell += character;
        continue;
      }
      if (character === '"' && atCellStart) {
        inQuotes = true;
        atCellStart = false;
        continue;
      }
      if (character === delimiter) {
        cells.push(cell);
        cell = '';
        atCellStart = true;
        continue;
      }
      if (code === NEWLINE) break;
      if (code === CARRIAGE_RETURN && text.charCodeAt(index + 1) === NEWLINE) continue;
      cell += character;
      atCellStart = false;
    }
    if (inQuotes) {
      options.onUnclosedQuote?.(startLine);
      rows += 1;
      quotesEndWithTheirLine = true;
      position = end + 1;
      line = startLine + 1;
      continue;
    }
    cells.push(cell);
    onRow(cells, startLine);
    rows += 1;
    position = index + 1;
    line += 1;
  }
  return { position: Math.min(position, length), line };
}
