import { isoDateDays } from '../facts/iso-date-days.ts';
import type { ProgressProblem } from './progress-problems.ts';

/** The period a snapshot's indicators are measured over, both ends included. */
export interface SnapshotPeriod {
  asOf: string;
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

/** The ISO date `days` days after `date` (a real date). */
function addDays(date: string, days: number): string {
  return new Date((isoDateDays(date)! + days) * DAY_MS).toISOString().slice(0, 10);
}

/** One calendar year before a date; 29 February becomes 28 February. */
function yearBefore(date: string): string {
  const year = String(Number(date.slice(0, 4)) - 1).padStart(4, '0');
  const monthDay = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${year}-${monthDay}`;
}

/**
 * The period of a snapshot: `override` when given, else the 12 months ending at `asOf`
 * (from = asOf − 1 year + 1 day, to = asOf).
 *
 * @example
 * snapshotPeriod('2006-12-31') // → { asOf: '2006-12-31', from: '2006-01-01', to: '2006-12-31' }
 */
export function snapshotPeriod(asOf: string, override?: { from: string; to: string }): SnapshotPeriod {
  if (override) return { asOf, from: override.from, to: override.to };
  return { asOf, from: addDays(yearBefore(asOf), 1), to: asOf };
}

/**
 * Reads `FROM..TO` (`--period`, a request's `period`): two real dates, FROM not after TO.
 *
 * @example
 * parsePeriod('2006-01-01..2006-12-31') // → { period: { from: '2006-01-01', to: '2006-12-31' } }
 * parsePeriod('2006-12-31..2006-01-01').problem?.code // → 'invalid-period'
 */
export function parsePeriod(text: string, path = '--period'): { period?: { from: string; to: string }; problem?: ProgressProblem } {
  const [from, to, ...rest] = text.split('..').map((part) => part.trim());
  if (from === undefined || to === undefined || rest.length > 0 || isoDateDays(from) === undefined || isoDateDays(to) === undefined) {
    return {
      problem: { code: 'invalid-period', path, message: `period "${text}": expected FROM..TO, two dates written YYYY-MM-DD, e.g. 2006-01-01..2006-12-31` },
    };
  }
  if (from > to) return { problem: { code: 'invalid-period', path, message: `period "${text}": FROM (${from}) is after TO (${to})` } };
  return { period: { from, to } };
}
