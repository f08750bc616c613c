/**
 * A cell of a worksheet as this package hands it over: text, a number, a truth value, a date
 * (stored as an Excel date: its calendar day, `YYYY-MM-DD`), blank (`null`), or a formula whose
 * value cannot be used (an error such as `#DIV/0!`, or no value saved with the file).
 */
export type SheetCell = string | number | boolean | null | { date: string } | { formulaProblem: string };

/**
 * The value a check reads from a cell (what `recordOfCells` of records-input takes): a date
 * stored as a date kept as `{ date: 'YYYY-MM-DD' }`, so that it is not read as text written in
 * the column's convention; a formula problem as a value no field can read.
 */
export function checkedValueOf(cell: SheetCell): unknown {
  if (cell === null || typeof cell !== 'object') return cell === null ? '' : cell;
  if ('date' in cell) return cell;
  // Not text nor a number: every field reader finds it unreadable, so it is a values-readable finding.
  return { 'formula error': cell.formulaProblem };
}

/** A cell as text (for headers): blank for null, the day for a date. */
export function textOfCell(cell: SheetCell): string {
  if (cell === null) return '';
  if (typeof cell !== 'object') return String(cell);
  return 'date' in cell ? cell.date : cell.formulaProblem;
}
