import type { IndicatorUnit } from './indicator-types.ts';
import type { ProgressProblem } from './progress-problems.ts';

const DECIMAL = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const SPACES = /[\s\u00a0\u202f']/g;

/** A baseline or target as understood for its indicator's unit, with what was assumed. */
export interface UnderstoodFigure {
  value?: number;
  /** A `unit-understood` note, or a `unit-mismatch` / `unreadable-figure` problem (then no value). */
  problem?: ProgressProblem;
}

function parseNumber(text: string): number | undefined {
  let compact = text.replace(SPACES, '');
  // One comma and no dot: a decimal comma (0,45), as most of the region writes it.
  if (!compact.includes('.') && compact.split(',').length === 2) compact = compact.replace(',', '.');
  return DECIMAL.test(compact) ? Number(compact) : undefined;
}

function shown(raw: number | string): string {
  return typeof raw === 'number' ? String(raw) : `"${raw}"`;
}

/**
 * Reads an objective's baseline or target for an indicator of `unit`. Shares and rates are
 * fractions: `0.45` is taken as written, `"45%"` and a bare `45` are understood as 0.45 and
 * say so (`unit-understood`); more than 100 cannot be a share (`unit-mismatch`). Counts, means
 * and medians take numbers as written; a percentage for them is a `unit-mismatch`.
 *
 * @example
 * readObjectiveFigure('45%', 'share', { name: 'target', objectiveId: 'o1' }).value // → 0.45
 * readObjectiveFigure(45, 'share', { name: 'target', objectiveId: 'o1' }).problem?.code // → 'unit-understood'
 */
export function readObjectiveFigure(
  raw: number | string | null | undefined,
  unit: IndicatorUnit,
  where: { name: 'baseline' | 'target'; objectiveId: string; path?: string },
): UnderstoodFigure {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return {};
  const at = { objectiveId: where.objectiveId, ...(where.path === undefined ? {} : { path: where.path }) };
  const name = `objective ${where.objectiveId}: ${where.name}`;
  const text = typeof raw === 'string' ? raw.trim() : '';
  const percent = text.endsWith('%');
  const number = typeof raw === 'number' ? raw : parseNumber(percent ? text.slice(0, -1) : text);
  if (number === undefined || !Number.isFinite(number)) {
    return { problem: { code: 'unreadable-figure', ...at, message: `${name} ${shown(raw)} is not a number; write e.g. 0.45, "45%" or 1200` } };
  }
  const fraction = unit === 'share' || unit === 'rate';
  if (!fraction) {
    if (!percent) return { value: number };
    return {
      problem: {
        code: 'unit-mismatch',
        ...at,
        message: `${name} ${shown(raw)} is a percentage, but the indicator is a ${unit}; give it in the indicator's own unit`,
      },
    };
  }
  if (percent) {
    const value = number / 100;
    if (value < 0 || value > 1) return { problem: { code: 'unit-mismatch', ...at, message: `${name} ${shown(raw)}: a ${unit} lies between 0% and 100%` } };
    return {
      value,
      problem: { code: 'unit-understood', ...at, message: `${name} ${shown(raw)} understood as ${value} (a ${unit} is a fraction from 0 to 1)` },
    };
  }
  if (number >= 0 && number <= 1) return { value: number };
  if (number > 1 && number <= 100) {
    const value = number / 100;
    return {
      value,
      problem: {
        code: 'unit-understood',
        ...at,
        message: `${name} ${number} for a ${unit} understood as ${number}% = ${value}; write ${value} or "${number}%" to say which you mean`,
      },
    };
  }
  return {
    problem: { code: 'unit-mismatch', ...at, message: `${name} ${number} cannot be a ${unit}, which is a fraction from 0 to 1 (or a percentage up to 100%)` },
  };
}
