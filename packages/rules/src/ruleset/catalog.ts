import semver from 'semver';
import { RuleSetError, type RuleSetProblem } from '../errors.ts';
import type { RuleSetDocument } from './rule-set-types.ts';
import { validateRuleSetDocument } from './validate-rule-set.ts';

/** The rule-set documents a resolution may draw on, by id and version. */
export interface RuleSetCatalog {
  /** The highest version of `id` that satisfies `range`, or undefined. */
  find(id: string, range: string): RuleSetDocument | undefined;
  /** All versions held of `id`, highest first. */
  versions(id: string): string[];
  ids(): string[];
}

/**
 * Builds a catalog from documents, validating each against the rule-set schema first; every
 * problem of every document is reported together.
 *
 * @example
 * const catalog = createRuleSetCatalog([coreClientData, nationalRuleSet])
 * catalog.find('core/client-data', '^1')?.version // → '1.0.0'
 */
export function createRuleSetCatalog(documents: Iterable<unknown>, names: readonly string[] = []): RuleSetCatalog {
  const byId = new Map<string, Map<string, RuleSetDocument>>();
  const problems: RuleSetProblem[] = [];
  let index = 0;
  for (const document of documents) {
    const name = names[index] ?? `document ${index + 1}`;
    index += 1;
    const found = validateRuleSetDocument(document, name);
    if (found.length > 0) {
      problems.push(...found);
      continue;
    }
    const valid = document as RuleSetDocument;
    const versions = byId.get(valid.id) ?? new Map<string, RuleSetDocument>();
    versions.set(valid.version, valid);
    byId.set(valid.id, versions);
  }
  if (problems.length > 0) throw new RuleSetError(problems);
  return {
    find(id, range) {
      const versions = byId.get(id);
      if (!versions) return undefined;
      const best = semver.maxSatisfying([...versions.keys()], range);
      return best === null ? undefined : versions.get(best);
    },
    versions(id) {
      return semver.rsort([...(byId.get(id)?.keys() ?? [])]);
    },
    ids() {
      return [...byId.keys()].sort();
    },
  };
}
