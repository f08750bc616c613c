import type { Finding } from '@social-lens/rules';
import { createSegmentTables, MISSING_SEGMENT, type SegmentTablesResult } from '@social-lens/rules/aggregate';
import type { ConventionDecision } from '@social-lens/rules/records-input';
import type { PreviousCounts } from './previous-report.ts';

/** Records the report lists by name; the rest are counted. */
const RECORDS_TO_FIX_LIMIT = 500;

/** Record ids each rule names as its first examples. */
const RULE_EXAMPLES_LIMIT = 5;

/** A record with findings, as the report lists it. */
interface RecordToFix {
  recordId?: string;
  line?: number;
  findings: Array<Pick<Finding, 'ruleId' | 'severity' | 'fields' | 'message' | 'suggestion'>>;
}

/** Everything the HTML report shows: counts and bounded lists, never the whole export. */
export interface ReportData {
  lang: string;
  fileName: string;
  /** YYYY-MM-DD */
  checkedOn: string;
  ruleSets: string[];
  summary: {
    records: number;
    recordsWithFindings: number;
    inputProblems: number;
    bySeverity: Record<string, number>;
  };
  /** Findings per rule; `records` counts the records it flagged and `examples` names the first of them. */
  byRule: Array<{ ruleId: string; title: string; severity: string; count: number; records: number; examples: string[] }>;
  /** Group findings and record findings of the portfolio rules. */
  portfolioFindings: Finding[];
  segments: SegmentTablesResult;
  recordsToFix: { records: RecordToFix[]; notListed: number };
  /** Findings per rule of the previous report (`--compare-with`), when one was given. */
  previous?: ReadonlyMap<string, number>;
  /**
   * Record findings of the previous report per branch and per loan officer, each record placed
   * where it is in this export (records no longer in it are in no group).
   */
  previousByGroup?: Readonly<Record<'branchId' | 'loanOfficerId', ReadonlyMap<string, number>>>;
  /** How the export was read: encoding, delimiter, and how number and date columns were read. */
  input?: ExportReading;
}

/** How an export was read, for the report's "input" part. */
interface ExportReading {
  encoding: string;
  delimiter?: string;
  conventions: readonly ConventionDecision[];
}

export interface ReportCollectorOptions {
  lang: string;
  fileName: string;
  checkedOn: string;
  ruleSets: string[];
  /** Rule titles by rule id, for the table of findings by rule. */
  titles: ReadonlyMap<string, string>;
  recordsToFixLimit?: number;
  /** Findings of the previous report, to show the change since then per rule, branch and officer. */
  previous?: PreviousCounts;
  input?: ExportReading;
}

/** Gathers report data while records stream by; memory bounded by segments, rules and the list limit. */
export interface ReportCollector {
  /** One checked record: its facts (fields at least) and its record findings. */
  addRecord(facts: Readonly<Record<string, unknown>>, findings: readonly Finding[], record: { recordId?: string; line?: number }): void;
  /** A finding about the input itself (an unreadable row). */
  addInputProblem(finding: Finding): void;
  /** The report data, with the portfolio findings computed after the last record. */
  finish(portfolioFindings: readonly Finding[]): ReportData;
}

/**
 * Collects what `renderHtmlReport` needs in one pass: summary counts, findings by rule, segment
 * tables (by loan cycle, poverty level, area, gender, branch, loan officer), and the first
 * `recordsToFixLimit` records with findings.
 *
 * @example
 * const collector = createReportCollector({ lang: 'en', fileName: 'clients.csv', checkedOn: '2026-06-30', ruleSets: ['core/client-data@1.1.0'], titles })
 * collector.addRecord(facts, findings, { recordId: 'C000001', line: 2 })
 * renderHtmlReport(collector.finish(portfolio.finish()))
 */
