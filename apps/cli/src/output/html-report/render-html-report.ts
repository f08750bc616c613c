import type { Finding } from '@social-lens/rules';
import type { SegmentDimension, SegmentRow } from '@social-lens/rules/aggregate';
import { escapeHtml } from './escape-html.ts';
import { fieldTitle, valueLabel } from './field-titles.ts';
import type { ReportData } from './report-data.ts';
import { type ReportLabels, reportLabels } from './report-labels.ts';
import { scrollTable } from './scroll-table.ts';
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
.chart{width:100%;max-width:560px;height:auto;display:block;margin:.4em 0 1em;overflow:hidden}.chart text{font-size:12px;fill:var(--ink)}.chart rect{fill:var(--bar)}
.segments{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr));gap:0 24px}.segments>section{min-width:0}
code{font-size:.9em;overflow-wrap:anywhere}.field{white-space:nowrap}.suggestion{color:var(--muted)}
.scroll:focus-visible{outline:2px solid var(--info);outline-offset:2px}
.more{color:var(--muted);font-style:italic}
details summary{cursor:pointer}details ul{margin:.3em 0;padding-left:1.2em}
@media (max-width:600px){body{padding:10px;font-size:14px}th,td{padding:4px 5px}}
@media print{body{max-width:none;padding:0;font-size:11px}h2{break-after:avoid}table,svg,.card{break-inside:avoid}.scroll{overflow:visible}tr.flag td{background:none;font-weight:600}}
`;

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

function percent(share: number, lang: string): string {
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(share * 100)} %`;
}

/** A change in findings with its sign: `+3`, `−2`, `0`. */
function change(delta: number, lang: string): string {
  return `${delta > 0 ? '+' : delta < 0 ? '−' : ''}${number(Math.abs(delta), lang)}`;
}

function number(value: number, lang: string): string {
  return new Intl.NumberFormat(lang).format(value);
}

function severityCell(severity: string, labels: ReportLabels): string {
  const text = (labels as Record<string, string>)[severity] ?? severity;
  return `<td class="sev sev-${escapeHtml(severity)}">${escapeHtml(text)}</td>`;
}

function groupText(group: Finding['group']): string {
  return Object.entries(group ?? {})
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ');
}

/** Rows a list shows before "and N more". */
const LIST_LIMIT = 30;
/** Findings of one portfolio rule the report shows. */
const EXAMPLES_LIMIT = 10;

/** "and N more — the full list is in the Excel output" under a capped list; nothing when nothing was left out. */
function moreLine(hidden: number, data: ReportData, labels: ReportLabels, template: string = labels.andMore): string {
  return hidden > 0 ? `<p class="more">${escapeHtml(`${template.replace('{count}', number(hidden, data.lang))} — ${labels.fullList}`)}</p>` : '';
}

/** A portfolio rule's findings as the report lists them: record findings with one group (a duplicate id) as one entry. */
interface FindingGroup {
  group: Finding['group'];
  recordIds: string[];
  first: Finding;
}

function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byGroup = new Map<string, FindingGroup>();
  const groups: FindingGroup[] = [];
  findings.forEach((finding, index) => {
    const key = finding.recordId !== undefined && finding.group !== undefined ? JSON.stringify(finding.group) : `#${index}`;
    const known = byGroup.get(key);
    if (known) {
      known.recordIds.push(finding.recordId!);
      return;
    }
    const entry = { group: finding.group, recordIds: finding.recordId === undefined ? [] : [finding.recordId], first: finding };
    byGroup.set(key, entry);
    groups.push(entry);
  });
  return groups;
}

/** Share of clients without findings. */
function passRate(clients: number, withFindings: number): number {
  return clients === 0 ? 1 : (clients - withFindings) / clients;
}

/**
 * Branches or officers: those with portfolio findings first, then the lowest pass rate; the
 * first 30. With a previous report, the change in record findings since then.
 */
