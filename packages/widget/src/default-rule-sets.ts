/** The rule set each element checks with when the page names none. */
export const DEFAULT_RULE_SETS = {
  clientRecord: 'core/client-data@^1',
  objective: 'core/smart-objective@^1',
} as const;
