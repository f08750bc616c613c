import { pickLanguage } from '@social-lens/rules';
import { ESTIMATE_NOTES, type GroupEstimate, SCORECARD_CHECKS, type ScorecardCheck } from '@social-lens/rules/scorecard';
import { escapeHtml } from '../html-report/escape-html.ts';
import { svgBarChart } from '../html-report/svg-bar-chart.ts';
import { KEPT_FINDINGS } from './finding-spool.ts';
import { groupLabel, rateText } from './render-scorecard-table.ts';
import { scorecardLabels } from './scorecard-labels.ts';
import type { ScorecardResult } from './scorecard-result.ts';

/** At most this many findings are listed on the page (the ones the spool keeps); the table by check counts them all. */
const PAGE_FINDINGS = KEPT_FINDINGS;

const STYLE = `
:root{--ink:#1d2433;--muted:#5b6478;--line:#d9dde5;--error:#b42318;--warning:#b54708;--info:#175cd3;--bar:#3e6fb0}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0 auto;padding:16px;max-width:1100px}
h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin:1.6em 0 .5em;border-bottom:2px solid var(--line);padding-bottom:.2em}
.meta{color:var(--muted);margin:0 0 1em}.meta span{display:inline-block;margin-right:1.2em}.note{color:var(--muted);font-size:.93em;margin:.3em 0}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.93em}
th,td{border-bottom:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top}th{background:#f4f6f9;font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.sev-error{color:var(--error);font-weight:600}.sev-warning{color:var(--warning);font-weight:600}.sev-info{color:var(--info);font-weight:600}
.chart{width:100%;max-width:560px;height:auto;display:block;margin:.4em 0 1em}.chart text{font-size:12px;fill:var(--ink)}.chart rect{fill:var(--bar)}
@media print{body{max-width:none;padding:0;font-size:11px}table,svg{break-inside:avoid}.scroll{overflow:visible}}
`;

