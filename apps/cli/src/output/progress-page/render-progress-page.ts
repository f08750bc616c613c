import type { GroupFigure, IndicatorSeries, ObjectiveProgress, ProgressReport, Transition } from '@social-lens/rules/indicators';
import { escapeHtml } from '../html-report/escape-html.ts';
import { type ColumnHeader, scrollTable } from '../html-report/scroll-table.ts';
import { svgBarChart } from '../html-report/svg-bar-chart.ts';
import { formatCount, formatFigure, formatPace } from './format-figure.ts';
import { type ProgressLabels, progressLabels } from './progress-labels.ts';
import { svgFlowChart } from './svg-flow-chart.ts';
import { svgSeriesChart } from './svg-series-chart.ts';

const STYLE = `
:root{--ink:#1d2433;--muted:#5b6478;--line:#d9dde5;--bar:#3e6fb0;--met:#067647;--on-track:#175cd3;--behind:#b54708;--overdue:#b42318;--no-data:#5b6478}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0 auto;padding:16px;max-width:1100px}
h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin:1.6em 0 .5em;border-bottom:2px solid var(--line);padding-bottom:.2em}h3{font-size:1em;margin:1em 0 .4em}
.meta{color:var(--muted)}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.93em;margin:.3em 0 .8em}th,td{border-bottom:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top}
th{background:#f4f6f9;font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.panels{display:grid;grid-template-columns:repeat(auto-fit,minmax(340px,1fr));gap:12px}
.panel{border:1px solid var(--line);border-radius:6px;padding:10px 12px;break-inside:avoid}
.panel h3{margin-top:0}.panel p{margin:.3em 0}
.status{display:inline-block;font-weight:600;border-radius:4px;padding:0 6px;border:1px solid currentColor}
.status-met{color:var(--met)}.status-on-track{color:var(--on-track)}.status-behind{color:var(--behind)}.status-overdue{color:var(--overdue)}.status-no-data{color:var(--no-data)}
dl.figures{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:.4em 0;font-size:.92em}dl.figures dt{color:var(--muted)}dl.figures dd{margin:0;font-variant-numeric:tabular-nums}
.series-chart,.flow-chart{width:100%;height:auto;display:block;margin:.4em 0}.flow-chart{max-width:560px}
.series-chart text,.flow-chart text{font-size:13px;fill:var(--ink)}.series-chart .axis,.flow-chart .axis{fill:var(--muted);font-size:12px}
.series-chart .grid{stroke:var(--line);stroke-width:1}.series-chart .series{fill:none;stroke:var(--bar);stroke-width:2.5}
.series-chart .point{fill:var(--bar)}.series-chart .path{stroke:var(--muted);stroke-width:1.5;stroke-dasharray:6 4}
.series-chart .baseline rect{fill:#fff;stroke:var(--muted);stroke-width:2}.series-chart .target rect{fill:var(--met)}.series-chart .expected rect{fill:none;stroke:var(--behind);stroke-width:2}
.flow-chart .node{fill:var(--bar)}.flow-chart .band{fill:none;stroke:#9db4d6;stroke-opacity:.55}.flow-chart .band.stay{stroke:#3e6fb0;stroke-opacity:.45}
.chart{width:100%;max-width:560px;height:auto;display:block;margin:.4em 0 1em}.chart text{font-size:12px;fill:var(--ink)}.chart rect{fill:var(--bar)}
.segments{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:0 24px}
details{border-top:1px solid var(--line);padding:.4em 0}summary{cursor:pointer;font-weight:600}
.note{color:var(--muted);font-size:.9em}
code{font-size:.9em;word-break:break-all}ul.problems code{white-space:nowrap;word-break:normal;color:var(--muted)}
ul.problems li{margin:.2em 0}
@media (max-width:600px){body{padding:10px;font-size:14px}th,td{padding:4px 5px}.panels{grid-template-columns:1fr}}
@media print{body{max-width:none;padding:0;font-size:11px}h2{break-after:avoid}table,svg,.panel{break-inside:avoid}.scroll{overflow:visible}details::details-content{content-visibility:visible;display:block}}
`;

interface Context {
  lang: string;
  labels: ProgressLabels;
  series: ReadonlyMap<string, IndicatorSeries>;
}

/** A segment fact as readers call it ("Branch"), or its own name for facts the labels do not know. */
function segmentTitle(fact: string, labels: ProgressLabels): string {
  return (labels as Record<string, string>)[`segment.${fact}`] ?? fact;
}