function groupTable(data: ReportData, dimension: 'branchId' | 'loanOfficerId', labels: ReportLabels): string {
  const flagged = new Map<string, number>();
  for (const finding of data.portfolioFindings) {
    const value = finding.group?.[dimension];
    if (value !== undefined) flagged.set(value, (flagged.get(value) ?? 0) + 1);
  }
  const ordered = [...data.segments.dimensions[dimension]].sort(
    (a, b) =>
      (flagged.get(b.segment) ?? 0) - (flagged.get(a.segment) ?? 0) ||
      passRate(a.clients, a.clientsWithFindings) - passRate(b.clients, b.clientsWithFindings) ||
      a.segment.localeCompare(b.segment),
  );
  const previous = data.previousByGroup?.[dimension];
  const rows = ordered.slice(0, LIST_LIMIT).map((row) => {
    const portfolio = flagged.get(row.segment) ?? 0;
    return (
      `<tr${portfolio > 0 ? ' class="flag"' : ''}><td>${escapeHtml(row.segment)}</td><td class="n">${number(row.clients, data.lang)}</td>` +
      `<td class="n">${number(row.clientsWithFindings, data.lang)}</td><td class="n">${percent(passRate(row.clients, row.clientsWithFindings), data.lang)}</td>` +
      `<td class="n">${number(row.findings, data.lang)}</td><td class="n">${number(row.errors, data.lang)}</td><td class="n">${number(portfolio, data.lang)}</td>` +
      `${previous ? `<td class="n">${change(row.findings - (previous.get(row.segment) ?? 0), data.lang)}</td>` : ''}</tr>`
    );
  });
  return (
    scrollTable(
      labels[dimension === 'branchId' ? 'byBranch' : 'byLoanOfficer'],
      [
        { text: labels[dimension] },
        { text: labels.clients, numeric: true },
        { text: labels.clientsWithFindings, numeric: true },
        { text: labels.passRate, numeric: true },
        { text: labels.count, numeric: true },
        { text: labels.errors, numeric: true },
        { text: labels.portfolioFindings, numeric: true },
        ...(previous ? [{ text: labels.change, numeric: true }] : []),
      ],
      rows,
    ) + moreLine(ordered.length - rows.length, data, labels)
  );
}

/**
 * One row per portfolio rule (most severe, then most findings first), its findings behind
 * `<details>`: one entry per group (the records sharing a national id are one entry), the
 * first 10 and "and N more".
 */
