import { pickLanguage } from '@social-lens/rules';
import { ESTIMATE_NOTES, type GroupEstimate, type PovertyRate, SCORECARD_CHECKS, type ScorecardCheck } from '@social-lens/rules/scorecard';
import { scorecardLabels } from './scorecard-labels.ts';
import type { ScorecardResult } from './scorecard-result.ts';

/** At most this many findings are listed in the table; the summary counts them all. */
const TABLE_FINDINGS = 50;

function pad(text: string, width: number, right = false): string {
  if (text.length >= width) return text;
  const fill = ' '.repeat(width - text.length);
  return right ? fill + text : text + fill;
}

/** `31.2% (28.9–33.5)`: rounded for people; the JSON keeps every digit. */
export function rateText(rate: PovertyRate | undefined): string {
  if (!rate || rate.estimate === null || rate.ci95 === null) return '—';
  const percent = (share: number) => (share * 100).toFixed(1);
  return `${percent(rate.estimate)}% (${percent(rate.ci95[0])}–${percent(rate.ci95[1])})`;
}

/** `branchId=B1`, or the whole export's label. */
export function groupLabel(estimate: GroupEstimate, labels: { wholeExport: string; missing: string }): string {
  const entries = Object.entries(estimate.group);
  if (entries.length === 0) return labels.wholeExport;
  return entries.map(([field, value]) => `${field}=${value ?? labels.missing}`).join(' ');
}

/**
 * The table `lens scorecard` prints: a row per group (the whole export first), n, excluded and,
 * per line, the rate with its 95% interval; targeting shares when cut-offs are set; the notes on
 * how to read them; findings counted by check and the first ones listed.
 *
 * @example process.stdout.write(renderScorecardTable(result, 'en'))
 */
export function renderScorecardTable(result: ScorecardResult, lang: string): string {
  const labels = scorecardLabels(lang);
  const { lineIds, targetingCutoffs } = result.definition;
  const lines: string[] = [];
  lines.push(`${result.scorecard} — ${pickLanguage(result.title, lang).text}`);
  lines.push(
    `${result.fileName}: ${labels.records}: ${result.records}; ${labels.scored}: ${result.scored}; ${labels.leftOut}: ${result.records - result.scored}`,
    '',
  );
  const labelWidth = Math.max(labels.group.length, ...result.groups.map((group) => groupLabel(group, labels).length));
  const cells = result.groups.map((group) => lineIds.map((line) => rateText(group.rates[line])));
  const widths = lineIds.map((line, index) => Math.max(line.length, ...cells.map((row) => row[index]!.length)));
  const cutoffHeaders = targetingCutoffs.map((cutoff) => labels.atOrBelow.replace('{cutoff}', String(cutoff)));
  lines.push(labels.rates);
  lines.push(
    [
      pad(labels.group, labelWidth),
      pad(labels.n, 7, true),
      pad(labels.excluded, 9, true),
      ...lineIds.map((line, index) => pad(line, widths[index]!)),
      ...cutoffHeaders,
    ].join('  '),
  );
  for (const [row, group] of result.groups.entries()) {
    const targeting = (group.targeting ?? []).map((share, index) =>
      pad(share.share === null ? '—' : `${(share.share * 100).toFixed(1)}%`, cutoffHeaders[index]!.length, true),
    );
    lines.push(
      [
        pad(groupLabel(group, labels), labelWidth),
        pad(String(group.n), 7, true),
        pad(String(group.excluded), 9, true),
        ...cells[row]!.map((cell, index) => pad(cell, widths[index]!)),
        ...targeting,
      ].join('  '),
    );
  }
  lines.push('', pickLanguage(ESTIMATE_NOTES.rate, lang).text, pickLanguage(ESTIMATE_NOTES.interval, lang).text);
  if (targetingCutoffs.length > 0) lines.push(`${labels.targeting}: ${pickLanguage(ESTIMATE_NOTES.targeting, lang).text}`);

  lines.push('', `${labels.findings}:`);
  const { byCheck } = result;
  if (byCheck.size === 0) lines.push(`  ${labels.noFindings}`);
  for (const [ruleId, entry] of [...byCheck].sort((a, b) => b[1].count - a[1].count)) {
    const check = ruleId.split('#')[1] as ScorecardCheck | undefined;
    const title = check && check in SCORECARD_CHECKS ? SCORECARD_CHECKS[check].title : '';
    lines.push(`  ${pad(String(entry.count), 7, true)} ${pad(labels[entry.severity as 'error'] ?? entry.severity, 8)} ${ruleId}  ${title}`);
  }
  if (result.findings.length > 0) lines.push('');
  for (const finding of result.findings.slice(0, TABLE_FINDINGS)) {
    const fields = finding.fields.length > 0 ? ` [${finding.fields.join(', ')}]` : '';
    lines.push(
      `${pad(`${result.fileName}:${finding.line ?? '?'}`, 22)} ${pad(finding.recordId ?? '', 10)} ${pad(finding.severity, 8)} ${finding.ruleId.split('#')[1] ?? finding.ruleId}${fields}`,
    );
    lines.push(`    ${finding.message}`);
  }
  if (result.findingCount > TABLE_FINDINGS) lines.push(`  … ${labels.more.replace('{count}', String(result.findingCount - TABLE_FINDINGS))}`);
  return `${lines.join('\n')}\n`;
}
