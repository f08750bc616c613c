import { RULES_DIRECTORY } from '@social-lens/rule-sets';

/**
 * The folder of the rule sets shipped with the project (the `@social-lens/rule-sets` package),
 * which the service publishes when it starts.
 */
export const SHIPPED_RULES_DIRECTORY = RULES_DIRECTORY;
