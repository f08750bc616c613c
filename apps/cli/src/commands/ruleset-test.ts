import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRuleSetCatalog } from '@social-lens/rules';
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
  const catalog = createRuleSetCatalog(
    loaded.map((file) => file.value),
    loaded.map((file) => file.name),
  );
  let failed = 0;
  let passed = 0;
  for (const testFile of testFiles) {
    const tests = readJsonFile(testFile, displayPath(testFile));
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
