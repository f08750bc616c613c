import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of the shipped rule sets: `<publisher>/<name>/ruleset.json` with `tests.json` beside each. */
export const RULES_DIRECTORY = fileURLToPath(new URL('.', import.meta.url));

/**
 * The shipped rule sets as `pnpm build` listed them (dist/index.json): each file relative to
 * RULES_DIRECTORY, with its id, version and subject, and its tests file when it has one.
 */
export function listShippedRuleSets() {
  return JSON.parse(readFileSync(new URL('./dist/index.json', import.meta.url), 'utf8'));
}
