import {
  createCompiledRecordChecker,
  createRecordCheckerOn,
  createRecordSlotsReader,
  type Finding,
  type RecordEngine,
  type ResolvedRuleSet,
  todayIso,
} from '@social-lens/rules';
import { createPortfolioRun, type PortfolioAccumulatorState, type PortfolioRecord } from '@social-lens/rules/aggregate';
import {
  type CellsLayout,
  forEachRecordCellsOfText,
  forEachRecordOfCellLines,
  forEachRecordOfText,
  READABLE_ROW_RULE_ID,
  type RecordsInputItem,
  type RecordsLayout,
} from '@social-lens/rules/records-input';
import type { OutputFormat } from '../output/finding-writer.ts';
import { createOutputFormat } from '../output/output-format.ts';

/** Everything a chunk checker needs; plain data, so it can be handed to a worker thread. */
export interface ChunkCheckerConfig {
  fileName: string;
  /** A WHATWG encoding label (already chosen: never `auto`). */
  encoding: string;
  /** How rows become records: the CSV header's fields, the column map of NDJSON, or a worksheet header's fields (rows as JSON arrays). */
  layout: RecordsLayout | CellsLayout;
  ruleSets: ResolvedRuleSet[];
  engine: RecordEngine;
  lang: string;
  today?: string;
  format: OutputFormat;
  /**
   * `portfolio`: accumulate the portfolio rules here (the main thread merges the states of all
   * checkers at the end); `report`: send back, per record, its fields, what the portfolio rules
   * read and its findings, for the HTML report's tables (the main thread accumulates them).
   */
  collect: 'none' | 'portfolio' | 'report';
}

/** One record (or unreadable row) as the main thread's portfolio and report need it. */
type CollectedItem = { record: PortfolioRecord; findings?: Finding[] } | { problem: Finding };

/** What checking one chunk gives: its formatted findings and counts, never the records. */
export interface ChunkResult {
  /** The chunk's findings, formatted and UTF-8 encoded here (in the worker), separated by the format's separator. */
  output: Uint8Array;
  findings: number;
  records: number;
  recordsWithFindings: number;
  inputProblems: number;
  bySeverity: Record<string, number>;
  byRule: Array<[ruleId: string, severity: string, count: number]>;
  /** First line with bytes that are not in the file's encoding. */
  undecodableLine?: number;
  collected?: CollectedItem[];
}

const EMPTY = new Uint8Array(0);
const encoder = new TextEncoder();

/** What the portfolio rules of a checker accumulated, with the ArrayBuffers in it, for `postMessage` to move rather than copy. */
interface CheckerPortfolioState {
  states: PortfolioAccumulatorState[];
  transferList: ArrayBuffer[];
}

/** Checks chunks one at a time; `portfolioState` is what its portfolio rules accumulated over them (the checker is done after). */
export interface ChunkChecker {
  check(bytes: Uint8Array, firstLine: number): Promise<ChunkResult>;
  portfolioState(): CheckerPortfolioState | undefined;
}

/**
 * Decodes, parses and checks one chunk of records and formats its findings. The same code runs
 * in the main thread for small files and in worker threads for large ones.
 */
