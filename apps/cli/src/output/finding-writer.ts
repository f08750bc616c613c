import type { Finding } from '@social-lens/rules';

/** Writes findings in one output format; `close` ends the document (a JSON array, a summary). */
export interface FindingWriter {
  write(finding: Finding): string;
  close(summary: CheckSummary): string;
  open(): string;
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

export const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
