import { describe, expect, it } from 'vitest';
import { isoDateDays } from './iso-date-days.ts';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** The oracle: a real date when Date.UTC gives back the same day, month and year. */
function byDateUtc(year: number, month: number, day: number): number | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const shownYear = year < 100 ? year + 1900 : year;
  if (date.getUTCFullYear() !== shownYear || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

describe('isoDateDays', () => {
  it('agrees with Date.UTC on every day, real or not, of years around every edge', () => {
    const years = [0, 1, 4, 99, 100, 1899, 1900, 1970, 2000, 2023, 2024, 2100, 9999];
    let checked = 0;
    for (const year of years) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const expected = month < 1 || month > 12 || day < 1 ? undefined : byDateUtc(year, month, day);
          expect(isoDateDays(text), text).toBe(expected);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(years.length * 14 * 33);
  });

  it('refuses what is not written YYYY-MM-DD', () => {
    for (const text of ['2024-1-05', '24-01-05', '2024/01/05', '2024-01-05 ', 'x024-01-05', '']) expect(isoDateDays(text), text).toBeUndefined();
  });
});
