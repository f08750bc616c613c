import type { Finding } from '../findings/finding-schema.ts';

/** The rule set named by findings about the input itself, not about a client. */
export const INPUT_RULE_SET = 'lens/input';
/** A row (CSV record, NDJSON line, JSON array item) that could not be read as a record: an error, the row is not checked. */
export const READABLE_ROW_RULE_ID = 'lens/input#readable-row';
/** Several columns (or keys) that name one field: a warning; the first with a value is read. */
export const DISTINCT_COLUMNS_RULE_ID = 'lens/input#distinct-columns';

/** Why a row could not be read. */
export type UnreadableRow =
  | { reason: 'cell-count'; cells: number; columns: number }
  | { reason: 'unclosed-quote' }
  | { reason: 'not-json'; detail: string }
  | { reason: 'not-an-object'; got: string }
  | { reason: 'too-deep'; depth: number };

function whatIsWrong(row: UnreadableRow): string {
  switch (row.reason) {
    case 'cell-count':
      return `the row has ${row.cells} cells but the header has ${row.columns}`;
    case 'unclosed-quote':
      return 'a quoted cell is never closed';
    case 'not-json':
      return `not valid JSON (${row.detail})`;
    case 'not-an-object':
      return `expected a JSON object (one client record), got ${row.got}`;
    case 'too-deep':
      return `the record is nested deeper than ${row.depth} levels`;
  }
}

/**
 * The finding for a row that could not be read, in one shape whoever reads the export: the
 * line locates it (`recordId` is `line N`, there is no client id to give), the message says what
 * is wrong and that the row was not checked.
 *
 * @example
 * unreadableRowFinding(12, { reason: 'cell-count', cells: 4, columns: 15 }).message
 * // → 'the row has 4 cells but the header has 15; the row was not checked'
 */
export function unreadableRowFinding(line: number, row: UnreadableRow): Finding {
  return {
    ruleId: READABLE_ROW_RULE_ID,
    ruleSet: INPUT_RULE_SET,
    severity: 'error',
    recordId: `line ${line}`,
    line,
    fields: [],
    message: `${whatIsWrong(row)}; the row was not checked`,
  };
}

/**
 * The warning for columns of a CSV header (or keys of one JSON record) that all name one field.
 *
 * @example
 * distinctColumnsFinding('householdSize', ['householdSize', 'HouseholdSize'], { line: 1 }).message
 * // → 'columns "householdSize" and "HouseholdSize" both give householdSize; the first with a value is read'
 */
export function distinctColumnsFinding(field: string, columns: readonly string[], where: { line: number; recordId?: string }): Finding {
  const names = columns.map((column) => `"${column}"`);
  const listed = names.length === 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return {
    ruleId: DISTINCT_COLUMNS_RULE_ID,
    ruleSet: INPUT_RULE_SET,
    severity: 'warning',
    ...(where.recordId === undefined ? {} : { recordId: where.recordId }),
    line: where.line,
    fields: [field],
    message: `columns ${listed} ${names.length === 2 ? 'both' : 'all'} give ${field}; the first with a value is read`,
  };
}

/** A code the import profile does not list for its field: a warning; the value is read as written, for the rule sets to judge. */
export const VALUE_CODE_RULE_ID = 'lens/input#value-code';

/**
 * The warning for a cell whose code the profile's `values` do not list for its field.
 *
 * @example
 * valueCodeFinding('povertyLevel', '5', ['1', '2', '3', '4'], { line: 7, recordId: 'C7' }).message
 * // → 'povertyLevel "5" is not a code the import profile lists (1, 2, 3, 4); it is read as written'
 */
export function valueCodeFinding(field: string, code: string, known: readonly string[], where: { line: number; recordId?: string }): Finding {
  const shown = known.length > 20 ? `${known.slice(0, 20).join(', ')}, …` : known.join(', ');
  return {
    ruleId: VALUE_CODE_RULE_ID,
    ruleSet: INPUT_RULE_SET,
    severity: 'warning',
    ...(where.recordId === undefined ? {} : { recordId: where.recordId }),
    line: where.line,
    fields: [field],
    message: `${field} "${code}" is not a code the import profile lists (${shown}); it is read as written`,
  };
}