export function createChunkChecker(config: ChunkCheckerConfig): ChunkChecker {
  const decoder = new TextDecoder(config.encoding);
  const format = createOutputFormat(config.format, config.fileName, config.lang);
  const today = config.today ?? todayIso();
  const checkerOptions = { lang: config.lang, today };
  // The compiled checkers answer synchronously, so each row is checked as soon as it is parsed.
  // A rule set without record rules (core/portfolio) has nothing to check per record: no reading, no derived facts.
  const withRecordRules = config.ruleSets.filter((ruleSet) => ruleSet.rules.length > 0);
  const syncCheckers = config.engine === 'compiled' ? withRecordRules.map((ruleSet) => createCompiledRecordChecker(ruleSet, checkerOptions)) : undefined;
  const checkers = syncCheckers ? [] : withRecordRules.map((ruleSet) => createRecordCheckerOn(ruleSet, { ...checkerOptions, engine: config.engine }));
  const single = syncCheckers?.length === 1 ? syncCheckers[0] : undefined;
  const none: Finding[] = [];
  const portfolio = config.collect === 'none' ? undefined : createPortfolioRun(config.ruleSets, { lang: config.lang, today });
  // Each record is read once, into slots every compiled check and the portfolio facts start from; the record rules read every field.
  const readSlots =
    syncCheckers && config.collect !== 'report' ? createRecordSlotsReader(today, syncCheckers.length > 0 ? undefined : portfolio?.fieldsRead) : undefined;
  const accumulating = portfolio?.active === true;

  const check = async (bytes: Uint8Array, firstLine: number): Promise<ChunkResult> => {
    const text = decoder.decode(bytes);
    const pieces: string[] = [];
    const bySeverity: Record<string, number> = {};
    const byRule = new Map<string, [string, string, number]>();
    const result: ChunkResult = { output: EMPTY, findings: 0, records: 0, recordsWithFindings: 0, inputProblems: 0, bySeverity, byRule: [] };
    const emit = (finding: Finding): void => {
      pieces.push(format.format(finding));
      result.findings += 1;
      bySeverity[finding.severity] = (bySeverity[finding.severity] ?? 0) + 1;
      const entry = byRule.get(finding.ruleId);
      if (entry) entry[2] += 1;
      else byRule.set(finding.ruleId, [finding.ruleId, finding.severity, 1]);
    };
    const { layout } = config;
    const forEachItem = (onItem: (item: RecordsInputItem) => void): void =>
      layout.format === 'cells' ? forEachRecordOfCellLines(text, layout, onItem) : forEachRecordOfText(text, firstLine, layout, onItem);
    // A worksheet's text was decoded by the workbook reader: a U+FFFD in it is the cell's own.
    const replacement = layout.format === 'cells' ? -1 : text.indexOf('\uFFFD');
    if (replacement !== -1) result.undecodableLine = firstLine + countNewlines(text, replacement);

    const collected: CollectedItem[] | undefined = config.collect === 'report' ? [] : undefined;
    const takeProblem = (finding: Finding): void => {
      if (finding.ruleId === READABLE_ROW_RULE_ID) result.inputProblems += 1;
      emit(finding);
      collected?.push({ problem: finding });
    };
    const takeFindings = (recordFindings: Finding[]): void => {
      result.records += 1;
      for (const finding of recordFindings) emit(finding);
      if (recordFindings.length > 0) result.recordsWithFindings += 1;
    };
    if (readSlots && syncCheckers) {
      forEachRecordCellsOfText(text, firstLine, layout, (item) => {
        if (item.kind === 'input-finding') return takeProblem(item.finding);
        const record = readSlots(item.cells, item.line);
        takeFindings(single ? single.checkSlots(record) : syncCheckers.length === 0 ? none : syncCheckers.flatMap((checker) => checker.checkSlots(record)));
        if (accumulating) portfolio!.addSlots(record);
      });
    } else {
      // The HTML report keeps each record's fields, and the reference engine answers asynchronously: both read raw records.
      const items: RecordsInputItem[] = [];
      forEachItem((item) => items.push(item));
      for (const item of items) {
        if (item.kind === 'input-finding') {
          takeProblem(item.finding);
          continue;
        }
        const findings: Finding[] = [];
        if (syncCheckers) for (const checker of syncCheckers) findings.push(...checker.checkSync(item.raw, { line: item.line }));
        else for (const checker of checkers) findings.push(...(await checker.check(item.raw, { line: item.line })));
        takeFindings(findings);
        if (portfolio && collected) collected.push({ record: portfolio.collect(item.raw, item.line, true), findings });
        else if (accumulating) portfolio!.add(portfolio!.collect(item.raw, item.line, false));
      }
    }
    if (collected) result.collected = collected;
    if (pieces.length > 0) result.output = encoder.encode(pieces.join(format.separator));
    result.byRule = [...byRule.values()];
    return result;
  };
  return {
    check,
    portfolioState: () =>
      config.collect === 'portfolio' && portfolio?.active ? { states: portfolio.state, transferList: portfolio.transferList() } : undefined,
  };
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}
