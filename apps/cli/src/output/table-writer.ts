import type { CheckSummary, FindingFormat } from './finding-writer.ts';
import { countFormat, summaryLabels } from './summary-labels.ts';

const SEVERITY_ORDER = ['error', 'warning', 'info'];

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/**
 * Human-readable lines, then a summary by rule and severity, in the language of the messages.
 * Each line names its rule and fields by id, as the export's columns and `--ruleset` name them.
 */
export function createTableFormat(options: { fileName: string; lang: string }): FindingFormat {
  const labels = summaryLabels(options.lang);
  const count = countFormat(options.lang);
  const severity = (name: string): string => labels.severity[name] ?? name;
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
      return `${pad(where, 22)} ${pad(finding.recordId ?? '', 10)} ${pad(severity(finding.severity), 8)} ${rule}${fields}\n    ${finding.message}\n`;
    },
    close(summary: CheckSummary) {
      const lines = ['', labels.byRule];
      const rules = [...summary.byRule.entries()].sort(
        (a, b) => SEVERITY_ORDER.indexOf(a[1].severity) - SEVERITY_ORDER.indexOf(b[1].severity) || b[1].count - a[1].count,
      );
      for (const [ruleId, entry] of rules) lines.push(`  ${pad(count(entry.count), 7)} ${pad(severity(entry.severity), 8)} ${ruleId}  ${entry.title}`);
      if (rules.length === 0) lines.push(`  ${labels.noFindings}`);
      lines.push('', labels.checked(summary, count), '');
      return lines.join('\n');
    },
  };
}
