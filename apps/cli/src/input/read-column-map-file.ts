import { type ColumnMap, readColumnMap } from '@social-lens/rules/records-input';
import { readJsonFile } from '../rule-sets/load-rule-set-files.ts';

/**
 * Reads a `--map` file: a JSON object from the export's column names to canonical field names,
 * e.g. `{ "Household members": "householdSize", "Staff": "loanOfficerId" }`. A bad entry is a
 * `RecordsInputError` naming the file (exit code 2). `declaredFields`: fields the rule sets of
 * the command declare beyond the canonical ones (a scorecard's answers), which it may name too.
 */
export function readColumnMapFile(path: string, name = path, declaredFields: readonly string[] = []): ColumnMap {
  return readColumnMap(readJsonFile(path, name).value, { source: name, declaredFields });
}
