import { escapeHtml } from '../html-report/escape-html.ts';

/** A transition matrix to draw: counts[from][to], the values in their order. */
export interface FlowChart {
  title: string;
  fromLabel: string;
  toLabel: string;
  counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
  format: (count: number) => string;
}

const WIDTH = 560;
const COLUMN = 14;
const LEFT = 130;
const RIGHT = WIDTH - 130 - COLUMN;
const TOP = 24;
const GAP = 8;
const SPAN = 240;

function cut(label: string): string {
  return label.length > 18 ? `${label.slice(0, 17)}…` : label;
}

/**
 * A flow chart of a transition matrix as inline SVG: the older values stacked on the left, the
 * newer on the right, a band from each older value to each newer one as wide as the clients who
 * made that move. Bands of clients who stayed are darker. No script; every text escaped.
 *
 * @example
 * svgFlowChart({ title: 'Poverty level', fromLabel: '2026-06-30', toLabel: '2026-12-31', counts: { poor: { poor: 40, 'near-poor': 6 } }, format: String })
 */
export function svgFlowChart(chart: FlowChart): string {
  const sources = Object.keys(chart.counts);
  const targets: string[] = [];
  for (const row of Object.values(chart.counts)) for (const target of Object.keys(row)) if (!targets.includes(target)) targets.push(target);
  // Keep the order both sides share (the codes' order), new values after.
  targets.sort((a, b) => {
    const left = sources.indexOf(a);
    const right = sources.indexOf(b);
    return (left === -1 ? 1e6 : left) - (right === -1 ? 1e6 : right);
  });
  const outTotal = (from: string): number => Object.values(chart.counts[from] ?? {}).reduce((sum, count) => sum + count, 0);
  const inTotal = (to: string): number => sources.reduce((sum, from) => sum + (chart.counts[from]?.[to] ?? 0), 0);
  const total = sources.reduce((sum, from) => sum + outTotal(from), 0);
  if (total === 0) return '';
  const scale = SPAN / total;
  const height = TOP + SPAN + GAP * Math.max(sources.length, targets.length) + 10;
  const place = (names: readonly string[], size: (name: string) => number): Map<string, { y: number; h: number }> => {
    const placed = new Map<string, { y: number; h: number }>();
    let y = TOP;
    for (const name of names) {
      const h = Math.max(1, size(name) * scale);
      placed.set(name, { y, h });
      y += h + GAP;
    }
    return placed;
  };
  const left = place(sources, outTotal);
  const right = place(targets, inTotal);
  const used = new Map<string, number>();
  const parts: string[] = [
    `<text class="axis" x="${LEFT + COLUMN / 2}" y="14" text-anchor="middle">${escapeHtml(chart.fromLabel)}</text>`,
    `<text class="axis" x="${RIGHT + COLUMN / 2}" y="14" text-anchor="middle">${escapeHtml(chart.toLabel)}</text>`,
  ];
  for (const from of sources) {
    let offset = 0;
    const start = left.get(from)!;
    for (const to of targets) {
      const count = chart.counts[from]?.[to] ?? 0;
      if (count === 0) continue;
      const h = count * scale;
      const end = right.get(to)!;
      const endOffset = used.get(to) ?? 0;
      used.set(to, endOffset + h);
      const y1 = start.y + offset + h / 2;
      const y2 = end.y + endOffset + h / 2;
      const x1 = LEFT + COLUMN;
      const x2 = RIGHT;
      const middle = (x1 + x2) / 2;
      parts.push(
        `<path class="band${from === to ? ' stay' : ''}" d="M${x1},${y1.toFixed(1)} C${middle},${y1.toFixed(1)} ${middle},${y2.toFixed(1)} ${x2},${y2.toFixed(1)}" stroke-width="${Math.max(1, h).toFixed(1)}"><title>${escapeHtml(from)} → ${escapeHtml(to)}: ${escapeHtml(chart.format(count))}</title></path>`,
      );
      offset += h;
    }
  }
  for (const [side, placed, x, anchor, labelX] of [
    ['from', left, LEFT, 'end', LEFT - 6],
    ['to', right, RIGHT, 'start', RIGHT + COLUMN + 6],
  ] as const) {
    for (const [name, { y, h }] of placed) {
      const count = side === 'from' ? outTotal(name) : inTotal(name);
      parts.push(
        `<g><title>${escapeHtml(name)}: ${escapeHtml(chart.format(count))}</title><rect class="node" x="${x}" y="${y.toFixed(1)}" width="${COLUMN}" height="${h.toFixed(1)}"></rect>` +
          `<text x="${labelX}" y="${(y + h / 2 + 4).toFixed(1)}" text-anchor="${anchor}">${escapeHtml(cut(name))} (${escapeHtml(chart.format(count))})</text></g>`,
      );
    }
  }
  return `<svg class="flow-chart" role="img" aria-label="${escapeHtml(chart.title)}" viewBox="0 0 ${WIDTH} ${height.toFixed(0)}">${parts.join('')}</svg>`;
}
