import type { Finding } from '@social-lens/rules';

/**
 * An output format for findings, as pure functions so that worker threads can format their own
 * findings: `open`, then each `format(finding)` joined by `separator`, then `close(summary)`.
 */
export interface FindingFormat {
  open(): string;
  format(finding: Finding): string;
  separator: string;
  close(summary: CheckSummary): string;
}

/** Counts gathered while checking: enough for a summary, never the records themselves. */
export interface CheckSummary {
  records: number;
  recordsWithFindings: number;
  inputProblems: number;
  bySeverity: Record<string, number>;
  byRule: Map<string, { severity: string; title: string; count: number }>;
  seconds: number;
}

export const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'csv', 'html', 'xlsx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
