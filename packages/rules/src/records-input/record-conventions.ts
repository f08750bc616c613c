import type { DateWriting } from './import-profile-schema.ts';
import type { NumberConvention } from './number-writing.ts';
import type { ValueCodes } from './read-import-profile.ts';

/**
 * How the cells of an export are turned into canonical text before its records are checked:
 * per number field its convention, per date field its writing, per coded field the profile's
 * codes. Fields it does not name are read as written. Plain data (Maps): a worker thread can be handed it.
 */
export interface RecordConventions {
  numbers: ReadonlyMap<string, NumberConvention>;
  dates: ReadonlyMap<string, DateWriting>;
  values: ValueCodes;
}

/** One decision about how a column is read, for stderr and the report. */
export interface ConventionDecision {
  field: string;
  kind: 'number' | 'date';
  /** `decimal comma`, `decimal dot, groups`, `DD.MM.YYYY`, … */
  reading: string;
  /** Where the reading comes from: the profile, the column's own cells, or a default (locale, delimiter). */
  how: 'profile' | 'detected' | 'default';
  /** True when the column's cells could be read two ways and the default chose. */
  ambiguous: boolean;
  /** Why, in a few words (`no day above 12; --locale ru`). */
  note?: string;
}

/**
 * One line for stderr, as the CLI prints it.
 *
 * @example describeDecisions([{ field: 'applicationDate', kind: 'date', reading: 'DD.MM.YYYY', how: 'detected', ambiguous: false }])
 * // → 'applicationDate: DD.MM.YYYY'
 */
export function describeDecisions(decisions: readonly ConventionDecision[]): string {
  return decisions
    .map(({ field, reading, how, ambiguous, note }) => {
      const detail = [ambiguous ? 'ambiguous' : how === 'profile' ? 'from the profile' : undefined, note].filter((part) => part !== undefined).join(': ');
      return detail === '' ? `${field}: ${reading}` : `${field}: ${reading} (${detail})`;
    })
    .join('; ');
}
