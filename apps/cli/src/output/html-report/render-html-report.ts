import type { Finding } from '@social-lens/rules';
import type { SegmentDimension, SegmentRow } from '@social-lens/rules/aggregate';
import { escapeHtml } from './escape-html.ts';
import type { ReportData } from './report-data.ts';
import { type ReportLabels, reportLabels } from './report-labels.ts';
import { svgBarChart } from './svg-bar-chart.ts';

const STYLE = `
:root{--ink:#1d2433;--muted:#5b6478;--line:#d9dde5;--error:#b42318;--warning:#b54708;--info:#175cd3;--bar:#3e6fb0;--flag:#fff4e5}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0 auto;padding:16px;max-width:1100px}
h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin:1.6em 0 .5em;border-bottom:2px solid var(--line);padding-bottom:.2em}h3{font-size:1em;margin:1.2em 0 .4em}
.meta{color:var(--muted);margin:0 0 1em}.meta span{display:inline-block;margin-right:1.2em}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:8px}
.card{border:1px solid var(--line);border-radius:6px;padding:8px 10px}.card b{display:block;font-size:1.4em}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.93em}th,td{border-bottom:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top}
th{background:#f4f6f9;font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.flag td{background:var(--flag)}
.sev{font-weight:600;white-space:nowrap}.sev-error{color:var(--error)}.sev-warning{color:var(--warning)}.sev-info{color:var(--info)}
.chart{width:100%;max-width:560px;height:auto;display:block;margin:.4em 0 1em}.chart text{font-size:12px;fill:var(--ink)}.chart rect{fill:var(--bar)}
.segments{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:0 24px}
code{font-size:.9em;word-break:break-all}
.more{color:var(--muted);font-style:italic}
@media (max-width:600px){body{padding:10px;font-size:14px}th,td{padding:4px 5px}}
@media print{body{max-width:none;padding:0;font-size:11px}h2{break-after:avoid}table,svg,.card{break-inside:avoid}.scroll{overflow:visible}tr.flag td{background:none;font-weight:600}}
`;

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

