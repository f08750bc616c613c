import { existsSync } from 'node:fs';
import { createRuleSetCatalog, formatProblem, type RuleSetCatalog, RuleSetError } from '@social-lens/rules';
import { UsageError } from '../usage-error.ts';
import { displayPath, findRuleSetFiles, type LoadedJsonFile, readJsonFile } from './load-rule-set-files.ts';
import { rulesDirectory } from './rules-directory.ts';

export interface LoadedCatalog {
  catalog: RuleSetCatalog;
  /** References to resolve for `--ruleset` values: ids stay ids, paths become `id@version`. */
  references: string[];
}

/** True when a `--ruleset` value names a file rather than an id like `core/client-data@^1`. */
function isRuleSetPath(value: string): boolean {
  return value.endsWith('.json') || existsSync(value);
}

/**
 * The catalog the CLI resolves against: every rule set under `rules/` plus the files named
 * with `--ruleset PATH` (so a member's own file can extend a shipped one).
 */
export function loadCatalog(ruleSetOptions: readonly string[]): LoadedCatalog {
  const files: LoadedJsonFile[] = findRuleSetFiles(rulesDirectory()).map((path) => readJsonFile(path, displayPath(path)));
  const references: string[] = [];
  for (const value of ruleSetOptions) {
    if (isRuleSetPath(value)) {
      const file = readJsonFile(value, displayPath(value));
      const document = file.value as { id?: unknown; version?: unknown };
      const shipped = files.findIndex((existing) => {
        const other = existing.value as { id?: unknown; version?: unknown };
        return other.id === document.id && other.version === document.version;
      });
      if (shipped >= 0) files.splice(shipped, 1);
      files.push(file);
      references.push(typeof document.id === 'string' && typeof document.version === 'string' ? `${document.id}@${document.version}` : value);
    } else references.push(value);
  }
  try {
    const catalog = createRuleSetCatalog(
      files.map((file) => file.value),
      files.map((file) => file.name),
    );
    return { catalog, references };
  } catch (error) {
    // A rule-set file that does not match the schema is the user's input: its problems, exit 2.
    if (error instanceof RuleSetError) throw new UsageError(error.problems.map(formatProblem).join('\n'), { cause: error });
    throw error;
  }
}
