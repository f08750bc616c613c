import { createObjectiveChecker, createRuleSetCatalog, formatProblem, RuleSetError, resolveRuleSet, validateRuleSetDocument } from '@social-lens/rules';
import { displayPath, findRuleSetFiles, readJsonFile } from '../rule-sets/load-rule-set-files.ts';
import { rulesDirectory } from '../rule-sets/rules-directory.ts';
import { EXIT_CODES, UsageError } from '../usage-error.ts';

/**
 * `lens ruleset lint FILE...`: each file is validated against the rule-set schema, then resolved
 * together with the shipped rule sets (so `extends`, overrides and parameters are checked too).
 * Prints every problem with its file and JSON path; exit 1 when there is one.
 */
export async function lintRuleSets(files: readonly string[]): Promise<number> {
  let problemCount = 0;
  const shipped = findRuleSetFiles(rulesDirectory()).map((path) => readJsonFile(path, displayPath(path)));
  for (const file of files) {
    let loaded: ReturnType<typeof readJsonFile>;
    try {
      loaded = readJsonFile(file, displayPath(file));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      process.stdout.write(`${error.message}\n`);
      problemCount += 1;
      continue;
    }
    const schemaProblems = validateRuleSetDocument(loaded.value, loaded.name);
    if (schemaProblems.length > 0) {
      for (const problem of schemaProblems) process.stdout.write(`${loaded.name}: ${formatProblem(problem)}\n`);
      problemCount += schemaProblems.length;
      continue;
    }
    const document = loaded.value as { id: string; version: string };
    const others = shipped.filter((other) => {
      const value = other.value as { id?: string; version?: string };
      return !(value.id === document.id && value.version === document.version);
    });
    try {
      const catalog = createRuleSetCatalog([...others.map((o) => o.value), document], [...others.map((o) => o.name), loaded.name]);
      const resolved = resolveRuleSet(catalog, `${document.id}@${document.version}`);
      // Vocabularies are refused for what their schema cannot say (a phrase budget) when a checker is made.
      if (resolved.subject === 'objective') createObjectiveChecker(resolved);
      process.stdout.write(
        `${loaded.name}: ok (${resolved.ref}, ${resolved.scorecard ? `a scorecard of ${resolved.scorecard.questions.length} questions` : `${resolved.rules.length} rules`} from ${resolved.layers.join(' → ')})\n`,
      );
      // Warnings (a published likelihood column that is not monotonic) never make lint fail.
      for (const warning of resolved.warnings ?? []) process.stdout.write(`${loaded.name}: warning: ${formatProblem(warning)}\n`);
    } catch (error) {
      if (!(error instanceof RuleSetError)) throw error;
      for (const problem of error.problems) process.stdout.write(`${loaded.name}: ${formatProblem(problem)}\n`);
      problemCount += error.problems.length;
    }
  }
  if (problemCount > 0) process.stdout.write(`\n${problemCount} problem(s)\n`);
  return problemCount > 0 ? EXIT_CODES.findings : EXIT_CODES.ok;
}
