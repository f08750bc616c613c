import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/**
 * The folder of the rule sets shipped with the project (the `@social-lens/rule-sets` package),
 * which the service publishes when it starts.
 */
export const SHIPPED_RULES_DIRECTORY = dirname(createRequire(import.meta.url).resolve('@social-lens/rule-sets/package.json'));
