import { escapeHtml } from './escape-html.ts';

/** One bar: its label, its length and the text written after it. */
export interface Bar {
  label: string;
  value: number;
  text: string;
}

const ROW_HEIGHT = 24;
const WIDTH = 460;
/** A generous width of one character at the chart's 12px font, so estimated text never runs past its column. */
const CHARACTER_WIDTH = 7.4;
const LABEL_CHARACTERS = 24;
const GAP = 6;
/** Room left of the labels: a glyph's side bearing may reach a pixel past x=0. */
const PAD = 4;

/** Text cut to `limit` characters with an ellipsis; the caller keeps the full text in a `<title>`. */
function fitted(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/**
 * A horizontal bar chart as inline SVG: no script, no network, scales with the page (viewBox)
 * and prints. The label column is as wide as the longest label (at most 24 characters, longer
 * labels end in "…") and the value column as wide as the longest value, so neither is ever
 * cut off by the viewport; every row's `<title>` holds the full label and value.
 *
 * @example
 * svgBarChart([{ label: 'rural', value: 0.55, text: '55 %' }], 'Area')
 */
export function svgBarChart(bars: readonly Bar[], title: string): string {
  const largest = Math.max(0, ...bars.map((bar) => bar.value));
  const labelWidth = Math.ceil(Math.min(LABEL_CHARACTERS, Math.max(1, ...bars.map((bar) => bar.label.length))) * CHARACTER_WIDTH);
  const valueWidth = Math.ceil(Math.max(1, ...bars.map((bar) => bar.text.length)) * CHARACTER_WIDTH);
  const barSpace = Math.max(40, WIDTH - PAD - labelWidth - valueWidth - 3 * GAP);
  const width = PAD + labelWidth + barSpace + valueWidth + 3 * GAP;
  const height = bars.length * ROW_HEIGHT + 4;
  const rows = bars.map((bar, index) => {
    const y = index * ROW_HEIGHT + 2;
    const length = largest > 0 ? Math.max(1, (bar.value / largest) * barSpace) : 1;
    const barX = PAD + labelWidth + GAP;
    return (
      `<g><title>${escapeHtml(bar.label)}: ${escapeHtml(bar.text)}</title>` +
      `<text x="${PAD}" y="${y + 16}">${escapeHtml(fitted(bar.label, LABEL_CHARACTERS))}</text>` +
      `<rect x="${barX}" y="${y + 4}" width="${length.toFixed(1)}" height="${ROW_HEIGHT - 8}" rx="2"></rect>` +
      `<text x="${(barX + length + GAP).toFixed(1)}" y="${y + 16}">${escapeHtml(bar.text)}</text></g>`
    );
  });
  return `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}">${rows.join('')}</svg>`;
}
