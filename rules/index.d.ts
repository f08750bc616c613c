/** The folder of the shipped rule sets: `<publisher>/<name>/ruleset.json` with `tests.json` beside each. */
export declare const RULES_DIRECTORY: string;

/** One shipped rule set, as `pnpm build` listed it. */
export interface ShippedRuleSet {
  /** `ruleset.json`, relative to RULES_DIRECTORY. */
  file: string;
  /** `tests.json` beside it, relative to RULES_DIRECTORY, when there is one. */
  tests?: string;
  id: string;
  version: string;
  subject: string;
}

/** The shipped rule sets as `pnpm build` listed them (dist/index.json). */
export declare function listShippedRuleSets(): ShippedRuleSet[];
