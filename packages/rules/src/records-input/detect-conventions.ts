import { CLIENT_RECORD_SCHEMA } from '../records/client-record-schema.ts';
import type { ConventionDecision } from './convention-decision-schema.ts';
import { dateEvidenceOf } from './date-writing.ts';
import type { DateWriting } from './import-profile-schema.ts';
import type { LocaleDefaults } from './input-locale.ts';
import { defaultGroups, hasGroupSeparator, type NumberConvention, numberEvidenceOf } from './number-writing.ts';
import type { ImportProfile } from './read-import-profile.ts';
import type { RecordConventions } from './record-conventions.ts';

/** How many rows of an export decide its conventions (the first ones, within a bounded prefix). */
export const CONVENTION_SAMPLE_ROWS = 10_000;

type Definition = { type: string; format?: string };
const PROPERTIES = CLIENT_RECORD_SCHEMA.properties as Record<string, Definition>;
/** The canonical fields read as numbers, and as dates. */
export const NUMBER_FIELDS = Object.keys(PROPERTIES).filter((field) => PROPERTIES[field]!.type === 'number' || PROPERTIES[field]!.type === 'integer');
export const DATE_FIELDS = Object.keys(PROPERTIES).filter((field) => PROPERTIES[field]!.format === 'date');

export interface DetectConventionsOptions {
  /** The defaults of `--locale` (or the service's `locale`), for columns that could be read two ways. */
  locale?: { name: string; defaults: LocaleDefaults };
  /** The CSV delimiter: a `,`-separated file has no decimal comma (Excel writes `;` then), and `;` makes it the default. */
  delimiter?: string;
}

function cellsOf(sample: ReadonlyArray<Record<string, unknown>>, field: string): string[] {
  const cells: string[] = [];
  for (const raw of sample) {
    const value = raw[field];
    if (typeof value !== 'string') continue;
    const cell = value.trim();
    if (cell !== '') cells.push(cell);
  }
  return cells;
}

function decimalName(decimal: '.' | ','): string {
  return decimal === ',' ? 'decimal comma' : 'decimal dot';
}

function defaultDecimal(options: DetectConventionsOptions): { decimal: '.' | ','; why: string } {
  if (options.locale) return { decimal: options.locale.defaults.decimal, why: `--locale ${options.locale.name}` };
  if (options.delimiter === ';') return { decimal: ',', why: 'default of a ;-separated file' };
  return { decimal: '.', why: 'canonical default' };
}

function decideNumbers(
  field: string,
  cells: readonly string[],
  options: DetectConventionsOptions,
): { convention?: NumberConvention; decision?: ConventionDecision } {
  let dot = 0;
  let comma = 0;
  let twoWays = 0;
  let grouped = 0;
  for (const cell of cells) {
    const evidence = numberEvidenceOf(cell);
    if (evidence === 'dot') dot += 1;
    else if (evidence === 'comma') comma += 1;
    else if (evidence === 'two-ways') twoWays += 1;
    if (evidence !== 'neither' && hasGroupSeparator(cell)) grouped += 1;
  }
  if (options.delimiter === ',') comma = 0;
  const fallback = defaultDecimal(options);
  let decimal: '.' | ',';
  let how: ConventionDecision['how'] = 'detected';
  let ambiguous = false;
  let note: string | undefined;
  if (dot > 0 && comma === 0) decimal = '.';
  else if (comma > 0 && dot === 0) decimal = ',';
  else if (dot > 0 && comma > 0 && Math.max(dot, comma) >= 3 * Math.min(dot, comma)) {
    decimal = dot > comma ? '.' : ',';
    note = `${Math.min(dot, comma)} of ${dot + comma} cells with decimals written otherwise`;
  } else {
    decimal = fallback.decimal;
    how = 'default';
    if (dot > 0 || twoWays > 0) {
      ambiguous = true;
      note = `${dot > 0 ? 'cells with either decimal separator' : `${twoWays} cell(s) like 1.234 that read two ways`}, ${fallback.why}`;
    } else if (decimal === '.' && grouped === 0) return {};
    else if (grouped === 0) return { convention: { decimal, groups: defaultGroups(decimal) } };
    else note = `no decimals seen, ${fallback.why}`;
  }
  const convention = { decimal, groups: defaultGroups(decimal) };
  if (decimal === '.' && grouped === 0 && !ambiguous) return {};
  return {
    convention,
    decision: { field, kind: 'number', reading: `${decimalName(decimal)}${grouped > 0 ? ', groups' : ''}`, how, ambiguous, ...(note ? { note } : {}) },
  };
}

