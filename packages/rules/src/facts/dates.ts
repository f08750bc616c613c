import { isoDateDays } from './iso-date-days.ts';

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  return isoDateDays(value) !== undefined;
}

/** Days from `from` to `to` (negative when `to` is earlier); undefined for a non-date. */
export function daysBetween(from: unknown, to: unknown): number | undefined {
  if (typeof from !== 'string' || typeof to !== 'string') return undefined;
  const start = isoDateDays(from);
  const end = isoDateDays(to);
  return start === undefined || end === undefined ? undefined : end - start;
}

/** Whole calendar years from `from` to `to` (an age when `from` is a birth date). */
export function yearsBetween(from: unknown, to: unknown): number | undefined {
  if (typeof from !== 'string' || typeof to !== 'string') return undefined;
  if (isoDateDays(from) === undefined || isoDateDays(to) === undefined) return undefined;
  const sign = to >= from ? 1 : -1;
  const [early, late] = sign === 1 ? [from, to] : [to, from];
  let years = Number(late.slice(0, 4)) - Number(early.slice(0, 4));
  if (late.slice(5) < early.slice(5)) years -= 1;
  return sign * years;
}
