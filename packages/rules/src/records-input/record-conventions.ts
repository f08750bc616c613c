import type { ConventionDecision } from './convention-decision-schema.ts';
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
