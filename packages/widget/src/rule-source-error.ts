/** The reasons a rule set cannot be loaded, for the element to say in the page's language. */
export const RULE_SOURCE_FAILURES = ['unavailable', 'signature-invalid', 'invalid'] as const;
export type RuleSourceFailure = (typeof RULE_SOURCE_FAILURES)[number];

/** Why a rule set could not be loaded; `cause` keeps the underlying error for the console. */
export class RuleSourceError extends Error {
  override name = 'RuleSourceError';
  constructor(
    readonly code: RuleSourceFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
