/** True when a number format shows a date or time (`dd.mm.yyyy`, `m/d/yy h:mm`), not a number (`0.00`, `[Red]#,##0`). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

const DAY_MS = 86_400_000;
/** Days from 1899-12-30 (serial 0 of the 1900 system, with Excel's phantom 1900-02-29 before serial 61) to 1970-01-01. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;

/**
 * The calendar day of an Excel date serial, `YYYY-MM-DD` (the time of day is dropped).
 *
 * @example excelSerialDay(45382) // → '2024-03-31'
 */
export function excelSerialDay(serial: number, date1904 = false): string {
  const days = Math.floor(serial + 1e-9) - (date1904 ? EPOCH_1904 : EPOCH_1900);
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}
