import { isoDateDays } from '../facts/iso-date-days.ts';
import type { DateWriting } from './import-profile-schema.ts';

const DAY_FIRST = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;
const TWO_DIGIT_YEAR = /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function pad(value: string): string {
  return value.length === 1 ? `0${value}` : value;
}

function isoOf(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isoDateDays(iso) === undefined ? undefined : iso;
}

/**
 * The ISO date (`YYYY-MM-DD`) of a cell written as a profile or a column's detection says, or
 * undefined when the cell does not fit (another separator or order, a date that does not
 * exist). `DD.MM.YYYY` and `D.M.YYYY` both read one or two digits; `DD.MM.YY` takes the year in
 * this century when it is not after this year, else in the last (`47` → 1947 in 2026).
 *
 * @example
 * isoDateOf('03.04.2006', 'DD.MM.YYYY') // → '2006-04-03'
 * isoDateOf('2006-04-03', 'DD.MM.YYYY') // → undefined
 */
export function isoDateOf(cell: string, writing: DateWriting, thisYear = new Date().getUTCFullYear()): string | undefined {
  if (writing === 'YYYY-MM-DD') return ISO.test(cell) && isoDateDays(cell) !== undefined ? cell : undefined;
  if (writing === 'DD.MM.YY') {
    const match = TWO_DIGIT_YEAR.exec(cell);
    if (match === null) return undefined;
    const [, day = '', month = '', year = ''] = match;
    const century = Number(year) <= thisYear % 100 ? Math.floor(thisYear / 100) : Math.floor(thisYear / 100) - 1;
    return isoOf(`${century}${year}`, month, day);
  }
  const match = DAY_FIRST.exec(cell);
  if (match === null) return undefined;
  const [, first = '', separator, second = '', year = ''] = match;
  const wanted = writing === 'DD/MM/YYYY' || writing === 'MM/DD/YYYY' ? '/' : '.';
  if (separator !== wanted) return undefined;
  return writing === 'MM/DD/YYYY' ? isoOf(year, first, second) : isoOf(year, second, first);
}

/** What a date cell says about its column: ISO, a day-first or month-first date, either order, a two-digit year, or nothing readable. */
export type DateEvidence =
  | { shape: 'iso' }
  | { shape: 'numeric'; separator: '.' | '/' | '-'; dayFirst: boolean; monthFirst: boolean }
  | { shape: 'two-digit-year' }
  | { shape: 'neither' };

/**
 * @example dateEvidenceOf('03.04.2006') // → { shape: 'numeric', separator: '.', dayFirst: true, monthFirst: true }
 */
export function dateEvidenceOf(cell: string): DateEvidence {
  if (ISO.test(cell)) return { shape: 'iso' };
  const match = DAY_FIRST.exec(cell);
  if (match !== null) {
    const [, first = '', separator, second = '', year = ''] = match;
    return {
      shape: 'numeric',
      separator: separator as '.' | '/' | '-',
      dayFirst: isoOf(year, second, first) !== undefined,
      monthFirst: isoOf(year, first, second) !== undefined,
    };
  }
  return TWO_DIGIT_YEAR.test(cell) ? { shape: 'two-digit-year' } : { shape: 'neither' };
}
