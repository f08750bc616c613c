/**
 * The fixed choices of lens's options, apart from the commands that use them: `lens --help`
 * lists them without loading the rule engine.
 */
export const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'csv', 'html', 'xlsx'] as const;
export const FAIL_ON_LEVELS = ['error', 'warning', 'never'] as const;
export const OBJECTIVE_FORMATS = ['table', 'json', 'ndjson'] as const;
export const SCORECARD_FORMATS = ['table', 'json', 'ndjson', 'html'] as const;
export const PROGRESS_FORMATS = ['table', 'json', 'html'] as const;
