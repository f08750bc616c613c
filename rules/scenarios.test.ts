import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRecordCheckerOn, createRuleSetCatalog, RECORD_ENGINES } from '@social-lens/rules';
import { runScenarios } from '@social-lens/rules/testing';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;

function find(folder: string, name: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (entry === 'node_modules' || entry.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return find(path, name);
    return entry === name ? [path] : [];
  });
}

const ruleSetFiles = find(root, 'ruleset.json');
const catalog = createRuleSetCatalog(
  ruleSetFiles.map((path) => JSON.parse(readFileSync(path, 'utf8'))),
  ruleSetFiles,
);

const testFiles = find(root, 'tests.json').map((path) => [path.slice(root.length + 1), path] as const);

// Every scenario on both engines: json-rules-engine (the reference semantics) and the compiled closures.
describe.each(testFiles.flatMap(([name, path]) => RECORD_ENGINES.map((engine) => [name, engine, path] as const)))(
  '%s on the %s engine',
  (_name, engine, path) => {
    it('every case passes and every rule has a trigger and a near miss', async () => {
      const report = await runScenarios(catalog, JSON.parse(readFileSync(path, 'utf8')), {
        name: path,
        runner: (ruleSet, raw, options) => createRecordCheckerOn(ruleSet, { ...options, engine }).check(raw),
      });
      expect(report.results.filter((result) => !result.passed)).toEqual([]);
      expect(report.uncovered).toEqual([]);
      expect(report.results.length).toBeGreaterThan(0);
    });
  },
);

it('every shipped rule set has scenario tests', () => {
  const tested = new Set(find(root, 'tests.json').map((path) => path.replace(/tests\.json$/, '')));
  expect(ruleSetFiles.map((path) => path.replace(/ruleset\.json$/, '')).filter((folder) => !tested.has(folder))).toEqual([]);
});