export function createReportCollector(options: ReportCollectorOptions): ReportCollector {
  const limit = options.recordsToFixLimit ?? RECORDS_TO_FIX_LIMIT;
  const segments = createSegmentTables();
  const summary: ReportData['summary'] = { records: 0, recordsWithFindings: 0, inputProblems: 0, bySeverity: {} };
  type RuleCount = Omit<ReportData['byRule'][number], 'ruleId'>;
  const byRule = new Map<string, RuleCount>();
  const records: RecordToFix[] = [];
  let notListed = 0;
  const count = (finding: Finding): RuleCount => {
    summary.bySeverity[finding.severity] = (summary.bySeverity[finding.severity] ?? 0) + 1;
    const entry = byRule.get(finding.ruleId) ?? {
      title: options.titles.get(finding.ruleId) ?? finding.ruleId,
      severity: finding.severity,
      count: 0,
      records: 0,
      examples: [],
    };
    entry.count += 1;
    byRule.set(finding.ruleId, entry);
    return entry;
  };
  /** The record's findings counted once per rule: the rule's flagged records and its first examples. */
  const flagRecord = (findings: readonly Finding[], recordId: string | undefined): void => {
    const seen = new Set<string>();
    for (const finding of findings) {
      const entry = count(finding);
      if (seen.has(finding.ruleId)) continue;
      seen.add(finding.ruleId);
      entry.records += 1;
      if (recordId !== undefined && entry.examples.length < RULE_EXAMPLES_LIMIT) entry.examples.push(recordId);
    }
  };
  const list = (record: RecordToFix): void => {
    if (records.length < limit) records.push(record);
    else notListed += 1;
  };
  const previousRecords = new Map(options.previous?.byRecord);
  const previousByGroup = { branchId: new Map<string, number>(), loanOfficerId: new Map<string, number>() };
  /** The record's findings in the previous report, counted once for its branch and officer now. */
  const placePrevious = (facts: Readonly<Record<string, unknown>>, recordId: string | undefined): void => {
    const previous = recordId === undefined ? undefined : previousRecords.get(recordId);
    if (previous === undefined) return;
    previousRecords.delete(recordId!);
    for (const dimension of ['branchId', 'loanOfficerId'] as const) {
      const value = facts[dimension];
      const segment = typeof value === 'string' && value.trim() !== '' ? value : MISSING_SEGMENT;
      previousByGroup[dimension].set(segment, (previousByGroup[dimension].get(segment) ?? 0) + previous);
    }
  };
  const slim = ({ ruleId, severity, fields, message, suggestion }: Finding) => ({ ruleId, severity, fields, message, ...(suggestion ? { suggestion } : {}) });
  return {
    addRecord(facts, findings, record) {
      summary.records += 1;
      placePrevious(facts, record.recordId);
      const errors = findings.filter((finding) => finding.severity === 'error').length;
      segments.add(facts, { findings: findings.length, errors });
      if (findings.length === 0) return;
      summary.recordsWithFindings += 1;
      flagRecord(findings, record.recordId);
      list({ ...record, findings: findings.map(slim) });
    },
    addInputProblem(finding) {
      summary.inputProblems += 1;
      flagRecord([finding], finding.recordId);
      list({
        ...(finding.recordId === undefined ? {} : { recordId: finding.recordId }),
        ...(finding.line === undefined ? {} : { line: finding.line }),
        findings: [slim(finding)],
      });
    },
    finish(portfolioFindings) {
      for (const finding of portfolioFindings) count(finding);
      return {
        lang: options.lang,
        fileName: options.fileName,
        checkedOn: options.checkedOn,
        ruleSets: options.ruleSets,
        summary,
        byRule: [...byRule].map(([ruleId, entry]) => ({ ruleId, ...entry })).sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId)),
        portfolioFindings: [...portfolioFindings],
        segments: segments.result(),
        recordsToFix: { records, notListed },
        ...(options.previous ? { previous: options.previous.byRule, previousByGroup } : {}),
        ...(options.input === undefined ? {} : { input: options.input }),
      };
    },
  };
}
