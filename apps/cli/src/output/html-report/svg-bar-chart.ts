import { escapeHtml } from './escape-html.ts';

/** One bar: its label, its length and the text written after it. */
export interface Bar {
  label: string;
  value: number;
  text: string;
}

const ROW_HEIGHT = 22;
const LABEL_WIDTH = 130;
const WIDTH = 520;

/**
 * A horizontal bar chart as inline SVG: no script, no network, scales with the page (viewBox)
 * and prints. Labels are escaped and cut to 20 characters (the full text is in the title).
 *
 * @example
 * svgBarChart([{ label: 'rural', value: 0.55, text: '55 %' }], 'Area')
 */
export function svgBarChart(bars: readonly Bar[], title: string): string {
  const largest = Math.max(0, ...bars.map((bar) => bar.value));
  const barSpace = WIDTH - LABEL_WIDTH - 70;
  const height = bars.length * ROW_HEIGHT + 4;
  const rows = bars.map((bar, index) => {
    const y = index * ROW_HEIGHT + 2;
    const length = largest > 0 ? Math.max(1, (bar.value / largest) * barSpace) : 1;
    const label = bar.label.length > 20 ? `${bar.label.slice(0, 19)}…` : bar.label;
    return (
      `<g><title>${escapeHtml(bar.label)}: ${escapeHtml(bar.text)}</title>` +
      `<text x="${LABEL_WIDTH - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(label)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${length.toFixed(1)}" height="${ROW_HEIGHT - 6}" rx="2"></rect>` +
      `<text x="${(LABEL_WIDTH + length + 5).toFixed(1)}" y="${y + 15}">${escapeHtml(bar.text)}</text></g>`
    );
  });
  return `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${WIDTH} ${height}">${rows.join('')}</svg>`;
}
