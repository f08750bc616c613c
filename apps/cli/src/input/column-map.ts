import { CLIENT_RECORD_FIELDS } from '@social-lens/rules';
import { readJsonFile } from '../rule-sets/load-rule-set-files.ts';
import { UsageError } from '../usage-error.ts';

/** Export column → canonical field. */
export type ColumnMap = ReadonlyMap<string, string>;

const CANONICAL = new Set<string>(CLIENT_RECORD_FIELDS);
const CANONICAL_BY_LOWER_CASE = new Map(CLIENT_RECORD_FIELDS.map((field) => [field.toLowerCase(), field]));

/**
 * Reads a `--map` file: a JSON object from the export's column names to canonical field names,
 * e.g. `{ "Household members": "householdSize", "Staff": "loanOfficerId" }`.
 */
export function readColumnMap(path: string): ColumnMap {
  const { value } = readJsonFile(path);
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`${path}: expected a JSON object from export column names to field names`);
  }
  const problems: string[] = [];
  const map = new Map<string, string>();
  for (const [column, field] of Object.entries(value)) {
    if (typeof field !== 'string' || !CANONICAL.has(field)) {
      problems.push(`${path} at /${column}: ${JSON.stringify(field)} is not a field name; expected one of ${CLIENT_RECORD_FIELDS.join(', ')}`);
    } else map.set(column, field);
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return map;
}

/** The canonical field of a column: mapped, canonical as it is, or canonical but for letter case. */
export function canonicalFieldOf(column: string, map: ColumnMap): string | undefined {
  const trimmed = column.trim();
  return map.get(column) ?? map.get(trimmed) ?? (CANONICAL.has(trimmed) ? trimmed : CANONICAL_BY_LOWER_CASE.get(trimmed.toLowerCase()));
}
