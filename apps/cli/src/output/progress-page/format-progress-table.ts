import type { ProgressReport } from '@social-lens/rules/indicators';
import { formatCount, formatFigure, formatPace } from './format-figure.ts';
import { progressLabels } from './progress-labels.ts';

function columns(rows: ReadonlyArray<readonly string[]>, numericFrom = 1): string {
  const widths: number[] = [];
  for (const row of rows) for (const [index, cell] of row.entries()) widths[index] = Math.max(widths[index] ?? 0, cell.length);
  return rows
    .map((row) =>
      row
        .map((cell, index) => (index >= numericFrom ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The largest share of a distribution and how many values follow: `failure-to-repay 18% (+6)`. */
function topShare(distribution: Readonly<Record<string, number>>, lang: string): string {
  const [first, ...rest] = Object.entries(distribution);
  if (!first) return '—';
  return `${first[0]} ${formatFigure(first[1], 'share', lang)}${rest.length > 0 ? ` (+${rest.length})` : ''}`;
}

/**
 * A progress report for the terminal: the snapshots, each objective's status, each indicator's
 * value per snapshot, the movement between snapshots, coverage and the input's problems.
 *
 * @example
 * process.stdout.write(formatProgressTable(report, 'en'))
 */
export function formatProgressTable(report: ProgressReport, lang: string): string {
  const labels = progressLabels(lang);
  const series = new Map(report.indicators.map((indicator) => [indicator.id, indicator]));
  const out: string[] = [];
  out.push(`${labels.snapshots}:`);
  out.push(
    columns(
      report.snapshots.map((snapshot) => [`  ${snapshot.file}`, snapshot.asOf, `${snapshot.from}..${snapshot.to}`, formatCount(snapshot.records, lang)]),
      3,
    ),
  );
  out.push('', `${labels.objectives}:`);
  if (report.objectives.length === 0) out.push(`  ${labels.noObjectives}`);
  for (const objective of report.objectives) {
    const indicator = objective.indicator ? series.get(objective.indicator) : undefined;
    const unit = indicator?.unit ?? 'count';
    const figure = (value: number | null | undefined): string => formatFigure(value, unit, lang);
    out.push(`  ${objective.objectiveId}  [${labels[objective.status]}]  ${indicator ? indicator.title : labels.unlinked}`);
    if (indicator) {
      out.push(
        `      ${labels.current} ${figure(objective.current)}, ${labels.expected.toLowerCase()} ${figure(objective.expected)}, ${labels.target.toLowerCase()} ${figure(objective.target)}${objective.deadline ? ` (${objective.deadline})` : ''}` +
          (objective.pacePerYear
            ? `; ${labels.paceNeeded.toLowerCase()} ${formatPace(objective.pacePerYear.needed, unit, lang)}, ${labels.paceObserved.toLowerCase()} ${formatPace(objective.pacePerYear.observed, unit, lang)}`
            : ''),
      );
    }
    if (objective.reason) out.push(`      ${objective.reason}`);
  }
  out.push('', `${labels.indicators}:`);
  out.push(
    columns([
      [`  ${labels.indicator}`, ...report.snapshots.map((snapshot) => snapshot.asOf), labels.excluded],
      ...report.indicators.map((indicator) => [
        `  ${indicator.id.split('#')[1] ?? indicator.id}`,
        ...indicator.values.map((value) => (value.distribution ? topShare(value.distribution, lang) : formatFigure(value.value, indicator.unit, lang))),
        indicator.values.map((value) => formatCount(value.excluded, lang)).join('/'),
      ]),
    ]),
  );
  if (report.transitions.length > 0) out.push('', `${labels.transitions}:`);
  for (const transition of report.transitions) {
    out.push(
      `  ${transition.field} ${transition.from} → ${transition.to}: ${formatCount(transition.matched, lang)} ${labels.matched}, ${formatCount(transition.onlyInOld, lang)} ${labels.onlyInOld}, ${formatCount(transition.onlyInNew, lang)} ${labels.onlyInNew}`,
    );
    const sources = Object.keys(transition.counts);
    const targets = [...new Set(Object.values(transition.counts).flatMap((row) => Object.keys(row)))].sort(
      (a, b) => (sources.indexOf(a) === -1 ? 1e6 : sources.indexOf(a)) - (sources.indexOf(b) === -1 ? 1e6 : sources.indexOf(b)),
    );
    out.push(
      columns([
        [`    ${labels.fromTo}`, ...targets],
        ...sources.map((from) => [`    ${from}`, ...targets.map((to) => formatCount(transition.counts[from]?.[to] ?? 0, lang))]),
      ]),
    );
  }
  out.push('', `${labels.coverage}:`);
  out.push(`  ${labels.unusedColumns}: ${report.coverage.unusedColumns.join(', ') || labels.none}`);
  out.push(
    `  ${labels.missingFields}: ${report.coverage.missingFields.map((item) => `${item.indicator.split('#')[1]} (${item.fields.join(', ')})`).join('; ') || labels.none}`,
  );
  for (const note of report.coverage.notes) out.push(`  ${note.message}`);
  if (report.problems.length > 0) {
    out.push('', `${labels.problems}:`);
    for (const problem of report.problems) out.push(`  ${problem.message} [${problem.code}]`);
  }
  return `${out.join('\n')}\n`;
}
