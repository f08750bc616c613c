/**
 * Facts an indicators rule set reads besides the record's: the snapshot's date and its period
 * `[periodFrom, periodTo]`, as YYYY-MM-DD. Conditions compare record dates with them through
 * derived facts (`{"daysBetween": [{"fact": "disbursementDate"}, {"fact": "periodTo"}]}`).
 */
export const PERIOD_FACTS = ['asOf', 'periodFrom', 'periodTo'] as const;