/** A table in a focusable scroll region named after its first column. */
function table(headers: readonly ColumnHeader[], rows: readonly string[]): string {
  return scrollTable(headers[0]?.text ?? '', headers, rows);
}

function statusBadge(status: ObjectiveProgress['status'], labels: ProgressLabels): string {
  return `<span class="status status-${escapeHtml(status)}">${escapeHtml(labels[status])}</span>`;
}

function objectivePanel(objective: ObjectiveProgress, text: string | undefined, context: Context): string {
  const { labels, lang } = context;
  const indicator = objective.indicator ? context.series.get(objective.indicator) : undefined;
  const unit = indicator?.unit ?? 'count';
  const format = (value: number | null | undefined): string => formatFigure(value, unit, lang);
  const figures: Array<[string, string]> = [
    [
      labels.indicator,
      indicator ? `${indicator.title}${objective.linkedBy === 'text' ? ` (${labels.linkedByText}, ${objective.confidence ?? ''})` : ''}` : labels.unlinked,
    ],
    [
      labels.baseline,
      objective.baseline === null || objective.baseline === undefined
        ? '—'
        : `${format(objective.baseline)}${objective.baselineDate ? ` (${objective.baselineDate})` : ''}`,
    ],
    [
      labels.target,
      objective.target === null || objective.target === undefined ? '—' : `${format(objective.target)}${objective.deadline ? ` (${objective.deadline})` : ''}`,
    ],
    [labels.current, `${format(objective.current)}${objective.currentAsOf ? ` (${objective.currentAsOf})` : ''}`],
    [labels.expected, format(objective.expected)],
  ];
  if (objective.pacePerYear) {
    figures.push(
      [labels.paceNeeded, formatPace(objective.pacePerYear.needed, unit, lang)],
      [labels.paceObserved, formatPace(objective.pacePerYear.observed, unit, lang)],
    );
  }
  const chart = indicator
    ? svgSeriesChart({
        title: `${objective.objectiveId}: ${indicator.title}`,
        points: indicator.values.map((value) => ({ date: value.asOf, value: value.value ?? null })),
        ...(objective.baseline !== null && objective.baseline !== undefined && objective.baselineDate
          ? { baseline: { date: objective.baselineDate, value: objective.baseline } }
          : {}),
        ...(objective.target !== null && objective.target !== undefined && objective.deadline
          ? { target: { date: objective.deadline, value: objective.target } }
          : {}),
        ...(objective.expected !== null && objective.expected !== undefined && objective.currentAsOf
          ? { expected: { date: objective.currentAsOf, value: objective.expected } }
          : {}),
        format: (value) => format(value),
        fraction: unit === 'share' || unit === 'rate',
        labels: { baseline: labels.baseline, target: labels.target, expected: labels.expected },
      })
    : '';
  return (
    `<article class="panel"><h3>${escapeHtml(objective.objectiveId)} ${statusBadge(objective.status, labels)}</h3>` +
    (text ? `<p>${escapeHtml(text)}</p>` : '') +
    `<dl class="figures">${figures.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>` +
    chart +
    (objective.reason ? `<p class="note">${escapeHtml(objective.reason)}</p>` : '') +
    '</article>'
  );
}

function figureCells(figure: Omit<GroupFigure, 'group'>, unit: IndicatorSeries['unit'], lang: string): string {
  const value = figure['distribution']
    ? Object.entries(figure['distribution'])
        .map(([name, share]) => `${name}: ${formatFigure(share, 'share', lang)}`)
        .join(', ')
    : formatFigure(figure['value'], unit, lang);
  return (
    `<td class="${figure['distribution'] ? '' : 'n'}">${escapeHtml(value)}</td><td class="n">${escapeHtml(unit === 'median' || figure['distribution'] ? '' : formatFigure(figure['numerator'], unit === 'mean' ? 'mean' : 'count', lang))}</td>` +
    `<td class="n">${escapeHtml(formatCount(figure['denominator'], lang))}</td><td class="n">${escapeHtml(formatCount(figure['excluded'], lang))}</td>`
  );
}