function portfolioTable(data: ReportData, labels: ReportLabels): string {
  const byRule = new Map<string, Finding[]>();
  for (const finding of data.portfolioFindings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const titles = new Map(data.byRule.map((rule) => [rule.ruleId, rule.title]));
  const rules = [...byRule].sort(
    ([a, first], [b, second]) =>
      (SEVERITY_RANK[first[0]!.severity] ?? 3) - (SEVERITY_RANK[second[0]!.severity] ?? 3) || second.length - first.length || a.localeCompare(b),
  );
  const rows = rules.map(([ruleId, findings]) => {
    const groups = groupFindings(findings);
    const examples = groups
      .slice(0, EXAMPLES_LIMIT)
      .map(({ group, recordIds, first }) => {
        const where = [groupText(group), recordIds.join(', ')].filter(Boolean).join(' · ');
        return `<li><b>${escapeHtml(where)}</b> — ${escapeHtml(first.message)}</li>`;
      })
      .join('');
    const size =
      groups.length === findings.length
        ? ''
        : `<p class="meta">${escapeHtml(labels.groupsOfRecords.replace('{groups}', number(groups.length, data.lang)).replace('{records}', number(findings.length, data.lang)))}</p>`;
    return (
      `<tr>${severityCell(findings[0]!.severity, labels)}<td><details${rules.length === 1 ? ' open' : ''}><summary>${escapeHtml(titles.get(ruleId) ?? ruleId)}</summary>` +
      `${findings[0]!.suggestion ? `<p class="suggestion">${escapeHtml(findings[0]!.suggestion)}</p>` : ''}<ul>${examples}</ul>${moreLine(groups.length - EXAMPLES_LIMIT, data, labels)}</details>${size}<code>${escapeHtml(ruleId)}</code></td>` +
      `<td class="n">${number(groups.length, data.lang)}</td></tr>`
    );
  });
  return scrollTable(labels.portfolioFindings, [{ text: labels.severity }, { text: labels.rule }, { text: labels.count, numeric: true }], rows);
}

function segmentSection(rows: readonly SegmentRow[], title: string, data: ReportData, labels: ReportLabels): string {
  const body = rows.map(
    (row) =>
      `<tr><td>${escapeHtml(valueLabel(row.segment, data.lang))}</td><td class="n">${number(row.clients, data.lang)}</td><td class="n">${percent(row.share, data.lang)}</td>` +
      `<td class="n">${number(row.clientsWithFindings, data.lang)}</td><td class="n">${number(row.findings, data.lang)}</td></tr>`,
  );
  return (
    `<section><h3>${escapeHtml(title)}</h3>` +
    svgBarChart(
      rows.map((row) => ({
        label: valueLabel(row.segment, data.lang),
        value: row.clients,
        text: `${number(row.clients, data.lang)} (${percent(row.share, data.lang)})`,
      })),
      title,
    ) +
    scrollTable(
      title,
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
    (rows.length === 0
      ? ''
      : scrollTable(labels.input, [{ text: labels.fields }, { text: labels.reading }, { text: labels.how }, { text: labels.note }], rows)) +
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
    [labels.errors, severities['error'] ?? 0],
    [labels.warnings, severities['warning'] ?? 0],
    [labels.infos, severities['info'] ?? 0],
    [labels.inputProblems, data.summary.inputProblems],
    [labels.portfolioFindings, data.portfolioFindings.length],
  ] as const;
  const records = data.summary.records;
  const ruleRows = data.byRule.slice(0, LIST_LIMIT).map((rule) => {
    const examples =
      rule.examples.length === 0
        ? ''
        : `<details><summary>${escapeHtml(labels.examples)}</summary>${rule.examples.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ')}${moreLine(rule.records - rule.examples.length, data, labels)}</details>`;
    const pass = rule.records === 0 ? '—' : percent(passRate(records, rule.records), lang);
    return (
      `<tr><td>${escapeHtml(rule.title)}<br><code>${escapeHtml(rule.ruleId)}</code>${examples}</td>${severityCell(rule.severity, labels)}` +
      `<td class="n">${number(rule.count, lang)}</td><td class="n">${pass}</td>${data.previous ? `<td class="n">${change(rule.count - (data.previous.get(rule.ruleId) ?? 0), lang)}</td>` : ''}</tr>`
    );
  });
  const byRule =
    data.byRule.length === 0
      ? `<p>${escapeHtml(labels.noFindings)}</p>`
      : svgBarChart(
          data.byRule.slice(0, 15).map((rule) => ({ label: rule.title, value: rule.count, text: number(rule.count, lang) })),
          labels.byRule,
        ) +
        scrollTable(
          labels.byRule,
          [
            { text: labels.rule },
            { text: labels.severity },
            { text: labels.count, numeric: true },
            { text: labels.passRate, numeric: true },
            ...(data.previous ? [{ text: labels.change, numeric: true }] : []),
          ],
          ruleRows,
        ) +
        moreLine(data.byRule.length - ruleRows.length, data, labels);
  const portfolioSection = data.portfolioFindings.length === 0 ? `<p>${escapeHtml(labels.noFindings)}</p>` : portfolioTable(data, labels);
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
        label: valueLabel(row.povertyLevel, lang),
        value: row.share,
        text: `${percent(row.share, lang)} (${number(row.clients, lang)})`,
      })),
      labels.newClients,
    ) +
    scrollTable(
      labels.newClients,
      [{ text: labels.povertyLevel }, { text: labels.clients, numeric: true }, { text: labels.share, numeric: true }],
      newClients.byPovertyLevel.map(
        (row) =>
          `<tr><td>${escapeHtml(valueLabel(row.povertyLevel, lang))}</td><td class="n">${number(row.clients, lang)}</td><td class="n">${percent(row.share, lang)}</td></tr>`,
      ),
    ) +
    '</section>';
  const toFix = data.recordsToFix.records.flatMap((record) =>
    record.findings.map(
      (finding, index) =>
        `<tr>${index === 0 ? `<td rowspan="${record.findings.length}">${escapeHtml(record.recordId ?? '')}</td><td class="n" rowspan="${record.findings.length}">${escapeHtml(record.line ?? '')}</td>` : ''}` +
        `${severityCell(finding.severity, labels)}<td>${finding.fields.map((field) => `<span class="field" title="${escapeHtml(field)}">${escapeHtml(fieldTitle(field, lang))}</span>`).join(', ')}</td>` +
        `<td>${escapeHtml(finding.message)}${finding.suggestion ? `<br><span class="suggestion">${escapeHtml(finding.suggestion)}</span>` : ''}</td></tr>`,
    ),
  );
  const more = moreLine(data.recordsToFix.notListed, data, labels, labels.moreRecords);
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
<main>
<section id="summary"><h2>${escapeHtml(labels.summary)}</h2><div class="cards">${cards.map(([label, value]) => `<div class="card">${escapeHtml(label)}<b>${number(value, lang)}</b></div>`).join('')}</div></section>
<section id="portfolio"><h2>${escapeHtml(labels.portfolioFindings)}</h2>${portfolioSection}</section>
<section id="by-rule"><h2>${escapeHtml(labels.byRule)}</h2>${byRule}</section>
<section id="by-branch"><h2>${escapeHtml(labels.byBranch)}</h2>${groupTable(data, 'branchId', labels)}</section>
<section id="by-loan-officer"><h2>${escapeHtml(labels.byLoanOfficer)}</h2>${groupTable(data, 'loanOfficerId', labels)}</section>
<section id="segments"><h2>${escapeHtml(labels.segments)}</h2>${newClientsSection}<div class="segments">${dimensions.map((dimension) => segmentSection(data.segments.dimensions[dimension], labels[dimension], data, labels)).join('')}</div></section>
<section id="records-to-fix"><h2>${escapeHtml(labels.recordsToFix)}</h2>${
    toFix.length === 0
      ? `<p>${escapeHtml(labels.noFindings)}</p>`
      : scrollTable(
          labels.recordsToFix,
          [{ text: labels.record }, { text: labels.line, numeric: true }, { text: labels.severity }, { text: labels.fields }, { text: labels.message }],
          toFix,
        )
  }${more}</section>
${inputSection(data, labels)}
</main>
</body>
</html>
`;
}
