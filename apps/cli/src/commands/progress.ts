import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { todayIso } from '@social-lens/rules';
import { createScorecardMeasure, type ObjectiveInput } from '@social-lens/rules/indicators';
import { createColumnMap, DEFAULT_RECORD_RULE_SETS, declaredRecordFields } from '@social-lens/rules/records-input';
import { readImportProfileFile } from '../input/read-column-map-file.ts';
import { readInputLocale } from '../input/read-input-locale.ts';
import { readObjectives } from '../input/read-objectives.ts';
import type { PROGRESS_FORMATS } from '../option-choices.ts';
import { formatProgressTable, PROGRESS_LANGUAGES, renderProgressPage } from '../output/progress-page/index.ts';
import { runProgressOnFiles } from '../progress/run-progress-on-files.ts';
import { loadCatalog } from '../rule-sets/load-catalog.ts';
import { displayPath } from '../rule-sets/load-rule-set-files.ts';
import { resolveForCli } from '../rule-sets/resolve-for-cli.ts';
import { EXIT_CODES, UsageError } from '../usage-error.ts';

const DEFAULT_INDICATOR_RULE_SETS = ['core/spm-indicators'];

export interface ProgressOptions {
  indicators: string[];
  scorecard: string[];
  objectives?: string;
  period?: string;
  map?: string;
  locale?: string;
  format: (typeof PROGRESS_FORMATS)[number];
  out?: string;
  lang: string;
  encoding: string;
  today?: string;
}

/**
 * `lens progress EXPORT[@AS_OF]...`: indicators per snapshot and segment, transitions between
 * snapshots, objectives' status and coverage, as a table, JSON or a self-contained HTML page.
 * Problems of the input are warnings; the run goes on (exit 0, or 2 for a usage error).
 */
export async function progress(exports: string[], options: ProgressOptions): Promise<number> {
  const warn = (message: string): void => {
    process.stderr.write(`warning: ${message}\n`);
  };
  const primary = options.lang.split('-')[0] ?? 'en';
  if (!PROGRESS_LANGUAGES.includes(primary) && !['hr', 'sr', 'cnr'].includes(primary))
    warn(`--lang ${options.lang}: no texts in that language; writing English (have ${PROGRESS_LANGUAGES.join(', ')})`);
  const { catalog, references } = loadCatalog([...options.indicators, ...options.scorecard]);
  const indicatorReferences = references.slice(0, options.indicators.length);
  const indicatorRuleSets = resolveForCli(catalog, indicatorReferences.length > 0 ? indicatorReferences : DEFAULT_INDICATOR_RULE_SETS, []);
  for (const ruleSet of indicatorRuleSets) {
    if (ruleSet.subject !== 'indicators')
      throw new UsageError(`--indicators ${ruleSet.ref}: a ${ruleSet.subject} rule set, not an indicators one (e.g. core/spm-indicators)`);
  }
  const recordRuleSets = resolveForCli(catalog, DEFAULT_RECORD_RULE_SETS, []);
  const scorecardReferences = references.slice(options.indicators.length);
  const scorecards = scorecardReferences.length > 0 ? resolveForCli(catalog, scorecardReferences, []) : [];
  for (const ruleSet of scorecards) {
    if (!ruleSet.scorecard) throw new UsageError(`--scorecard ${ruleSet.ref}: a ${ruleSet.subject} rule set, not a scorecard (e.g. ppi/kgz-2015@^1)`);
  }
  const declared = declaredRecordFields(scorecards);
  const locale = readInputLocale(options.locale);
  const objectives: ObjectiveInput[] = [];
  if (options.objectives) {
    for (const item of readObjectives(options.objectives, displayPath(options.objectives))) {
      if (item.kind === 'problem') warn(item.message);
      else objectives.push(item.objective);
    }
  }
  const report = await runProgressOnFiles({
    exports,
    indicatorRuleSets,
    recordRuleSets: [...recordRuleSets, ...scorecards],
    ...(options.objectives ? { objectives } : {}),
    ...(options.period === undefined ? {} : { period: options.period }),
    profile: options.map
      ? readImportProfileFile(options.map, displayPath(options.map), declared)
      : { map: createColumnMap([], '', declared).map, values: new Map() },
    ...(locale ? { locale } : {}),
    ...(scorecards.length > 0 ? { rawMeasures: scorecards.map((ruleSet) => createScorecardMeasure(ruleSet, { lang: options.lang })) } : {}),
    encoding: options.encoding,
    lang: options.lang,
    today: options.today ?? todayIso(),
    warn,
  });
  if (report.snapshots.length === 0) warn('no snapshot could be read; nothing to measure');
  const text =
    options.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : options.format === 'html'
        ? renderProgressPage(report, {
            lang: options.lang,
            objectiveTexts: new Map(objectives.map((objective, index) => [objective.id ?? `objective ${index + 1}`, objective.text])),
          })
        : formatProgressTable(report, options.lang);
  if (options.format !== 'table' || options.out) for (const problem of report.problems) warn(problem.message);
  const output: Writable = options.out ? createWriteStream(options.out) : process.stdout;
  if (!output.write(text)) await once(output, 'drain');
  if (options.out) {
    output.end();
    await once(output, 'finish');
    process.stderr.write(
      `${report.snapshots.length} snapshot(s), ${report.indicators.length} indicator(s), ${report.objectives.length} objective(s): written to ${options.out}\n`,
    );
  }
  return EXIT_CODES.ok;
}
