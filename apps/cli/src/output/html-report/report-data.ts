import type { Finding } from '@social-lens/rules';
import { createSegmentTables, type SegmentTablesResult } from '@social-lens/rules/aggregate';
import type { ConventionDecision } from '@social-lens/rules/records-input';

/** Records the report lists by name; the rest are counted. */
export const RECORDS_TO_FIX_LIMIT = 500;

/** A record with findings, as the report lists it. */
export interface RecordToFix {
  recordId?: string;
  line?: number;
  findings: Array<Pick<Finding, 'ruleId' | 'severity' | 'fields' | 'message'>>;
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
  byRule: Array<{ ruleId: string; title: string; severity: string; count: number }>;
  /** Group findings and record findings of the portfolio rules. */
  portfolioFindings: Finding[];
  segments: SegmentTablesResult;
  recordsToFix: { records: RecordToFix[]; notListed: number };
  /** How the export was read: encoding, delimiter, and how number and date columns were read. */
  input?: ExportReading;
}

/** How an export was read, for the report's "input" part. */
export interface ExportReading {
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
 * const collector = createReportCollector({ lang: 'en', fileName: 'clients.csv', checkedOn: '2026-06-30', ruleSets: ['core/client-data@1.0.0'], titles })
 * collector.addRecord(facts, findings, { recordId: 'C000001', line: 2 })
 * renderHtmlReport(collector.finish(portfolio.finish()))
 */
export function createReportCollector(options: ReportCollectorOptions): ReportCollector {
  const limit = options.recordsToFixLimit ?? RECORDS_TO_FIX_LIMIT;
  const segments = createSegmentTables();
  const summary: ReportData['summary'] = { records: 0, recordsWithFindings: 0, inputProblems: 0, bySeverity: {} };
  const byRule = new Map<string, { title: string; severity: string; count: number }>();
  const records: RecordToFix[] = [];
  let notListed = 0;
  const count = (finding: Finding): void => {
    summary.bySeverity[finding.severity] = (summary.bySeverity[finding.severity] ?? 0) + 1;
    const entry = byRule.get(finding.ruleId) ?? { title: options.titles.get(finding.ruleId) ?? finding.ruleId, severity: finding.severity, count: 0 };
    entry.count += 1;
    byRule.set(finding.ruleId, entry);
  };
  const list = (record: RecordToFix): void => {
    if (records.length < limit) records.push(record);
    else notListed += 1;
  };
  const slim = ({ ruleId, severity, fields, message }: Finding) => ({ ruleId, severity, fields, message });
  return {
    addRecord(facts, findings, record) {
      summary.records += 1;
      const errors = findings.filter((finding) => finding.severity === 'error').length;
      segments.add(facts, { findings: findings.length, errors });
      if (findings.length === 0) return;
      summary.recordsWithFindings += 1;
      for (const finding of findings) count(finding);
      list({ ...record, findings: findings.map(slim) });
    },
    addInputProblem(finding) {
      summary.inputProblems += 1;
      count(finding);
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
        ...(options.input === undefined ? {} : { input: options.input }),
      };
    },
  };
}
