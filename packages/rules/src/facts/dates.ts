const MILLISECONDS_PER_DAY = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
}

function toUtcDays(isoDate: string): number | undefined {
  if (!isIsoDate(isoDate)) return undefined;
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / MILLISECONDS_PER_DAY;
}

/** Days from `from` to `to` (negative when `to` is earlier); undefined for a non-date. */
export function daysBetween(from: unknown, to: unknown): number | undefined {
  if (typeof from !== 'string' || typeof to !== 'string') return undefined;
  const start = toUtcDays(from);
  const end = toUtcDays(to);
  return start === undefined || end === undefined ? undefined : end - start;
}

/** Whole calendar years from `from` to `to` (an age when `from` is a birth date). */
export function yearsBetween(from: unknown, to: unknown): number | undefined {
  if (typeof from !== 'string' || typeof to !== 'string') return undefined;
  if (toUtcDays(from) === undefined || toUtcDays(to) === undefined) return undefined;
  const sign = to >= from ? 1 : -1;
  const [early, late] = sign === 1 ? [from, to] : [to, from];
  let years = Number(late.slice(0, 4)) - Number(early.slice(0, 4));
  if (late.slice(5) < early.slice(5)) years -= 1;
  return sign * years;
}
