import { once } from 'node:events';
import { closeSync, createWriteStream, mkdtempSync, openSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { type Finding, type LocalizedText, pickLanguage, type RecordEngine, todayIso, unreadLanguage } from '@social-lens/rules';
import { createPortfolioRun } from '@social-lens/rules/aggregate';
import {
  DEFAULT_RECORD_RULE_SETS,
  DISTINCT_COLUMNS_RULE_ID,
  describeDecisions,
  NO_IMPORT_PROFILE,
  READABLE_ROW_RULE_ID,
  VALUE_CODE_RULE_ID,
} from '@social-lens/rules/records-input';
import { runCheckPipeline } from '../check-pipeline/run-check-pipeline.ts';
import { openExport } from '../input/open-export.ts';
import { openWorkbookFile } from '../input/open-workbook-file.ts';
import { readImportProfileFile } from '../input/read-column-map-file.ts';
import { readInputLocale } from '../input/read-input-locale.ts';
import type { FAIL_ON_LEVELS } from '../option-choices.ts';
import type { CheckSummary, OutputFormat } from '../output/finding-writer.ts';
import { createReportCollector, renderHtmlReport } from '../output/html-report/index.ts';
import { readPreviousCounts } from '../output/html-report/previous-report.ts';
import { oneLineSummary } from '../output/one-line-summary.ts';
import { createOutputFormat } from '../output/output-format.ts';
import { createProgress } from '../output/progress.ts';
import { createTableFormat } from '../output/table-writer.ts';
import { writeXlsxReport } from '../output/xlsx-report/write-xlsx-report.ts';
import { loadCatalog } from '../rule-sets/load-catalog.ts';
import { displayPath } from '../rule-sets/load-rule-set-files.ts';
import { resolveForCli } from '../rule-sets/resolve-for-cli.ts';
import { EXIT_CODES, UsageError } from '../usage-error.ts';

type FailOn = (typeof FAIL_ON_LEVELS)[number];

const INPUT_RULE_TITLES: Readonly<Record<string, LocalizedText>> = {
  [READABLE_ROW_RULE_ID]: { en: 'unreadable input row', ru: 'нечитаемая строка', bs: 'nečitljiv red' },
  [DISTINCT_COLUMNS_RULE_ID]: { en: 'columns that give one field', ru: 'столбцы одного поля', bs: 'kolone istog polja' },
  [VALUE_CODE_RULE_ID]: { en: 'codes the import profile does not list', ru: 'коды, которых нет в профиле импорта', bs: 'šifre kojih nema u profilu uvoza' },
};

/** Files at least this large are checked by worker threads (below, starting them costs more than it saves). */
const PARALLEL_FROM_BYTES = 8 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;

export interface CheckRecordsOptions {
  ruleset: string[];
  param: string[];
  map?: string;
  /** `ru`, `bs`, `hr`, `sr`, `en`: how columns that read two ways are read. */
  locale?: string;
  format: OutputFormat;
  out?: string;
  failOn: FailOn;
  lang: string;
  encoding: string;
  today?: string;
  /** `compiled` (the default) or `reference`, json-rules-engine itself. */
  engine?: RecordEngine;
  /** `.xlsx`: the sheet to read (the first by default). */
  sheet?: string;
  /** Worker threads; by default one per core for large files, none for small ones. */
  workers?: number;
  /** A previous `--format json` report: the html report shows the change per rule since then. */
  compareWith?: string;
}

async function write(stream: Writable, text: string | Uint8Array): Promise<void> {
  if (text.length > 0 && !stream.write(text)) await once(stream, 'drain');
}

/**
 * `lens check records FILE`: reads the export in chunks of whole records, checks them (in
 * worker threads for large files) and writes the findings in file order as they come.
 * Returns the exit code (1 when findings reach `--fail-on`).
 */
export async function checkRecords(file: string, options: CheckRecordsOptions): Promise<number> {
  const warn = (message: string): void => {
    process.stderr.write(`warning: ${message}\n`);
  };
  const fileName = displayPath(file);
  if (options.compareWith && options.format !== 'html') throw new UsageError('--compare-with is shown in the html report: add --format html');
  if (options.format === 'xlsx' && !options.out) throw new UsageError('--format xlsx writes a workbook: add --out FILE.xlsx');
  // The workbook is written after the check: a place it cannot be written is told before, not minutes later.
  if (options.format === 'xlsx' && options.out) closeSync(openSync(options.out, 'w'));
  const { catalog, references } = loadCatalog(options.ruleset);
  const ruleSets = resolveForCli(catalog, references.length > 0 ? references : DEFAULT_RECORD_RULE_SETS, options.param, warn);
  const unread = unreadLanguage(ruleSets, options.lang);
  if (unread) warn(`--lang: ${unread}`);
  const today = options.today ?? todayIso();
  for (const ruleSet of ruleSets) {
    if (ruleSet.subject !== 'client-record')
      throw new UsageError(`${ruleSet.ref} is a rule set for ${ruleSet.subject}s, not client records; use lens check objectives`);
  }
  const titles = new Map(
    ruleSets.flatMap((ruleSet) =>
      [...ruleSet.rules, ...(ruleSet.portfolioRules ?? [])].map(
        (rule) => [rule.id, pickLanguage(rule.localizedTitle ?? { en: rule.title }, options.lang).text] as const,
      ),
    ),
  );
  for (const [ruleId, title] of Object.entries(INPUT_RULE_TITLES)) titles.set(ruleId, pickLanguage(title, options.lang).text);
  const recordRuleSets = ruleSets.filter((ruleSet) => ruleSet.subject === 'client-record');
  const portfolio = createPortfolioRun(recordRuleSets, { lang: options.lang, today });
  const profile = options.map ? readImportProfileFile(options.map, displayPath(options.map)) : NO_IMPORT_PROFILE;
  const locale = readInputLocale(options.locale);
  const isWorkbook = extname(file).toLowerCase() === '.xlsx';
  if (options.sheet !== undefined && !isWorkbook) throw new UsageError(`--sheet ${options.sheet}: only an .xlsx file has sheets (${fileName} is not one)`);
  const openSource = async (tell: (message: string) => void) =>
    isWorkbook
      ? await openWorkbookFile(file, {
          map: profile.map,
          profile,
          ...(locale ? { locale } : {}),
          warn: tell,
          fileName,
          ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
        })
      : openExport(file, { map: profile.map, profile, ...(locale ? { locale } : {}), encoding: options.encoding, warn: tell, fileName });
  const source = await openSource(warn);
  if (source.decisions.length > 0) process.stderr.write(`${fileName}: ${describeDecisions(source.decisions)}\n`);
  const report =
    options.format === 'html'
      ? createReportCollector({
          lang: options.lang,
          fileName,
          checkedOn: today,
          ruleSets: recordRuleSets.map((ruleSet) => ruleSet.ref),
          titles,
          input: { encoding: source.encoding, ...(source.delimiter === undefined ? {} : { delimiter: source.delimiter }), conventions: source.decisions },
          ...(options.compareWith ? { previous: readPreviousCounts(options.compareWith, displayPath(options.compareWith)) } : {}),
        })
      : undefined;

  const format = createOutputFormat(options.format, fileName, options.lang);
  // --format xlsx: the findings go to a spool first; the workbook is written from it and a second read of the export.
  const spool = options.format === 'xlsx' ? join(mkdtempSync(join(tmpdir(), 'lens-xlsx-')), 'findings.ndjson') : undefined;
  const removeSpool = (): void => {
    if (spool) rmSync(dirname(spool), { recursive: true, force: true });
  };
  const output: Writable = spool ? createWriteStream(spool) : options.out ? createWriteStream(options.out) : process.stdout;
  const summary: CheckSummary = { records: 0, recordsWithFindings: 0, inputProblems: 0, bySeverity: {}, byRule: new Map(), seconds: 0 };
  const started = performance.now();
  const progress = createProgress(source.size, 'checking');
  const workers = options.workers ?? (source.size >= PARALLEL_FROM_BYTES ? Math.max(1, Math.min(availableParallelism(), 4)) : 0);
  let findingsWritten = 0;
  let portfolioFindings: readonly Finding[] = [];
  let checked = false;
  let undecodableReported = false;
  const count = (ruleId: string, severity: string, found: number): void => {
    summary.bySeverity[severity] = (summary.bySeverity[severity] ?? 0) + found;
    const entry = summary.byRule.get(ruleId) ?? { severity, title: titles.get(ruleId) ?? ruleId, count: 0 };
    entry.count += found;
    summary.byRule.set(ruleId, entry);
  };

  try {
    await write(output, format.open());
    for (const finding of source.headerFindings) {
      count(finding.ruleId, finding.severity, 1);
      report?.addInputProblem(finding);
      await write(output, `${findingsWritten > 0 ? format.separator : ''}${format.format(finding)}`);
      findingsWritten += 1;
    }
    await runCheckPipeline(
      source,
      {
        fileName,
        encoding: source.encoding,
        layout: source.layout,
        ruleSets: recordRuleSets,
        engine: options.engine ?? 'compiled',
        lang: options.lang,
        today,
        format: options.format,
        collect: report ? 'report' : portfolio.active ? 'portfolio' : 'none',
      },
      {
        workers,
        chunkBytes: CHUNK_BYTES,
        onResult: async (result, endOffset) => {
          summary.records += result.records;
          summary.recordsWithFindings += result.recordsWithFindings;
          summary.inputProblems += result.inputProblems;
          for (const [ruleId, severity, found] of result.byRule) count(ruleId, severity, found);
          for (const item of result.collected ?? []) {
            if ('problem' in item) {
              report?.addInputProblem(item.problem);
              continue;
            }
            if (portfolio.active) portfolio.add(item.record);
            report?.addRecord(item.record.values ?? {}, item.findings ?? [], {
              ...(item.record.recordId === undefined ? {} : { recordId: item.record.recordId }),
              line: item.record.line,
            });
          }
          if (result.undecodableLine !== undefined && !undecodableReported) {
            undecodableReported = true;
            warn(
              `${fileName}:${result.undecodableLine}: bytes that are not ${source.encoding} were replaced by "\uFFFD"; pass --encoding with the file's encoding (e.g. windows-1251, windows-1250)`,
            );
          }
          if (result.findings > 0) {
            if (findingsWritten > 0) await write(output, format.separator);
            await write(output, result.output);
            findingsWritten += result.findings;
          }
          progress.update(endOffset, summary.records);
        },
        onPortfolioState: (states) => portfolio.merge(states),
      },
    );
    portfolioFindings = portfolio.active ? portfolio.finish() : [];
    for (const finding of portfolioFindings) {
      count(finding.ruleId, finding.severity, 1);
      await write(output, `${findingsWritten > 0 ? format.separator : ''}${format.format(finding)}`);
      findingsWritten += 1;
    }
    if (report) await write(output, renderHtmlReport(report.finish(portfolioFindings)));
    checked = true;
  } finally {
    progress.stop();
    if (!checked) removeSpool();
  }
  summary.seconds = (performance.now() - started) / 1000;
  await write(output, format.close(summary));
  if (options.out) {
    output.end();
    await once(output, 'finish');
    if (spool) {
      try {
        await writeXlsxReport({ out: options.out, spool, portfolioFindings, source: await openSource(() => {}), warn });
      } finally {
        removeSpool();
      }
      summary.seconds = (performance.now() - started) / 1000;
    }
    if (options.format === 'html') process.stderr.write(createTableFormat({ fileName, lang: options.lang }).close(summary));
    process.stderr.write(oneLineSummary(summary, options.out, options.lang));
  } else if (options.format === 'html') {
    process.stderr.write(createTableFormat({ fileName, lang: options.lang }).close(summary));
  }
  const errors = summary.bySeverity['error'] ?? 0;
  const warnings = summary.bySeverity['warning'] ?? 0;
  if (options.failOn === 'error' && errors > 0) return EXIT_CODES.findings;
  if (options.failOn === 'warning' && errors + warnings > 0) return EXIT_CODES.findings;
  return EXIT_CODES.ok;
}
