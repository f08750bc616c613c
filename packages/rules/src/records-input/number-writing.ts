/**
 * Reading numbers as an export writes them: a decimal separator (`.` or `,`) and thousands
 * groups. A convention is plain data (a worker thread can be handed it).
 */
export interface NumberConvention {
  decimal: '.' | ',';
  /** The group separators a cell may use (one per cell), e.g. `' \u00a0\u2009\u202f\''`. */
  groups: string;
}

/** Group separators that never mean a decimal separator: spaces of every width and `'`. */
export const SPACE_GROUPS = " \u00a0\u2009\u202f'";

/** The groups read with a decimal separator when the profile names none: spaces, `'`, and `.` beside a decimal comma. */
export function defaultGroups(decimal: '.' | ','): string {
  return decimal === ',' ? `${SPACE_GROUPS}.` : SPACE_GROUPS;
}

const patterns = new Map<string, RegExp>();

function escapeClass(characters: string): string {
  return characters.replace(/[\\\]^-]/g, '\\$&');
}

/** One pattern per convention, built from our own constants (never from input): sign, whole part (grouped by threes, one separator per cell), decimals. */
function patternOf(convention: NumberConvention): RegExp {
  const key = `${convention.decimal}${convention.groups}`;
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    const decimal = convention.decimal === '.' ? '\\.' : ',';
    const grouped = convention.groups === '' ? '' : `\\d{1,3}([${escapeClass(convention.groups)}])\\d{3}(?:\\3\\d{3})*|`;
    pattern = new RegExp(`^([+-]?)(${grouped}\\d*)(?:${decimal}(\\d+))?$`);
    patterns.set(key, pattern);
  }
  return pattern;
}

/**
 * The canonical text (`1234.5`) of a cell written in a convention, or undefined when the cell
 * does not fit it (text, two separators, groups not of three).
 *
 * @example
 * canonicalNumberText('1 234,50', { decimal: ',', groups: SPACE_GROUPS }) // → '1234.50'
 * canonicalNumberText('567.5', { decimal: ',', groups: SPACE_GROUPS })    // → undefined
 */
export function canonicalNumberText(cell: string, convention: NumberConvention): string | undefined {
  if (isPlainInteger(cell)) return cell;
  const match = patternOf(convention).exec(cell);
  if (match === null) return undefined;
  const [, sign = '', whole = '', , decimals] = match;
  if (whole === '' && decimals === undefined) return undefined;
  const digits = match[3] === undefined ? whole : whole.split(match[3]).join('');
  return decimals === undefined ? `${sign}${digits}` : `${sign}${digits}.${decimals}`;
}

/** Digits with an optional minus: most cells of an export, read the same in every convention without a regular expression. */
function isPlainInteger(cell: string): boolean {
  const start = cell.charCodeAt(0) === 45 ? 1 : 0;
  if (cell.length === start) return false;
  for (let index = start; index < cell.length; index += 1) {
    const code = cell.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** What a number cell says about its column's decimal separator. */
export type NumberEvidence = 'dot' | 'comma' | 'either' | 'two-ways' | 'neither';

const DOT_ANY: NumberConvention = { decimal: '.', groups: `${SPACE_GROUPS},` };
const COMMA_ANY: NumberConvention = { decimal: ',', groups: `${SPACE_GROUPS}.` };

/**
 * Which decimal separators read a cell: only one (`5,5`, `1.234,5`), both to the same value
 * (`118`, `1 340`), both to different values (`1.234`, `1,234`: a group or decimals), or none.
 *
 * @example numberEvidenceOf('1.234') // → 'two-ways'
 */
export function numberEvidenceOf(cell: string): NumberEvidence {
  const dot = canonicalNumberText(cell, DOT_ANY);
  const comma = canonicalNumberText(cell, COMMA_ANY);
  if (dot === undefined) return comma === undefined ? 'neither' : 'comma';
  if (comma === undefined) return 'dot';
  return dot === comma ? 'either' : 'two-ways';
}

/** True when a cell uses a group separator a canonical reader would not read. */
export function hasGroupSeparator(cell: string): boolean {
  for (const character of SPACE_GROUPS) if (cell.includes(character)) return true;
  return false;
}
