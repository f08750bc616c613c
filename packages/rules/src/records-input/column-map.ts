import { RecordsInputError, type RecordsInputProblem } from '../errors.ts';
import { CLIENT_RECORD_FIELDS, type ClientRecordField } from '../records/client-record-schema.ts';
import { closestNames } from '../ruleset/closest-names.ts';

/**
 * Export column (or form input, or JSON key) → canonical field. Keys are kept trimmed and in
 * lower case, so that a map matches a column however the export spaces or capitalises it. A
 * `Map`, never a plain object: a column named `__proto__` or `constructor` is a name like any other.
 */
export type ColumnMap = ReadonlyMap<string, ClientRecordField>;

/** The map of an export whose columns are the canonical names (matched trimmed and case-insensitively). */
export const NO_COLUMN_MAP: ColumnMap = new Map();

const CANONICAL_BY_KEY = new Map<string, ClientRecordField>(CLIENT_RECORD_FIELDS.map((field) => [field.toLowerCase(), field]));

function keyOf(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * The canonical field a column names: through the map, else a canonical name as it is; both
 * trimmed and case-insensitive. Undefined for a column no field matches.
 *
 * @example
 * canonicalFieldOf(' HouseholdSize ', NO_COLUMN_MAP) // → 'householdSize'
 * canonicalFieldOf('Членов семьи', readColumnMap({ 'членов семьи': 'householdSize' })) // → 'householdSize'
 */
export function canonicalFieldOf(column: string, map: ColumnMap): ClientRecordField | undefined {
  const key = keyOf(column);
  return map.get(key) ?? CANONICAL_BY_KEY.get(key);
}

/** A bad entry of a column map, with the export name it was given for. */
export interface ColumnMapProblem extends RecordsInputProblem {
  column: string;
}

/**
 * Builds a column map from entries (export name → field name) and says what is wrong with the
 * others: a value that is not a canonical field (with the closest names), or two names that
 * differ only in case or spacing but give different fields. Never throws: the widget shows the
 * problems, the CLI and the service refuse them (see {@link readColumnMap}).
 *
 * `declaredFields` are record fields that rule sets of the check declare beyond the canonical
 * ones (a scorecard's answers and stored score, see `declaredRecordFields`): entries may name
 * them, and columns or keys of their own name are read, as for canonical fields.
 *
 * @example
 * createColumnMap([['hh_size', 'householdSize'], ['members', 'householdSise']]).problems[0].message
 * // → '"householdSise" is not a client-record field; did you mean householdSize?'
 * createColumnMap([['Members (PPI)', 'ppiHouseholdSize']], '', ['ppiHouseholdSize']).map // reads "Members (PPI)" and "ppiHouseholdSize"
 */
export function createColumnMap(
  entries: Iterable<readonly [string, unknown]>,
  path = '',
  declaredFields: readonly string[] = [],
): { map: ColumnMap; problems: ColumnMapProblem[] } {
  const map = new Map<string, ClientRecordField>();
  const from = new Map<string, string>();
  const problems: ColumnMapProblem[] = [];
  const known: readonly string[] = declaredFields.length === 0 ? CLIENT_RECORD_FIELDS : [...CLIENT_RECORD_FIELDS, ...declaredFields];
  for (const [column, field] of entries) {
    const where = `${path}/${column.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (typeof field !== 'string' || !known.includes(field)) {
      const near = typeof field === 'string' ? closestNames(field, known) : [];
      problems.push({
        code: 'column-map',
        path: where,
        column,
        message: `${JSON.stringify(field)} is not a client-record field; ${near.length > 0 ? `did you mean ${near.join(', ')}?` : `expected one of ${CLIENT_RECORD_FIELDS.join(', ')}`}`,
      });
      continue;
    }
    const key = keyOf(column);
    const earlier = map.get(key);
    if (earlier !== undefined && earlier !== field) {
      problems.push({
        code: 'column-map',
        path: where,
        column,
        message: `"${column}" and "${from.get(key)}" are one column name (case and spaces aside) but give ${field} and ${earlier}`,
      });
      continue;
    }
    map.set(key, field as ClientRecordField);
    from.set(key, column);
  }
  for (const field of declaredFields) {
    const key = keyOf(field);
    // A declared field is no canonical one; records carry it under its own name all the same.
    if (!map.has(key) && !CANONICAL_BY_KEY.has(key)) map.set(key, field as ClientRecordField);
  }
  return { map, problems };
}

/**
 * Reads a column map given as JSON (`--map FILE`, the service's `map`): an object from export
 * column names to canonical field names, e.g. `{ "Household members": "householdSize" }`.
 * Anything else is a `column-map` error naming each bad entry.
 *
 * @example
 * const map = readColumnMap(JSON.parse(readFileSync('map.json', 'utf8')), { source: 'map.json' })
 */
export function readColumnMap(value: unknown, options: { source?: string; path?: string; declaredFields?: readonly string[] } = {}): ColumnMap {
  const path = options.path ?? '';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RecordsInputError(
      [{ code: 'column-map', path: path || '/', message: 'expected a JSON object from export column names to field names' }],
      withSource(options.source),
    );
  }
  const { map, problems } = createColumnMap(Object.entries(value), path, options.declaredFields);
  const [first, ...rest] = problems.map(({ code, path: where, message }) => ({ code, path: where, message }));
  if (first) throw new RecordsInputError([first, ...rest], withSource(options.source));
  return map;
}

function withSource(source: string | undefined): { source?: string } {
  return source === undefined ? {} : { source };
}
