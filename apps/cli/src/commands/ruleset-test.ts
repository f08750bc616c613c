import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRuleSetCatalog, parseRuleSetReference } from '@social-lens/rules';
import { runScenarios } from '@social-lens/rules/testing';
import { displayPath, findRuleSetFiles, readJsonFile } from '../rule-sets/load-rule-set-files.ts';
import { rulesDirectory } from '../rule-sets/rules-directory.ts';
import { EXIT_CODES, UsageError } from '../usage-error.ts';

/**
 * `lens ruleset test [PATH]`: runs every `tests.json` below PATH (default: the shipped rules/).
 * Rule sets are taken from `rules/` and from the folders of the tests, so an association can
 * test its own set, which extends the shipped ones, from its own folder.
 */
export async function testRuleSets(path: string | undefined): Promise<number> {
  const root = path ?? rulesDirectory();
  const stat = statSync(root, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`${root}: no such file or folder`);
  const testFiles = stat.isDirectory() ? findRuleSetFiles(root, 'tests.json') : [root];
  if (testFiles.length === 0) throw new UsageError(`${root}: no tests.json found`);
  const ruleSetFiles = new Set([...findRuleSetFiles(rulesDirectory()), ...(stat.isDirectory() ? findRuleSetFiles(root) : findRuleSetFiles(dirname(root)))]);
  const loaded = [...ruleSetFiles].map((file) => readJsonFile(file, displayPath(file)));
  const idInFolder = new Map(loaded.map((file) => [dirname(file.path), (file.value as { id?: unknown } | null)?.id]));
  const catalog = createRuleSetCatalog(
    loaded.map((file) => file.value),
    loaded.map((file) => file.name),
  );
  let failed = 0;
  let passed = 0;
  for (const testFile of testFiles) {
    const tests = readJsonFile(testFile, displayPath(testFile));
    const mismatch = testedElsewhere(tests.value, idInFolder.get(dirname(testFile)));
    if (mismatch) {
      failed += 1;
      process.stdout.write(`${tests.name}\n  FAIL ${mismatch}\n`);
      continue;
    }
    const report = await runScenarios(catalog, tests.value, { name: tests.name });
    process.stdout.write(`${tests.name} (${report.ruleSet})\n`);
    for (const result of report.results) {
      if (result.passed) passed += 1;
      else failed += 1;
      process.stdout.write(`  ${result.passed ? 'ok  ' : 'FAIL'} ${result.name}\n`);
      if (result.detail) process.stdout.write(`      ${result.detail}\n`);
    }
    for (const gap of report.uncovered) {
      failed += 1;
      process.stdout.write(`  FAIL ${gap.rule} has no ${gap.missing} case\n`);
    }
  }
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  return failed > 0 ? EXIT_CODES.findings : EXIT_CODES.ok;
}

/**
 * Tests next to a `ruleset.json` are that rule set's tests: the registry refuses a publish whose
 * tests name another one, so testing the other one here would pass what publishing refuses.
 */
function testedElsewhere(tests: unknown, folderRuleSetId: unknown): string | undefined {
  const named = (tests as { ruleset?: unknown } | null)?.ruleset;
  if (typeof folderRuleSetId !== 'string' || typeof named !== 'string') return undefined;
  let namedId: string;
  try {
    namedId = parseRuleSetReference(named).id;
  } catch {
    return undefined;
  }
  if (namedId === folderRuleSetId) return undefined;
  return `"ruleset" is ${JSON.stringify(named)}, but the rule set in this folder is "${folderRuleSetId}": name it (the registry refuses a publish whose tests are for another rule set, tests-mismatch)`;
}
