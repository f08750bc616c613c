import { todayIso } from '@social-lens/rules';
import type { ObjectiveInput, ProgressReport } from '@social-lens/rules/indicators';
import { DEFAULT_RECORD_RULE_SETS, NO_IMPORT_PROFILE } from '@social-lens/rules/records-input';
import type { ObjectiveItem } from '../input/read-objectives.ts';
import { loadCatalog } from '../rule-sets/load-catalog.ts';
import { resolveForCli } from '../rule-sets/resolve-for-cli.ts';
import { runProgressOnFiles } from './run-progress-on-files.ts';

/**
 * The progress of objectives over `--data` exports with the shipped indicators, for `lens check
 * objectives --data`: its problems (an unknown indicator, a bad date…) are warnings.
 */
export async function progressOfObjectives(
  items: readonly ObjectiveItem[],
  exports: readonly string[],
  options: { lang?: string; today?: string },
): Promise<ProgressReport> {
  const warn = (message: string): void => {
    process.stderr.write(`warning: ${message}\n`);
  };
  const { catalog } = loadCatalog([]);
  const objectives: ObjectiveInput[] = items.flatMap((item) => (item.kind === 'objective' ? [item.objective] : []));
  const report = await runProgressOnFiles({
    exports,
    indicatorRuleSets: resolveForCli(catalog, ['core/spm-indicators'], []),
    recordRuleSets: resolveForCli(catalog, DEFAULT_RECORD_RULE_SETS, []),
    objectives,
    profile: NO_IMPORT_PROFILE,
    encoding: 'auto',
    lang: options.lang ?? 'en',
    today: options.today ?? todayIso(),
    warn,
  });
  for (const problem of report.problems) if (problem.code !== 'objective-linked-by-text') warn(problem.message);
  return report;
}
