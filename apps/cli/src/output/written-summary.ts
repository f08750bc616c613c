import type { CheckSummary } from './finding-writer.ts';

const SEVERITY_ORDER = ['error', 'warning', 'info'];

/**
 * The one line `lens check records --out FILE` prints on stderr when it is done:
 * `400 records, 81 errors, 40 warnings, 3 info in 0.4 s: written to findings.json`.
 */
export function writtenSummaryLine(summary: CheckSummary, out: string): string {
  const severities = Object.keys(summary.bySeverity).sort((a, b) => SEVERITY_ORDER.indexOf(a) - SEVERITY_ORDER.indexOf(b));
  const counts = severities.map((severity) => {
    const count = summary.bySeverity[severity] ?? 0;
    return `${count} ${severity === 'info' || count === 1 ? severity : `${severity}s`}`;
  });
  const findings = counts.length > 0 ? counts.join(', ') : 'no findings';
  return `${summary.records} records, ${findings} in ${summary.seconds.toFixed(1)} s: written to ${out}\n`;
}
