import { RecordsInputError } from '../errors.ts';
import { closestNames } from '../ruleset/closest-names.ts';
import type { ResolvedRuleSet } from '../ruleset/resolved-rule-set.ts';
import { type ColumnMap, canonicalFieldOf } from './column-map.ts';

/** A name as people misspell it in an export: letters and digits only, lower case (`PPI_Oblast` → `ppioblast`). */
function looseKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The columns that look like an expected field: written alike but for case and punctuation, or one edit away. */
function nearestColumns(field: string, columns: readonly string[]): string[] {
  const key = looseKey(field);
  const alike = columns.filter((column) => looseKey(column) === key);
  return alike.length > 0 ? alike : closestNames(field, columns, 2);
}

/**
 * Refuses an export in which no column (CSV header, or keys of the first JSON records) holds an
 * answer of a scorecard of the check: every record would be left out, which is a wrong export or
 * a missing column map, not a finding per record. The error lists the fields expected and, for
 * each, the nearest columns found. Rule sets without a scorecard ask for nothing.
 *
 * @example
 * assertAnswerColumns(['clientId', 'PPI_Oblast'], NO_COLUMN_MAP, [kyrgyzScorecard], { source: 'clients.csv' })
 * // throws: no column holds an answer of ppi/kgz-2015@1.0.0 … ppiOblast (nearest: "PPI_Oblast") …
 */
export function assertAnswerColumns(
  columns: readonly string[],
  map: ColumnMap,
  ruleSets: readonly ResolvedRuleSet[],
  options: { source?: string; path?: string } = {},
): void {
  const found = new Set<string | undefined>(columns.map((column) => canonicalFieldOf(column, map)));
  for (const { scorecard, ref } of ruleSets) {
    if (!scorecard) continue;
    const expected = scorecard.questions.map((question) => question['field']);
    if (expected.some((field) => found.has(field))) continue;
    // Columns already read as another field are no candidates.
    const unread = columns.filter((column) => canonicalFieldOf(column, map) === undefined);
    const hints = expected.flatMap((field) => {
      const near = nearestColumns(field, unread);
      return near.length > 0 ? [`${field} (nearest: ${near.map((column) => `"${column}"`).join(', ')})`] : [];
    });
    const shown = columns.filter((column) => column.trim() !== '').slice(0, 12);
    throw new RecordsInputError(
      [
        {
          code: 'no-answer-column',
          path: options.path ?? 'line 1',
          message:
            `no column holds an answer of ${ref}: expected one or more of ${expected.join(', ')}` +
            `${hints.length > 0 ? `; columns that look like them: ${hints.join('; ')}` : ''}` +
            `; columns found: ${shown.map((column) => `"${column}"`).join(', ') || 'none'}${columns.length > shown.length ? ', …' : ''}` +
            `. Name the answer columns with a column map, e.g. {"your column": "${expected[0] ?? 'field'}"}`,
        },
      ],
      options.source === undefined ? {} : { source: options.source },
    );
  }
}
