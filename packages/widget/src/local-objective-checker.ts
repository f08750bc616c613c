import { createObjectiveChecker } from '@social-lens/rules';
import { DEFAULT_RULE_SETS } from './default-rule-sets.ts';
import { type ElementObjectiveChecker, type ObjectiveCheckerOptions, registerLocalObjectiveChecker } from './objective-checker-source.ts';
import { loadRuleSet } from './rule-source.ts';

/**
 * The in-page analyzer: the rule set from the bundle or the service (signature checked), judged
 * in the browser. Importing this module registers it for every `<lens-objective-check>`.
 */
async function createLocalChecker(options: ObjectiveCheckerOptions): Promise<ElementObjectiveChecker> {
  const resolved = await loadRuleSet({ ruleset: options.ruleset || DEFAULT_RULE_SETS.objective, server: options.server, publisherKey: options.publisherKey });
  const checker = createObjectiveChecker(resolved, { lang: options.lang, today: options.today });
  return {
    where: 'local',
    async check(objective) {
      const { criteria, findings } = await checker.check(objective);
      return { criteria, findings };
    },
  };
}

registerLocalObjectiveChecker(createLocalChecker);
