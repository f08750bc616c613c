import { RecordsInputError, type RecordsInputProblem } from '../errors.ts';
import { quoteValue } from '../quote-value.ts';

/**
 * Reads parameters written `name=value` (`--param povertyLinePerMember=150`, the service's
 * `?param=…`) into name → text. A `Map`, so that no name (`__proto__`, `constructor`) means
 * anything but a parameter; one that no rule set declares is refused later, by
 * `spreadParameters`. Entries without a name are `parameter-syntax` errors, all reported together.
 *
 * @example
 * parseParameterAssignments(['povertyLinePerMember=150', 'requiredFields=clientId,householdSize'])
 * // → Map { 'povertyLinePerMember' → '150', 'requiredFields' → 'clientId,householdSize' }
 */
export function parseParameterAssignments(
  assignments: readonly string[],
  pathOf: (index: number, text: string) => string = (index) => `/${index}`,
): ReadonlyMap<string, string> {
  const parameters = new Map<string, string>();
  const problems: RecordsInputProblem[] = [];
  for (const [index, text] of assignments.entries()) {
    const equals = text.indexOf('=');
    const name = equals === -1 ? '' : text.slice(0, equals).trim();
    if (name === '') {
      problems.push({
        code: 'parameter-syntax',
        path: pathOf(index, text),
        message: `expected name=value, e.g. povertyLinePerMember=150, got ${quoteValue(text)}`,
      });
      continue;
    }
    parameters.set(name, text.slice(equals + 1));
  }
  const [first, ...rest] = problems;
  if (first) throw new RecordsInputError([first, ...rest]);
  return parameters;
}