function decideDates(field: string, cells: readonly string[], options: DetectConventionsOptions): { writing?: DateWriting; decision?: ConventionDecision } {
  const bySeparator = new Map<string, { cells: number; dayOnly: number; monthOnly: number }>();
  let twoDigitYears = 0;
  for (const cell of cells) {
    const evidence = dateEvidenceOf(cell);
    if (evidence.shape === 'two-digit-year') twoDigitYears += 1;
    if (evidence.shape !== 'numeric') continue;
    const counts = bySeparator.get(evidence.separator) ?? { cells: 0, dayOnly: 0, monthOnly: 0 };
    counts.cells += 1;
    if (evidence.dayFirst && !evidence.monthFirst) counts.dayOnly += 1;
    if (evidence.monthFirst && !evidence.dayFirst) counts.monthOnly += 1;
    bySeparator.set(evidence.separator, counts);
  }
  const [separator, counts] = [...bySeparator].sort((a, b) => b[1].cells - a[1].cells)[0] ?? [];
  if (separator === undefined || counts === undefined || separator === '-') {
    if (twoDigitYears === 0) return {};
    return {
      decision: {
        field,
        kind: 'date',
        reading: 'YYYY-MM-DD',
        how: 'default',
        ambiguous: false,
        note: 'two-digit years are read only when the profile says "dates": "DD.MM.YY"',
      },
    };
  }
  const localeOrder = options.locale?.defaults.dates;
  const fallbackMonthFirst = separator === '/' && localeOrder === 'MM/DD/YYYY';
  let monthFirst: boolean;
  let how: ConventionDecision['how'] = 'detected';
  let ambiguous = false;
  let note: string | undefined;
  if (counts.dayOnly > 0 && counts.monthOnly === 0) monthFirst = false;
  else if (counts.monthOnly > 0 && counts.dayOnly === 0) monthFirst = separator === '/';
  else if (counts.dayOnly > 0 && counts.monthOnly > 0) {
    monthFirst = separator === '/' && counts.monthOnly > counts.dayOnly;
    note = `${Math.min(counts.dayOnly, counts.monthOnly)} date(s) written in the other order`;
  } else {
    monthFirst = fallbackMonthFirst;
    how = 'default';
    ambiguous = true;
    note = `no day above 12, ${options.locale ? `--locale ${options.locale.name}` : 'day first by default'}`;
  }
  const writing: DateWriting = separator === '/' ? (monthFirst ? 'MM/DD/YYYY' : 'DD/MM/YYYY') : 'DD.MM.YYYY';
  return { writing, decision: { field, kind: 'date', reading: writing, how, ambiguous, ...(note ? { note } : {}) } };
}

/**
 * Decides how each number and date column of an export is read, from the profile when it says,
 * else from the column's cells in a sample of the first rows: decimal comma or dot (a `5,5`
 * against a `5.5`), day or month first (a day above 12). A column whose cells could be read two
 * ways (`03.04.2006` and no day above 12, `1.234`) takes the `--locale` default, else a default
 * (decimal comma in a `;`-separated file, day first), and is reported as ambiguous. Columns
 * already canonical (dots, ISO dates) are read as today and not reported.
 *
 * @example
 * const { conventions, decisions } = detectConventions(firstRows, profile, fieldsOfColumns, { delimiter: ';' })
 * describeDecisions(decisions) // → 'householdIncomeMonthly: decimal comma, groups; applicationDate: DD.MM.YYYY'
 */
export function detectConventions(
  sample: ReadonlyArray<Record<string, unknown>>,
  profile: Pick<ImportProfile, 'numbers' | 'dates' | 'values'>,
  presentFields: Iterable<string>,
  options: DetectConventionsOptions = {},
): { conventions: RecordConventions; decisions: ConventionDecision[] } {
  const present = new Set(presentFields);
  const numbers = new Map<string, NumberConvention>();
  const dates = new Map<string, DateWriting>();
  const decisions: ConventionDecision[] = [];
  for (const field of NUMBER_FIELDS) {
    if (profile.numbers) {
      numbers.set(field, profile.numbers);
      continue;
    }
    if (!present.has(field)) continue;
    const { convention, decision } = decideNumbers(field, cellsOf(sample, field), options);
    if (convention) numbers.set(field, convention);
    if (decision) decisions.push(decision);
  }
  if (profile.numbers) {
    decisions.push({ field: 'numbers', kind: 'number', reading: `${decimalName(profile.numbers.decimal)}`, how: 'profile', ambiguous: false });
  }
  for (const field of DATE_FIELDS) {
    if (profile.dates) {
      dates.set(field, profile.dates);
      continue;
    }
    if (!present.has(field)) continue;
    const { writing, decision } = decideDates(field, cellsOf(sample, field), options);
    if (writing) dates.set(field, writing);
    if (decision) decisions.push(decision);
  }
  if (profile.dates) decisions.push({ field: 'dates', kind: 'date', reading: profile.dates, how: 'profile', ambiguous: false });
  return { conventions: { numbers, dates, values: profile.values }, decisions };
}
