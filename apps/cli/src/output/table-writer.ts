import type { CheckSummary, FindingFormat } from './finding-writer.ts';

const SEVERITY_ORDER = ['error', 'warning', 'info'];

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** Human-readable lines, then a summary by rule and severity. */
export function createTableFormat(options: { fileName: string }): FindingFormat {
  return {
    open: () => '',
    separator: '',
    format(finding) {
      const where = finding.group
        ? Object.entries(finding.group)
            .map(([field, value]) => `${field}=${value}`)
            .join(' ')
        : `${options.fileName}:${finding.line ?? '?'}`;
      const rule = finding.ruleId.split('#')[1] ?? finding.ruleId;
      const fields = finding.fields.length > 0 ? ` [${finding.fields.join(', ')}]` : '';
      return `${pad(where, 22)} ${pad(finding.recordId ?? '', 10)} ${pad(finding.severity, 8)} ${rule}${fields}\n    ${finding.message}\n`;
    },
    close(summary: CheckSummary) {
      const lines = ['', 'Summary by rule:'];
      const rules = [...summary.byRule.entries()].sort(
        (a, b) => SEVERITY_ORDER.indexOf(a[1].severity) - SEVERITY_ORDER.indexOf(b[1].severity) || b[1].count - a[1].count,
      );
      for (const [ruleId, entry] of rules) lines.push(`  ${pad(String(entry.count), 7)} ${pad(entry.severity, 8)} ${ruleId}  ${entry.title}`);
      if (rules.length === 0) lines.push('  no findings');
      const severities = SEVERITY_ORDER.map(
        (severity) => `${summary.bySeverity[severity] ?? 0} ${severity}${(summary.bySeverity[severity] ?? 0) === 1 ? '' : 's'}`,
      );
      lines.push(
        '',
        `${summary.records} records checked in ${summary.seconds.toFixed(1)} s: ${summary.recordsWithFindings} with findings; ${severities.join(', ')}${summary.inputProblems ? `; ${summary.inputProblems} input line(s) could not be read` : ''}.`,
        '',
      );
      return lines.join('\n');
    },
  };
}
