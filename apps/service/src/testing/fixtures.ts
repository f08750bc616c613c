import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleSetDocument } from '@social-lens/rules';
import { SHIPPED_RULES_DIRECTORY } from '../seed/shipped-rules-directory.ts';

/** The shipped national example: it extends core/client-data and carries its own scenario tests. */
export function nationalExample(): { ruleset: RuleSetDocument; tests: Record<string, unknown> } {
  const folder = join(SHIPPED_RULES_DIRECTORY, 'examples', 'national');
  return {
    ruleset: JSON.parse(readFileSync(join(folder, 'ruleset.json'), 'utf8')) as RuleSetDocument,
    tests: JSON.parse(readFileSync(join(folder, 'tests.json'), 'utf8')) as Record<string, unknown>,
  };
}

/**
 * The national example re-published as another association's rule set: same rules and tests
 * under `publisher/name@version`, so each test publishes something new.
 */
export function associationRuleSet(publisher: string, name: string, version: string, change: Partial<RuleSetDocument> = {}) {
  const { ruleset, tests } = nationalExample();
  const id = `${publisher}/${name}`;
  const rewrite = (text: string) => text.replaceAll('examples/national', id);
  return {
    ruleset: { ...(JSON.parse(rewrite(JSON.stringify(ruleset))) as RuleSetDocument), version, ...change },
    tests: { ...(JSON.parse(rewrite(JSON.stringify(tests))) as Record<string, unknown>), ruleset: id },
  };
}

/** A clean client record: the base of the core scenario tests. */
export function cleanRecord(): Record<string, unknown> {
  const tests = JSON.parse(readFileSync(join(SHIPPED_RULES_DIRECTORY, 'core', 'client-data', 'tests.json'), 'utf8')) as { base: Record<string, unknown> };
  return { ...tests.base };
}
