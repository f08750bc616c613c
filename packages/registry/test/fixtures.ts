import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RuleSetDocument } from '@social-lens/rules';

/** The rule sets shipped with the project (the `@social-lens/rule-sets` package). */
export const SHIPPED_RULES = dirname(createRequire(import.meta.url).resolve('@social-lens/rule-sets/package.json'));

/**
 * The shipped national example (it extends core/client-data and carries its own scenario tests)
 * re-published as another association's rule set: same rules and tests under
 * `publisher/name@version`, so each test publishes something new.
 */
export function associationRuleSet(publisher: string, name: string, version: string, change: Partial<RuleSetDocument> = {}) {
  const folder = join(SHIPPED_RULES, 'examples', 'national');
  const id = `${publisher}/${name}`;
  const rewrite = (text: string) => text.replaceAll('examples/national', id);
  return {
    ruleset: { ...(JSON.parse(rewrite(readFileSync(join(folder, 'ruleset.json'), 'utf8'))) as RuleSetDocument), version, ...change },
    tests: { ...(JSON.parse(rewrite(readFileSync(join(folder, 'tests.json'), 'utf8'))) as Record<string, unknown>), ruleset: id },
  };
}
