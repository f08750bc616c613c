import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import {
  checkWorkbook,
  createObjectiveChecker,
  type Finding,
  formatProblem,
  RuleSetError,
  SMART_CRITERIA,
  unreadLanguage,
  type WorkbookEntry,
} from '@social-lens/rules';
import { lineObjectiveId, readObjectives } from '../input/read-objectives.ts';
import type { OBJECTIVE_FORMATS } from '../option-choices.ts';
import { objectiveLabels } from '../output/objective-labels.ts';
import { formatObjectiveBlock } from '../output/objective-table.ts';
import { judgeAchievableWithData } from '../progress/judge-achievable-with-data.ts';
import { progressOfObjectives } from '../progress/progress-of-objectives.ts';
import { loadCatalog } from '../rule-sets/load-catalog.ts';
import { displayPath } from '../rule-sets/load-rule-set-files.ts';
import { resolveForCli } from '../rule-sets/resolve-for-cli.ts';
import { EXIT_CODES, UsageError } from '../usage-error.ts';

const DEFAULT_OBJECTIVE_RULE_SET = 'core/smart-objective';

export interface CheckObjectivesOptions {
  ruleset?: string;
  param: string[];
  format: (typeof OBJECTIVE_FORMATS)[number];
  out?: string;
  lang?: string;
  today?: string;
  failOn: 'error' | 'warning' | 'never';
  /** `--data EXPORT[@AS_OF]`: judge achievable from the measured indicators too. */
  data?: string[];
}

/**
 * `lens check objectives FILE`: judges each objective's five SMART criteria. ndjson writes one
 * line an objective: `{"objectiveId","criteria":{…},"findings":[…]}`.
 */
export async function checkObjectives(file: string, options: CheckObjectivesOptions): Promise<number> {
  const fileName = displayPath(file);
  const { catalog, references } = loadCatalog(options.ruleset ? [options.ruleset] : []);
  const [ruleSet] = resolveForCli(catalog, references.length > 0 ? references : [DEFAULT_OBJECTIVE_RULE_SET], options.param);
  if (ruleSet?.subject !== 'objective') throw new UsageError(`${ruleSet?.ref ?? options.ruleset} is not a rule set for objectives`);
  const unread = options.lang ? unreadLanguage([ruleSet], options.lang) : undefined;
  if (unread) process.stderr.write(`warning: --lang: ${unread}\n`);
  let checker: ReturnType<typeof createObjectiveChecker>;
  try {
    checker = createObjectiveChecker(ruleSet, { ...(options.lang ? { lang: options.lang } : {}), ...(options.today ? { today: options.today } : {}) });
  } catch (error) {
    if (error instanceof RuleSetError) throw new UsageError(error.problems.map(formatProblem).join('\n'), { cause: error });
    throw error;
  }
  const output: Writable = options.out ? createWriteStream(options.out) : process.stdout;
  const write = async (text: string): Promise<void> => {
    if (!output.write(text)) await once(output, 'drain');
  };
  const counts = { objectives: 0, errors: 0, warnings: 0, problems: 0 };
  const met = Object.fromEntries(SMART_CRITERIA.map((criterion) => [criterion, 0])) as Record<(typeof SMART_CRITERIA)[number], number>;
  if (options.format === 'json') await write('{"objectives":[');
  let first = true;
  const workbook: WorkbookEntry[] = [];
  const labels = objectiveLabels(options.lang);
  const items = readObjectives(file, fileName);
  const data =
    options.data && options.data.length > 0
      ? await progressOfObjectives(items, options.data, { ...(options.lang ? { lang: options.lang } : {}), ...(options.today ? { today: options.today } : {}) })
      : undefined;
  for (const item of items) {
    if (item.kind === 'problem') {
      counts.problems += 1;
      process.stderr.write(`warning: ${item.message}\n`);
      continue;
    }
    const { analysis, ...checked } = await checker.check(item.objective);
    const check = data ? judgeAchievableWithData(checked, data, ruleSet) : checked;
    // The table names a line-numbered objective in its language; JSON keeps the id `line N`.
    const heading = options.format === 'table' && item.objective.id === lineObjectiveId(item.line) ? labels.line(item.line) : (item.objective.id ?? '');
    workbook.push({ objective: { ...item.objective, id: heading }, analysis });
    counts.objectives += 1;
    for (const finding of check.findings) {
      if (finding.severity === 'error') counts.errors += 1;
      if (finding.severity === 'warning') counts.warnings += 1;
    }
    for (const criterion of SMART_CRITERIA) if (check.criteria[criterion].met === true) met[criterion] += 1;
    if (options.format === 'table') await write(formatObjectiveBlock(heading, item.objective.text, check, labels));
    else if (options.format === 'ndjson') await write(`${JSON.stringify(check)}\n`);
    else {
      await write(`${first ? '\n' : ',\n'}  ${JSON.stringify(check)}`);
      first = false;
    }
  }
  const workbookFindings: Finding[] = workbook.length > 1 ? checkWorkbook(workbook, options.lang ?? 'en') : [];
  if (options.format === 'json') await write(`${first ? '' : '\n'}],\n"workbook":${JSON.stringify(workbookFindings)}}\n`);
  if (options.format === 'table' && workbookFindings.length > 0) {
    await write(`${labels.workbook}\n${workbookFindings.map((finding) => `  - ${finding.message}\n`).join('')}\n`);
  }
  counts.warnings += workbookFindings.length;
  const summary = `${labels.checked(counts.objectives, met, counts.problems)}\n`;
  if (options.format === 'table') await write(summary);
  else process.stderr.write(summary);
  if (options.out) {
    output.end();
    await once(output, 'finish');
  }
  if (options.failOn === 'error' && counts.errors > 0) return EXIT_CODES.findings;
  if (options.failOn === 'warning' && counts.errors + counts.warnings > 0) return EXIT_CODES.findings;
  return EXIT_CODES.ok;
}