function indicatorSection(indicator: IndicatorSeries, context: Context): string {
  const { labels, lang } = context;
  const headers = [
    { text: labels.value, numeric: true },
    { text: labels.numerator, numeric: true },
    { text: labels.denominator, numeric: true },
    { text: labels.excluded, numeric: true },
  ];
  const values = table(
    [{ text: labels.asOf }, { text: labels.period }, ...headers],
    indicator.values.map(
      (value) => `<tr><td>${escapeHtml(value.asOf)}</td><td>${escapeHtml(`${value.from} – ${value.to}`)}</td>${figureCells(value, indicator.unit, lang)}</tr>`,
    ),
  );
  const latest = indicator.values.at(-1);
  const segments = Object.entries(latest?.segments ?? {})
    .filter(([, groups]) => groups.length > 0)
    .map(([fact, groups]) => {
      const chart = groups.some((group) => group.distribution)
        ? ''
        : svgBarChart(
            groups
              .filter((group) => group.value !== null && group.value !== undefined)
              .map((group) => ({ label: group.group, value: group.value!, text: formatFigure(group.value, indicator.unit, lang) })),
            `${indicator.title}: ${fact}`,
          );
      return `<section><h3>${escapeHtml(segmentTitle(fact, labels))}</h3>${chart}${table(
        [{ text: labels.group }, ...headers],
        groups.map((group) => `<tr><td>${escapeHtml(group.group)}</td>${figureCells(group, indicator.unit, lang)}</tr>`),
      )}</section>`;
    });
  return (
    `<details id="${escapeHtml(indicator.id)}"><summary>${escapeHtml(indicator.title)} — ${escapeHtml(latest?.distribution ? '' : formatFigure(latest?.value, indicator.unit, lang))}</summary>` +
    `<p class="note">${escapeHtml(indicator.description)} <code>${escapeHtml(indicator.id)}</code></p>` +
    values +
    (segments.length > 0 ? `<h3>${escapeHtml(labels.segments)} (${escapeHtml(latest?.asOf ?? '')})</h3><div class="segments">${segments.join('')}</div>` : '') +
    '</details>'
  );
}

function transitionSection(transition: Transition, context: Context): string {
  const { labels, lang } = context;
  const targets: string[] = [];
  for (const row of Object.values(transition.counts)) for (const target of Object.keys(row)) if (!targets.includes(target)) targets.push(target);
  const sources = Object.keys(transition.counts);
  targets.sort((a, b) => (sources.indexOf(a) === -1 ? 1e6 : sources.indexOf(a)) - (sources.indexOf(b) === -1 ? 1e6 : sources.indexOf(b)));
  const rows = sources.map((from) => {
    const row = transition.counts[from] ?? {};
    const total = Object.values(row).reduce((sum, count) => sum + count, 0);
    return `<tr><th>${escapeHtml(from)}</th>${targets.map((to) => `<td class="n">${escapeHtml(row[to] ? formatCount(row[to], lang) : '·')}</td>`).join('')}<td class="n">${escapeHtml(formatCount(total, lang))}</td></tr>`;
  });
  const facts = [
    `${formatCount(transition.matched, lang)} ${labels.matched}${transition.matchedByNationalId ? ` (${formatCount(transition.matchedByNationalId, lang)} ${labels.matchedByNationalId})` : ''}`,
    `${formatCount(transition.onlyInOld, lang)} ${labels.onlyInOld} (${formatCount(transition.onlyInOldListed, lang)} ${labels.onlyInOldListed})`,
    `${formatCount(transition.onlyInNew, lang)} ${labels.onlyInNew}`,
  ];
  if (transition.excluded > 0) facts.push(`${formatCount(transition.excluded, lang)} ${labels.transitionExcluded}`);
  return (
    `<section class="transition"><h3>${escapeHtml(segmentTitle(transition.field, labels))}: ${escapeHtml(transition.from)} → ${escapeHtml(transition.to)}</h3>` +
    `<ul>${facts.map((fact) => `<li>${escapeHtml(fact)}</li>`).join('')}</ul>` +
    svgFlowChart({
      title: `${transition.field} ${transition.from} → ${transition.to}`,
      fromLabel: transition.from,
      toLabel: transition.to,
      counts: transition.counts,
      format: (count) => formatCount(count, lang),
    }) +
    table([{ text: labels.fromTo }, ...targets.map((target) => ({ text: target, numeric: true })), { text: labels.total, numeric: true }], rows) +
    '</section>'
  );
}

