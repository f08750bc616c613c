import type { CheckSummary } from './finding-writer.ts';

/**
 * What a run with `--out` says on stderr when it is done: records, findings by severity, time
 * and where the output went, in one line.
 *
 * @example
 * oneLineSummary(summary, 'findings.json') // → 'lens: 400 records, 3 errors, 95 warnings, 0 notes in 0.4 s → findings.json'
 */
export function oneLineSummary(summary: CheckSummary, out: string): string {
  const counted = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
  const severities = [
    counted(summary.bySeverity['error'] ?? 0, 'error', 'errors'),
    counted(summary.bySeverity['warning'] ?? 0, 'warning', 'warnings'),
    counted(summary.bySeverity['info'] ?? 0, 'note', 'notes'),
  ];
  const unread = summary.inputProblems > 0 ? `, ${counted(summary.inputProblems, 'unreadable line', 'unreadable lines')}` : '';
  return `lens: ${counted(summary.records, 'record', 'records')}, ${severities.join(', ')}${unread} in ${summary.seconds.toFixed(1)} s → ${out}\n`;
}
