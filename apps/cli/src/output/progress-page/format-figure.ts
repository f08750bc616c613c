import type { IndicatorSeries } from '@social-lens/rules/indicators';

type Unit = IndicatorSeries['unit'];

const formats = new Map<string, Intl.NumberFormat>();

function formatOf(lang: string, style: 'percent' | 'decimal', digits: number): Intl.NumberFormat {
  const key = `${lang}|${style}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { style, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format;
}

/**
 * An indicator figure for people: shares and rates as percentages with one decimal, counts as
 * whole numbers, means and medians with up to two decimals, in the reader's language; `—` for
 * no value.
 *
 * @example
 * formatFigure(0.6151, 'share', 'en') // → '61.5%'
 * formatFigure(1524.26, 'mean', 'bs') // → '1.524,26'
 */
export function formatFigure(value: number | null | undefined, unit: Unit, lang: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (unit === 'share' || unit === 'rate') return formatOf(lang, 'percent', 1).format(value);
  return formatOf(lang, 'decimal', unit === 'count' ? 0 : 2).format(value);
}

/** A whole number in the reader's language. */
export function formatCount(value: number | undefined, lang: string): string {
  return value === undefined ? '—' : formatOf(lang, 'decimal', 0).format(value);
}

/** A change per year: percentage points for shares and rates, the unit's own otherwise, with a sign. */
export function formatPace(value: number | null | undefined, unit: Unit, lang: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  if (unit === 'share' || unit === 'rate') return `${sign}${formatOf(lang, 'decimal', 1).format(Math.abs(value) * 100)} pp`;
  return `${sign}${formatOf(lang, 'decimal', 2).format(Math.abs(value))}`;
}
