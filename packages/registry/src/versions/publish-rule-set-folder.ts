import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RuleSetDocument } from '@social-lens/rules';
import type { Database } from '../database/database.ts';
import { ensurePublisher } from '../publishers/publishers.ts';
import { RegistryError } from '../registry-error.ts';
import { publishRuleSet } from './publish-rule-set.ts';
import type { RegistryCatalogLoader } from './registry-catalog.ts';

function findRuleSetFiles(folder: string): string[] {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return findRuleSetFiles(path);
    return entry.name === 'ruleset.json' ? [path] : [];
  });
}

/** What {@link publishRuleSetFolder} did with each rule set, by `id@version`. */
export interface SeedReport {
  created: string[];
  unchanged: string[];
  failed: Array<{ ruleSet: string; detail: string }>;
}

/**
 * Publishes every `ruleset.json` under a folder (with the `tests.json` beside it) under its own
 * id, creating its publisher when needed. Idempotent: a restart finds the same content and
 * changes nothing. A rule set that extends another one is published after it. The service seeds
 * the registry with the rule sets shipped with the project this way.
 *
 * @example
 * const report = await publishRuleSetFolder(db, createRegistryCatalogLoader(db), 'rules')
 */
export async function publishRuleSetFolder(db: Database, loader: RegistryCatalogLoader, folder: string): Promise<SeedReport> {
  const report: SeedReport = { created: [], unchanged: [], failed: [] };
  let pending = findRuleSetFiles(folder).map((path) => {
    const testsPath = join(dirname(path), 'tests.json');
    return {
      document: JSON.parse(readFileSync(path, 'utf8')) as RuleSetDocument,
      tests: statSync(testsPath, { throwIfNoEntry: false }) ? (JSON.parse(readFileSync(testsPath, 'utf8')) as unknown) : undefined,
    };
  });
  // Publish in passes: a rule set whose parent is not yet in the registry waits for the next pass.
  while (pending.length > 0) {
    const waiting: typeof pending = [];
    const failures: SeedReport['failed'] = [];
    for (const item of pending) {
      const ref = `${item.document.id}@${item.document.version}`;
      const [publisherName, name] = String(item.document.id).split('/');
      try {
        const { publisher } = await ensurePublisher(db, publisherName!, 'seed');
        const result = await publishRuleSet(
          db,
          loader,
          { ruleset: item.document, ...(item.tests === undefined ? {} : { tests: item.tests }) },
          { publisherId: publisher.id, publisher: publisher.name, name: name!, version: item.document.version, actor: 'seed', trusted: true },
        );
        report[result.outcome === 'created' ? 'created' : 'unchanged'].push(ref);
      } catch (error) {
        waiting.push(item);
        failures.push({ ruleSet: ref, detail: error instanceof RegistryError ? `${error.message} ${JSON.stringify(error.problems)}` : String(error) });
      }
    }
    if (waiting.length === pending.length) {
      report.failed.push(...failures);
      break;
    }
    pending = waiting;
  }
  return report;
}
