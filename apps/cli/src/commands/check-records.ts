import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { createRecordChecker, type Finding } from '@social-lens/rules';
import { type ColumnMap, readColumnMap } from '../input/column-map.ts';
import { readRecords } from '../input/read-records.ts';
import { createCsvWriter } from '../output/csv-writer.ts';
import type { CheckSummary, FindingWriter, OutputFormat } from '../output/finding-writer.ts';
import { createJsonWriter } from '../output/json-writer.ts';
import { createNdjsonWriter } from '../output/ndjson-writer.ts';
import { createProgress } from '../output/progress.ts';
import { createTableWriter } from '../output/table-writer.ts';
import { loadCatalog } from '../rule-sets/load-catalog.ts';
import { displayPath } from '../rule-sets/load-rule-set-files.ts';
import { parseParamOptions, resolveForCli } from '../rule-sets/resolve-for-cli.ts';
import { EXIT_CODES } from '../usage-error.ts';

export const DEFAULT_RECORD_RULE_SET = 'core/client-data';
export const FAIL_ON_LEVELS = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export interface CheckRecordsOptions {
  ruleset: string[];
  param: string[];
  map?: string;
  format: OutputFormat;
  out?: string;
  failOn: FailOn;
  lang: string;
  encoding: string;
  today?: string;
}

/** The rule id of findings about the input itself (a row that could not be read). */
export const INPUT_RULE_ID = 'lens/input#readable-row';

function createWriter(format: OutputFormat, fileName: string): FindingWriter {
  switch (format) {
    case 'json':
      return createJsonWriter();
    case 'ndjson':
      return createNdjsonWriter();
    case 'csv':
      return createCsvWriter();
    default:
      return createTableWriter({ fileName });
  }
}

async function write(stream: Writable, text: string): Promise<void> {
  if (text && !stream.write(text)) await once(stream, 'drain');
}

/**
 * `lens check records FILE`: streams the export, checks each record against the rule sets and
 * writes findings as they come. Returns the exit code (1 when findings reach `--fail-on`).
 */
export async function checkRecords(file: string, options: CheckRecordsOptions): Promise<number> {
  const warn = (message: string): void => {
    process.stderr.write(`warning: ${message}\n`);
  };
  const fileName = displayPath(file);
  const { catalog, references } = loadCatalog(options.ruleset);
  const ruleSets = resolveForCli(catalog, references.length > 0 ? references : [DEFAULT_RECORD_RULE_SET], parseParamOptions(options.param));
  for (const ruleSet of ruleSets) {
    if (ruleSet.subject !== 'client-record') warn(`${ruleSet.ref} is a rule set for ${ruleSet.subject}s, not client records; use lens check objectives`);
  }
  const checkers = ruleSets
    .filter((ruleSet) => ruleSet.subject === 'client-record')
    .map((ruleSet) => createRecordChecker(ruleSet, { lang: options.lang, ...(options.today ? { today: options.today } : {}) }));
  const titles = new Map(ruleSets.flatMap((ruleSet) => ruleSet.rules.map((rule) => [rule.id, rule.title] as const)));
  const map: ColumnMap = options.map ? readColumnMap(options.map) : new Map();

  const output: Writable = options.out ? createWriteStream(options.out) : process.stdout;
  const writer = createWriter(options.format, fileName);
  const summary: CheckSummary = { records: 0, recordsWithFindings: 0, inputProblems: 0, bySeverity: {}, byRule: new Map(), seconds: 0 };
  const started = performance.now();
  const progress = createProgress(statSync(file, { throwIfNoEntry: false })?.size ?? 0);
  let bytesRead = 0;

  const emit = async (finding: Finding): Promise<void> => {
    summary.bySeverity[finding.severity] = (summary.bySeverity[finding.severity] ?? 0) + 1;
    const entry = summary.byRule.get(finding.ruleId) ?? { severity: finding.severity, title: titles.get(finding.ruleId) ?? 'unreadable input row', count: 0 };
    entry.count += 1;
    summary.byRule.set(finding.ruleId, entry);
    await write(output, writer.write(finding));
  };

  try {
    await write(output, writer.open());
    const items = readRecords(file, { map, encoding: options.encoding, warn, fileName, onBytes: (read) => (bytesRead = read) });
    for await (const item of items) {
      if (item.kind === 'problem') {
        summary.inputProblems += 1;
        await emit({ ruleId: INPUT_RULE_ID, ruleSet: 'lens/input', severity: 'error', recordId: `line ${item.line}`, line: item.line, fields: [], message: item.message });
        continue;
      }
      summary.records += 1;
      let found = false;
      for (const checker of checkers) {
        for (const finding of await checker.check(item.raw, { line: item.line })) {
          found = true;
          await emit(finding);
        }
      }
      if (found) summary.recordsWithFindings += 1;
      if ((summary.records & 1023) === 0) progress.update(bytesRead, summary.records);
    }
  } finally {
    progress.stop();
  }
  summary.seconds = (performance.now() - started) / 1000;
  await write(output, writer.close(summary));
  if (options.out) {
    output.end();
    await once(output, 'finish');
    if (options.format !== 'table') process.stderr.write(createTableWriter({ fileName }).close(summary));
  }
  const errors = summary.bySeverity.error ?? 0;
  const warnings = summary.bySeverity.warning ?? 0;
  if (options.failOn === 'error' && errors > 0) return EXIT_CODES.findings;
  if (options.failOn === 'warning' && errors + warnings > 0) return EXIT_CODES.findings;
  return EXIT_CODES.ok;
}
