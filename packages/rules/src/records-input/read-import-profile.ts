import { RecordsInputError, type RecordsInputProblem } from '../errors.ts';
import { CLIENT_RECORD_FIELDS } from '../records/client-record-schema.ts';
import { closestNames } from '../ruleset/closest-names.ts';
import { createSchemaValidator } from '../schema-validation/schema-validator.ts';
import { type ColumnMap, createColumnMap, NO_COLUMN_MAP } from './column-map.ts';
import { DATE_WRITINGS, type DateWriting, IMPORT_PROFILE_SCHEMA, type ImportProfileDocument } from './import-profile-schema.ts';
import { defaultGroups, type NumberConvention } from './number-writing.ts';

/** The MIS's codes of one field: trimmed and in lower case → the canonical value, and the codes as the profile writes them (for messages). */
export interface FieldCodes {
  byCode: ReadonlyMap<string, string>;
  codes: readonly string[];
}

/** The codes of each field of a profile's `values`. Plain data (Maps), for worker threads. */
export type ValueCodes = ReadonlyMap<string, FieldCodes>;

/** An import profile as read: the column map, the value codes, and how numbers and dates are written when it says. */
export interface ImportProfile {
  map: ColumnMap;
  values: ValueCodes;
  numbers?: NumberConvention;
  dates?: DateWriting;
}

/** The profile of an export that needs none: canonical column names, codes, numbers and dates detected. */
export const NO_IMPORT_PROFILE: ImportProfile = { map: NO_COLUMN_MAP, values: new Map() };

const PROFILE_KEYS = Object.keys(IMPORT_PROFILE_SCHEMA.properties);
const validator = createSchemaValidator<ImportProfileDocument>(IMPORT_PROFILE_SCHEMA);

function pointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * True when a JSON object is the flat form of a profile, a column map `{ "Household members":
 * "householdSize" }`: every value is text, and it is not a profile that only names its dates.
 */
function isFlatColumnMap(value: Record<string, unknown>): boolean {
  const entries = Object.entries(value);
  if (!entries.every(([, field]) => typeof field === 'string')) return false;
  return !entries.every(([key, field]) => key === 'dates' && (DATE_WRITINGS as readonly string[]).includes(field as string));
}

/**
 * Reads an import profile given as JSON (`--map FILE`, the service's `map`): `{ columns, values,
 * numbers, dates }` (JSON Schema `IMPORT_PROFILE_SCHEMA`), or the flat form, a column map. A
 * key it does not know, a field that is no client-record field, a separator or date writing it
 * cannot read: a `column-map` {@link RecordsInputError} naming each JSON path, with a "did you mean".
 *
 * @example
 * readImportProfile({ columns: { 'Доход': 'householdIncomeMonthly' }, values: { povertyLevel: { '1': 'very-poor' } }, numbers: { decimal: ',' } })
 * readImportProfile({ 'Household members': 'householdSize' }) // the flat form: columns only
 */
export function readImportProfile(value: unknown, options: { source?: string; path?: string; declaredFields?: readonly string[] } = {}): ImportProfile {
  const path = options.path ?? '';
  const errorOptions = options.source === undefined ? {} : { source: options.source };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RecordsInputError(
      [{ code: 'column-map', path: path || '/', message: 'expected a JSON object: an import profile { columns, values, numbers, dates } or a column map' }],
      errorOptions,
    );
  }
  const document = value as Record<string, unknown>;
  const declared = options.declaredFields ?? [];
  if (isFlatColumnMap(document)) return { map: mapOrThrow(Object.entries(document), path, declared, errorOptions), values: new Map() };

  const problems: RecordsInputProblem[] = [];
  for (const key of Object.keys(document)) {
    if (PROFILE_KEYS.includes(key)) continue;
    const near = closestNames(key, PROFILE_KEYS);
    problems.push({
      code: 'column-map',
      path: `${path}/${pointer(key)}`,
      message: `unknown key "${key}" of an import profile; ${near.length > 0 ? `did you mean ${near.join(', ')}?` : `expected ${PROFILE_KEYS.join(', ')}`}`,
    });
  }
  const known = { ...document };
  for (const key of Object.keys(known)) if (!PROFILE_KEYS.includes(key)) delete known[key];
  for (const problem of validator.problemsOf(known)) problems.push({ code: 'column-map', path: `${path}${problem.path}`, message: problem.message });
  if (problems.length > 0) throw new RecordsInputError(problems as [RecordsInputProblem, ...RecordsInputProblem[]], errorOptions);

  const profile = known as ImportProfileDocument;
  const fields: readonly string[] = [...CLIENT_RECORD_FIELDS, ...declared];
  const values = new Map<string, FieldCodes>();
  for (const [field, codes] of Object.entries(profile.values ?? {})) {
    if (!fields.includes(field)) {
      const near = closestNames(field, fields);
      problems.push({
        code: 'column-map',
        path: `${path}/values/${pointer(field)}`,
        message: `"${field}" is not a client-record field; ${near.length > 0 ? `did you mean ${near.join(', ')}?` : `expected one of ${CLIENT_RECORD_FIELDS.join(', ')}`}`,
      });
      continue;
    }
    const byCode = new Map<string, string>();
    for (const [code, canonical] of Object.entries(codes)) byCode.set(code.trim().toLowerCase(), canonical);
    values.set(field, { byCode, codes: Object.keys(codes).map((code) => code.trim()) });
  }
  const { map, problems: mapProblems } = createColumnMap(Object.entries(profile.columns ?? {}), `${path}/columns`, declared);
  problems.push(...mapProblems.map(({ code, path: where, message }) => ({ code, path: where, message })));
  if (problems.length > 0) throw new RecordsInputError(problems as [RecordsInputProblem, ...RecordsInputProblem[]], errorOptions);
  return {
    map,
    values,
    ...(profile.numbers
      ? {
          numbers: {
            decimal: profile.numbers.decimal,
            groups: profile.numbers.group === undefined ? defaultGroups(profile.numbers.decimal) : profile.numbers.group,
          },
        }
      : {}),
    ...(profile.dates === undefined ? {} : { dates: profile.dates }),
  };
}

function mapOrThrow(entries: Array<[string, unknown]>, path: string, declared: readonly string[], errorOptions: { source?: string }): ColumnMap {
  const { map, problems } = createColumnMap(entries, path, declared);
  const [first, ...rest] = problems.map(({ code, path: where, message }) => ({ code, path: where, message }));
  if (first) throw new RecordsInputError([first, ...rest], errorOptions);
  return map;
}
