/**
 * The rule sets a check of a client export uses when it names none, in `lens check records` and
 * `POST /v1/records/check` alike: record consistency, then the portfolio checks (loan-officer
 * outliers, duplicates, exits by branch).
 *
 * @example const references = options.rulesets ?? DEFAULT_RECORD_RULE_SETS
 */
export const DEFAULT_RECORD_RULE_SETS: readonly string[] = ['core/client-data', 'core/portfolio'];