function list(items: readonly string[], none: string): string {
  return items.length === 0 ? `<p>${escapeHtml(none)}</p>` : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

/** What the page needs besides the report: the reader's language and the objectives' texts. */
export interface ProgressPageOptions {
  lang: string;
  /** Objective id → its text, shown in its panel. */
  objectiveTexts?: ReadonlyMap<string, string>;
}

/**
 * Renders a progress report as one self-contained HTML page, like the check report: inline CSS
 * and SVG, no script, no request to anywhere. One panel per objective (its indicator's series,
 * baseline, target path and status), the indicators with their segment tables and charts, the
 * movement between snapshots as tables and flow charts, coverage, and the input's problems.
 * Every value from the data is escaped.
 *
 * @example
 * writeFileSync('progress.html', renderProgressPage(report, { lang: 'ru' }))
 */
export function renderProgressPage(report: ProgressReport, options: ProgressPageOptions): string {
  const lang = options.lang;
  const labels = progressLabels(lang);
  const context: Context = { lang, labels, series: new Map(report.indicators.map((indicator) => [indicator.id, indicator])) };
  const snapshots = table(
    [{ text: labels.file }, { text: labels.asOf }, { text: labels.period }, { text: labels.records, numeric: true }],
    report.snapshots.map(
      (snapshot) =>
        `<tr><td>${escapeHtml(snapshot.file)}</td><td>${escapeHtml(snapshot.asOf)}</td><td>${escapeHtml(`${snapshot.from} – ${snapshot.to}`)}</td><td class="n">${escapeHtml(formatCount(snapshot.records, lang))}</td></tr>`,
    ),
  );
  const problems =
    report.problems.length === 0
      ? ''
      : `<section id="problems"><h2>${escapeHtml(labels.problems)}</h2><ul class="problems">${report.problems.map((problem) => `<li>${escapeHtml(problem.message)} <code>${escapeHtml(problem.code)}</code></li>`).join('')}</ul></section>`;
  const objectives =
    report.objectives.length === 0
      ? `<p>${escapeHtml(labels.noObjectives)}</p>`
      : `<div class="panels">${report.objectives.map((objective) => objectivePanel(objective, options.objectiveTexts?.get(objective.objectiveId), context)).join('')}</div>`;
  const overview = table(
    [{ text: labels.indicator }, ...report.snapshots.map((snapshot) => ({ text: snapshot.asOf, numeric: true }))],
    report.indicators.map(
      (indicator) =>
        `<tr><td><a href="#${escapeHtml(indicator.id)}">${escapeHtml(indicator.title)}</a></td>${indicator.values
          .map((value) => `<td class="n">${escapeHtml(value.distribution ? '…' : formatFigure(value.value, indicator.unit, lang))}</td>`)
          .join('')}</tr>`,
    ),
  );
  const { coverage } = report;
  const coverageSection =
    `<h3>${escapeHtml(labels.unusedColumns)}</h3>${list(
      coverage.unusedColumns.map((column) => `<code>${escapeHtml(column)}</code>`),
      labels.none,
    )}` +
    `<h3>${escapeHtml(labels.missingFields)}</h3>${list(
      coverage.missingFields.map(
        (item) => `${escapeHtml(context.series.get(item.indicator)?.title ?? item.indicator)}: <code>${escapeHtml(item.fields.join(', '))}</code>`,
      ),
      labels.none,
    )}` +
    ((coverage.missingSegments ?? []).length > 0
      ? `<h3>${escapeHtml(labels.missingSegments)}</h3>${list(
          (coverage.missingSegments ?? []).map((segment) => `<code>${escapeHtml(segment)}</code>`),
          labels.none,
        )}`
      : '') +
    (coverage.notes.length > 0 ? `<ul>${coverage.notes.map((note) => `<li class="note">${escapeHtml(note.message)}</li>`).join('')}</ul>` : '');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(labels.title)} — ${escapeHtml(report.snapshots.map((snapshot) => snapshot.asOf).join(', '))}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(labels.title)}</h1></header>
<section id="snapshots"><h2>${escapeHtml(labels.snapshots)}</h2>${snapshots}</section>
${problems}
<section id="objectives"><h2>${escapeHtml(labels.objectives)}</h2>${objectives}</section>
<section id="indicators"><h2>${escapeHtml(labels.indicators)}</h2>${overview}${report.indicators.map((indicator) => indicatorSection(indicator, context)).join('')}</section>
<section id="transitions"><h2>${escapeHtml(labels.transitions)}</h2>${report.transitions.length === 0 ? `<p>${escapeHtml(labels.none)}</p>` : report.transitions.map((transition) => transitionSection(transition, context)).join('')}</section>
<section id="coverage"><h2>${escapeHtml(labels.coverage)}</h2>${coverageSection}</section>
</body>
</html>
`;
}