function percent(share: number, lang: string): string {
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(share * 100)} %`;
}

function number(value: number, lang: string): string {
  return new Intl.NumberFormat(lang).format(value);
}

function severityCell(severity: string, labels: ReportLabels): string {
  const text = (labels as Record<string, string>)[severity] ?? severity;
  return `<td class="sev sev-${escapeHtml(severity)}">${escapeHtml(text)}</td>`;
}

function table(headers: ReadonlyArray<{ text: string; numeric?: boolean }>, rows: readonly string[]): string {
  const head = headers.map((header) => `<th${header.numeric ? ' class="n"' : ''}>${escapeHtml(header.text)}</th>`).join('');
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function groupText(group: Finding['group']): string {
  return Object.entries(group ?? {})
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ');
}

function groupTable(data: ReportData, dimension: 'branchId' | 'loanOfficerId', labels: ReportLabels): string {
  const flagged = new Map<string, number>();
  for (const finding of data.portfolioFindings) {
    const value = finding.group?.[dimension];
    if (value !== undefined) flagged.set(value, (flagged.get(value) ?? 0) + 1);
  }
  const rows = data.segments.dimensions[dimension].map((row) => {
    const portfolio = flagged.get(row.segment) ?? 0;
    return (
      `<tr${portfolio > 0 ? ' class="flag"' : ''}><td>${escapeHtml(row.segment)}</td><td class="n">${number(row.clients, data.lang)}</td>` +
      `<td class="n">${number(row.clientsWithFindings, data.lang)}</td><td class="n">${percent(row.clients === 0 ? 0 : row.clientsWithFindings / row.clients, data.lang)}</td>` +
      `<td class="n">${number(row.findings, data.lang)}</td><td class="n">${number(row.errors, data.lang)}</td><td class="n">${number(portfolio, data.lang)}</td></tr>`
    );
  });
  return table(
    [
      { text: labels[dimension] },
      { text: labels.clients, numeric: true },
      { text: labels.clientsWithFindings, numeric: true },
      { text: labels.shareWithFindings, numeric: true },
      { text: labels.count, numeric: true },
      { text: labels.errors, numeric: true },
      { text: labels.portfolioFindings, numeric: true },
    ],
    rows,
  );
}

function segmentSection(rows: readonly SegmentRow[], title: string, data: ReportData, labels: ReportLabels): string {
  const body = rows.map(
    (row) =>
      `<tr><td>${escapeHtml(row.segment)}</td><td class="n">${number(row.clients, data.lang)}</td><td class="n">${percent(row.share, data.lang)}</td>` +
      `<td class="n">${number(row.clientsWithFindings, data.lang)}</td><td class="n">${number(row.findings, data.lang)}</td></tr>`,
  );
  return (
    `<section><h3>${escapeHtml(title)}</h3>` +
    svgBarChart(
      rows.map((row) => ({ label: row.segment, value: row.clients, text: `${number(row.clients, data.lang)} (${percent(row.share, data.lang)})` })),
      title,
    ) +
    table(
      [
        { text: title },
        { text: labels.clients, numeric: true },
        { text: labels.share, numeric: true },
        { text: labels.clientsWithFindings, numeric: true },
        { text: labels.count, numeric: true },
      ],
      body,
    ) +
    '</section>'
  );
}

function inputSection(data: ReportData, labels: ReportLabels): string {
  const input = data.input;
  if (input === undefined) return '';
  const delimiter = input.delimiter === undefined ? '' : input.delimiter === '\t' ? 'tab' : input.delimiter;
  const rows = input.conventions.map(
    (decision) =>
      `<tr><td><code>${escapeHtml(decision.field)}</code></td><td>${escapeHtml(decision.reading)}</td><td>${escapeHtml(decision.ambiguous ? labels.ambiguous : decision.how)}</td><td>${escapeHtml(decision.note ?? '')}</td></tr>`,
  );
  return (
    `<section id="input"><h2>${escapeHtml(labels.input)}</h2><p class="meta"><span>${escapeHtml(labels.encoding)}: ${escapeHtml(input.encoding)}</span>` +
    `${delimiter === '' ? '' : `<span>${escapeHtml(labels.delimiter)}: <code>${escapeHtml(delimiter)}</code></span>`}</p>` +
    (rows.length === 0 ? '' : table([{ text: labels.fields }, { text: labels.reading }, { text: labels.how }, { text: labels.note }], rows)) +
    '</section>'
  );
}

/**
 * Renders the SPM report as one self-contained HTML page: inline CSS and SVG charts, no script,
 * no request to anywhere; readable on a phone (tables scroll sideways) and printable. Every value
 * from the data — client ids, codes, messages — is escaped.
 *
 * @example
 * writeFileSync('report.html', renderHtmlReport(collector.finish(portfolio.finish())))
 */
export function renderHtmlReport(data: ReportData): string {
  const labels = reportLabels(data.lang);
  const lang = data.lang;
  const severities = data.summary.bySeverity;
  const cards = [
    [labels.records, data.summary.records],
    [labels.recordsWithFindings, data.summary.recordsWithFindings],
    [labels.errors, severities.error ?? 0],
    [labels.warnings, severities.warning ?? 0],
    [labels.infos, severities.info ?? 0],
    [labels.inputProblems, data.summary.inputProblems],
    [labels.portfolioFindings, data.portfolioFindings.length],
  ] as const;
  const byRule =
    data.byRule.length === 0
      ? `<p>${escapeHtml(labels.noFindings)}</p>`
      : svgBarChart(
          data.byRule.slice(0, 15).map((rule) => ({ label: rule.ruleId.split('#')[1] ?? rule.ruleId, value: rule.count, text: number(rule.count, lang) })),
          labels.byRule,
        ) +
        table(
          [{ text: labels.rule }, { text: labels.severity }, { text: labels.count, numeric: true }],
          data.byRule.map(
            (rule) =>
              `<tr><td>${escapeHtml(rule.title)}<br><code>${escapeHtml(rule.ruleId)}</code></td>${severityCell(rule.severity, labels)}<td class="n">${number(rule.count, lang)}</td></tr>`,
          ),
        );
  const portfolio = [...data.portfolioFindings].sort((a, b) => (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3));
  const portfolioSection =
    portfolio.length === 0
      ? `<p>${escapeHtml(labels.noFindings)}</p>`
      : table(
          [{ text: labels.severity }, { text: labels.group }, { text: labels.message }],
          portfolio.map(
            (finding) =>
              `<tr>${severityCell(finding.severity, labels)}<td>${escapeHtml(finding.recordId ? `${finding.recordId} · ${groupText(finding.group)}` : groupText(finding.group))}</td>` +
              `<td>${escapeHtml(finding.message)}<br><code>${escapeHtml(finding.ruleId)}</code></td></tr>`,
          ),
        );
  const dimensions: SegmentDimension[] = ['loanCycle', 'povertyLevel', 'area', 'gender'];
  const newClients = data.segments.newClients;
  const belowLine = newClients.byPovertyLevel
    .filter((row) => row.povertyLevel === 'very-poor' || row.povertyLevel === 'poor')
    .reduce((sum, row) => sum + row.clients, 0);
  const newClientsSection =
    `<section><h3>${escapeHtml(labels.newClients)}</h3>` +
    `<p>${escapeHtml(labels.newClientsBelowLine)}: <b>${percent(newClients.clients === 0 ? 0 : belowLine / newClients.clients, lang)}</b> (${number(belowLine, lang)} / ${number(newClients.clients, lang)})</p>` +
    svgBarChart(
      newClients.byPovertyLevel.map((row) => ({
        label: row.povertyLevel,
        value: row.share,
        text: `${percent(row.share, lang)} (${number(row.clients, lang)})`,
      })),
      labels.newClients,
    ) +
    table(
      [{ text: labels.povertyLevel }, { text: labels.clients, numeric: true }, { text: labels.share, numeric: true }],
      newClients.byPovertyLevel.map(
        (row) =>
          `<tr><td>${escapeHtml(row.povertyLevel)}</td><td class="n">${number(row.clients, lang)}</td><td class="n">${percent(row.share, lang)}</td></tr>`,
      ),
    ) +
    '</section>';
  const toFix = data.recordsToFix.records.flatMap((record) =>
    record.findings.map(
      (finding, index) =>
        `<tr>${index === 0 ? `<td rowspan="${record.findings.length}">${escapeHtml(record.recordId ?? '')}</td><td class="n" rowspan="${record.findings.length}">${escapeHtml(record.line ?? '')}</td>` : ''}` +
        `${severityCell(finding.severity, labels)}<td><code>${escapeHtml(finding.fields.join(', '))}</code></td><td>${escapeHtml(finding.message)}</td></tr>`,
    ),
  );
  const more =
    data.recordsToFix.notListed > 0
      ? `<p class="more">${escapeHtml(labels.moreRecords.replace('{count}', number(data.recordsToFix.notListed, lang)))}</p>`
      : '';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(labels.title)} — ${escapeHtml(data.fileName)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(labels.title)}</h1>
<p class="meta"><span>${escapeHtml(labels.file)}: <b>${escapeHtml(data.fileName)}</b></span><span>${escapeHtml(labels.checkedOn)}: ${escapeHtml(data.checkedOn)}</span><span>${escapeHtml(labels.ruleSets)}: ${escapeHtml(data.ruleSets.join(', '))}</span></p></header>
<section id="summary"><h2>${escapeHtml(labels.summary)}</h2><div class="cards">${cards.map(([label, value]) => `<div class="card">${escapeHtml(label)}<b>${number(value, lang)}</b></div>`).join('')}</div></section>
${inputSection(data, labels)}
<section id="portfolio"><h2>${escapeHtml(labels.portfolioFindings)}</h2>${portfolioSection}</section>
<section id="by-rule"><h2>${escapeHtml(labels.byRule)}</h2>${byRule}</section>
<section id="by-branch"><h2>${escapeHtml(labels.byBranch)}</h2>${groupTable(data, 'branchId', labels)}</section>
<section id="by-loan-officer"><h2>${escapeHtml(labels.byLoanOfficer)}</h2>${groupTable(data, 'loanOfficerId', labels)}</section>
<section id="segments"><h2>${escapeHtml(labels.segments)}</h2>${newClientsSection}<div class="segments">${dimensions.map((dimension) => segmentSection(data.segments.dimensions[dimension], labels[dimension], data, labels)).join('')}</div></section>
<section id="records-to-fix"><h2>${escapeHtml(labels.recordsToFix)}</h2>${
    toFix.length === 0
      ? `<p>${escapeHtml(labels.noFindings)}</p>`
      : table(
          [{ text: labels.record }, { text: labels.line, numeric: true }, { text: labels.severity }, { text: labels.fields }, { text: labels.message }],
          toFix,
        )
  }${more}</section>
</body>
</html>
`;
}
