import { escapeHtml } from '../html-report/escape-html.ts';

/** What an objective's chart shows: the measured series, and where the objective wants it. */
export interface SeriesChart {
  title: string;
  points: ReadonlyArray<{ date: string; value: number | null }>;
  baseline?: { date: string; value: number };
  target?: { date: string; value: number };
  /** Where the straight path from baseline to target is at the latest snapshot. */
  expected?: { date: string; value: number };
  /** Formats a value for labels and the axis. */
  format: (value: number) => string;
  /** Shares and rates: the axis stays within 0–100 %. */
  fraction: boolean;
  labels: { baseline: string; target: string; expected: string };
}

const WIDTH = 380;
const HEIGHT = 210;
const LEFT = 56;
const RIGHT = 18;
const TOP = 16;
const BOTTOM = 34;
const DAY_MS = 86_400_000;
const MIN_LABEL_GAP = 110;

const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/**
 * An objective's series as inline SVG: each snapshot's value joined by a line, the baseline and
 * the target joined by a dashed target path, the expected value at the latest snapshot marked.
 * No script; every text escaped; scales with the page (viewBox); each mark has a `<title>`.
 *
 * @example
 * svgSeriesChart({ title: 'Women', points: [{ date: '2026-06-30', value: 0.61 }], format: String, fraction: true, labels })
 */
export function svgSeriesChart(chart: SeriesChart): string {
  const known = chart.points.filter((point): point is { date: string; value: number } => point.value !== null);
  const marks = [...known, ...[chart.baseline, chart.target, chart.expected].filter((mark) => mark !== undefined)];
  if (marks.length === 0) return '';
  const days = marks.map((mark) => dayOf(mark.date));
  let first = Math.min(...days);
  let last = Math.max(...days);
  if (last - first < 30) {
    first -= 15;
    last += 15;
  }
  const values = marks.map((mark) => mark.value);
  let low = Math.min(...values);
  let high = Math.max(...values);
  const pad = (high - low || Math.abs(high) || 1) * 0.15;
  low -= pad;
  high += pad;
  if (chart.fraction) {
    low = Math.max(0, low);
    high = Math.min(1, high);
  }
  if (high <= low) high = low + 1;
  const x = (date: string): number => LEFT + ((dayOf(date) - first) / (last - first)) * (WIDTH - LEFT - RIGHT);
  const y = (value: number): number => TOP + (1 - (value - low) / (high - low)) * (HEIGHT - TOP - BOTTOM);
  const parts: string[] = [];
  for (let tick = 0; tick <= 4; tick += 1) {
    const value = low + ((high - low) * tick) / 4;
    const at = y(value).toFixed(1);
    parts.push(
      `<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${at}" y2="${at}"></line><text class="axis" x="${LEFT - 6}" y="${(y(value) + 4).toFixed(1)}" text-anchor="end">${escapeHtml(chart.format(value))}</text>`,
    );
  }
  // Date labels far enough apart not to overlap (a YYYY-MM-DD label is about 70 units wide, centred); the last one always.
  const dates = [...new Set(marks.map((mark) => mark.date))].sort();
  const shown: string[] = [];
  for (const date of dates) {
    const previous = shown.at(-1);
    if (previous !== undefined && x(date) - x(previous) < MIN_LABEL_GAP) {
      if (date === dates.at(-1)) shown[shown.length - 1] = date;
      continue;
    }
    shown.push(date);
  }
  for (const [index, date] of shown.entries()) {
    const anchor = index === 0 && shown.length > 1 ? 'start' : index === shown.length - 1 && shown.length > 1 ? 'end' : 'middle';
    parts.push(`<text class="axis" x="${x(date).toFixed(1)}" y="${HEIGHT - 10}" text-anchor="${anchor}">${escapeHtml(date)}</text>`);
  }
  if (chart.baseline && chart.target) {
    parts.push(
      `<line class="path" x1="${x(chart.baseline.date).toFixed(1)}" y1="${y(chart.baseline.value).toFixed(1)}" x2="${x(chart.target.date).toFixed(1)}" y2="${y(chart.target.value).toFixed(1)}"><title>${escapeHtml(chart.labels.baseline)} → ${escapeHtml(chart.labels.target)}</title></line>`,
    );
  }
  if (known.length > 1)
    parts.push(`<polyline class="series" points="${known.map((point) => `${x(point.date).toFixed(1)},${y(point.value).toFixed(1)}`).join(' ')}"></polyline>`);
  for (const point of known) {
    const text = chart.format(point.value);
    parts.push(
      `<g><title>${escapeHtml(point.date)}: ${escapeHtml(text)}</title><circle class="point" cx="${x(point.date).toFixed(1)}" cy="${y(point.value).toFixed(1)}" r="4"></circle>` +
        `<text class="value" x="${x(point.date).toFixed(1)}" y="${(y(point.value) - 9).toFixed(1)}" text-anchor="middle">${escapeHtml(text)}</text></g>`,
    );
  }
  const mark = (kind: 'baseline' | 'target' | 'expected', at: { date: string; value: number } | undefined): void => {
    if (!at) return;
    const text = `${chart.labels[kind]}: ${chart.format(at.value)} (${at.date})`;
    const cx = x(at.date).toFixed(1);
    const cy = y(at.value).toFixed(1);
    parts.push(
      `<g class="${kind}"><title>${escapeHtml(text)}</title><rect x="${(Number(cx) - 4).toFixed(1)}" y="${(Number(cy) - 4).toFixed(1)}" width="8" height="8"></rect></g>`,
    );
  };
  mark('baseline', chart.baseline);
  mark('target', chart.target);
  mark('expected', chart.expected);
  return `<svg class="series-chart" role="img" aria-label="${escapeHtml(chart.title)}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join('')}</svg>`;
}
