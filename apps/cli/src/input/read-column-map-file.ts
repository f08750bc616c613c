import { type ImportProfile, readImportProfile } from '@social-lens/rules/records-input';
import { readJsonFile } from '../rule-sets/load-rule-set-files.ts';

/**
 * Reads a `--map` file: an import profile `{ columns, values, numbers, dates }`, or its flat form,
 * a JSON object from the export's column names to canonical field names (`{ "Household members":
 * "householdSize" }`). A bad entry is a `RecordsInputError` naming the file and the JSON path
 * (exit code 2). `declaredFields`: fields the rule sets of the command declare beyond the
 * canonical ones (a scorecard's answers), which it may name too.
 */
export function readImportProfileFile(path: string, name = path, declaredFields: readonly string[] = []): ImportProfile {
  return readImportProfile(readJsonFile(path, name).value, { source: name, declaredFields });
}
