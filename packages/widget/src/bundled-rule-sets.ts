import clientData from '@social-lens/rule-sets/core/client-data/ruleset.json' with { type: 'json' };
import smartObjective from '@social-lens/rule-sets/core/smart-objective/ruleset.json' with { type: 'json' };

/**
 * The core rule sets compiled into the bundle, so both elements work on a page that has no
 * Social Lens service to ask.
 */
export const BUNDLED_RULE_SETS: readonly unknown[] = [clientData, smartObjective];

export { DEFAULT_RULE_SETS } from './default-rule-sets.ts';