function table(headers: ReadonlyArray<{ text: string; numeric?: boolean }>, rows: readonly string[]): string {
  const head = headers.map((header) => `<th scope="col"${header.numeric ? ' class="n"' : ''}>${escapeHtml(header.text)}</th>`).join('');
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** The groups of one `--by` field (or the whole export, for `undefined`). */
function groupsOf(result: ScorecardResult, field: string | undefined): GroupEstimate[] {
  return result.groups.filter((group) => (field === undefined ? Object.keys(group.group).length === 0 : field in group.group));
}

/**
 * `lens scorecard --format html`: one self-contained page (inline CSS and SVG, no script, no
 * network) with the rates by line for the whole export and each `--by` field, a chart of the
 * first line, the notes on reading them, and the findings. Every value from the export is escaped.
 *
 * @example writeFileSync('scorecard.html', renderScorecardHtml(result, 'ru'))
 */
export function renderScorecardHtml(result: ScorecardResult, lang: string, byFields: readonly string[]): string {
  const labels = scorecardLabels(lang);
  const { definition } = result;
  const lineTitle = (line: string) => {
    const declared = definition.lines[line];
    return declared ? pickLanguage(declared.title, lang).text : line;
  };
  const rateHeaders = [
    { text: labels.group },
    { text: labels.n, numeric: true },
    { text: labels.excluded, numeric: true },
    ...definition.lineIds.map((line) => ({ text: lineTitle(line), numeric: true })),
    ...definition.targetingCutoffs.map((cutoff) => ({ text: `${labels.targeting}: ${labels.atOrBelow.replace('{cutoff}', String(cutoff))}`, numeric: true })),
  ];
  const rateRows = (groups: readonly GroupEstimate[]) =>
    groups.map(
      (group) =>
        `<tr><th scope="row">${escapeHtml(groupLabel(group, labels))}</th><td class="n">${group.n}</td><td class="n">${group.excluded}</td>` +
        definition.lineIds.map((line) => `<td class="n">${escapeHtml(rateText(group.rates[line]))}</td>`).join('') +
        (group.targeting ?? []).map((share) => `<td class="n">${share.share === null ? '—' : `${(share.share * 100).toFixed(1)}%`}</td>`).join('') +
        '</tr>',
    );
  const chartLine = definition.povertyLevelCheck.line;
  const sections = [undefined, ...byFields].map((field) => {
    const groups = groupsOf(result, field);
    const heading = field === undefined ? labels.wholeExport : field;
    const chart =
      field === undefined
        ? ''
        : svgBarChart(
            groups.map((group) => {
              const estimate = group.rates[chartLine]?.estimate ?? 0;
              return { label: String(Object.values(group.group)[0] ?? labels.missing), value: estimate, text: rateText(group.rates[chartLine]) };
            }),
            `${lineTitle(chartLine)} — ${field}`,
          );
    return `<section><h2>${escapeHtml(heading)}</h2>${table(rateHeaders, rateRows(groups))}${chart}</section>`;
  });

  const checkRows = [...result.byCheck].map(([ruleId, entry]) => {
    const check = ruleId.split('#')[1] as ScorecardCheck | undefined;
    const title = check && check in SCORECARD_CHECKS ? SCORECARD_CHECKS[check].title : ruleId;
    return `<tr><td>${escapeHtml(title)}<br><code>${escapeHtml(ruleId)}</code></td><td class="sev-${escapeHtml(entry.severity)}">${escapeHtml(labels[entry.severity as 'error'] ?? entry.severity)}</td><td class="n">${entry.count}</td></tr>`;
  });
  const findingRows = result.findings
    .slice(0, PAGE_FINDINGS)
    .map(
      (finding) =>
        `<tr><td>${escapeHtml(finding.recordId ?? '')}</td><td class="n">${escapeHtml(finding.line ?? '')}</td><td class="sev-${escapeHtml(finding.severity)}">${escapeHtml(labels[finding.severity as 'error'] ?? finding.severity)}</td>` +
        `<td>${escapeHtml(finding.fields.join(', '))}</td><td>${escapeHtml(finding.message)}</td></tr>`,
    );
  const title = pickLanguage(result.title, lang).text;
  return `<!doctype html>
<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(labels.title)} — ${escapeHtml(result.fileName)}</title><style>${STYLE}</style></head>
<body><header><h1>${escapeHtml(title)}</h1>
<p class="meta"><span>${escapeHtml(labels.scorecard)}: <code>${escapeHtml(result.scorecard)}</code></span><span>${escapeHtml(labels.file)}: ${escapeHtml(result.fileName)}</span>
${definition.country ? `<span>${escapeHtml(labels.country)}: ${escapeHtml(definition.country)}</span>` : ''}<span>${escapeHtml(labels.records)}: ${result.records}</span><span>${escapeHtml(labels.scored)}: ${result.scored}</span><span>${escapeHtml(labels.leftOut)}: ${result.records - result.scored}</span></p>
${definition.source ? `<p class="note">${escapeHtml(labels.source)}: ${escapeHtml(definition.source)}</p>` : ''}
<p class="note">${escapeHtml(pickLanguage(ESTIMATE_NOTES.rate, lang).text)}</p><p class="note">${escapeHtml(pickLanguage(ESTIMATE_NOTES.interval, lang).text)}</p>
${definition.targetingCutoffs.length > 0 ? `<p class="note">${escapeHtml(pickLanguage(ESTIMATE_NOTES.targeting, lang).text)}</p>` : ''}</header>
<main><h2>${escapeHtml(labels.rates)}</h2>${sections.join('\n')}
<section><h2>${escapeHtml(labels.findings)}</h2>${
    result.findingCount === 0
      ? `<p>${escapeHtml(labels.noFindings)}</p>`
      : `${table([{ text: labels.check }, { text: labels.severity }, { text: labels.count, numeric: true }], checkRows)}
${table([{ text: labels.record }, { text: labels.fileLine, numeric: true }, { text: labels.severity }, { text: labels.fields }, { text: labels.message }], findingRows)}
${result.findingCount > PAGE_FINDINGS ? `<p class="note">${escapeHtml(labels.more.replace('{count}', String(result.findingCount - PAGE_FINDINGS)))}</p>` : ''}`
  }</section></main></body></html>
`;
}
