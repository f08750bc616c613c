import { daysBetween, isIsoDate } from '../facts/dates.ts';
import type { FactValue } from '../facts/fact-value.ts';
import { analysisFacts } from '../smart/analysis-facts.ts';
import { analyzeObjective } from '../smart/analyze-objective.ts';
import type { ObjectiveAnalysis, StructuredObjectiveFields } from '../smart/types.ts';
import { suggestionFacts } from './suggestion-facts.ts';

const DAYS_PER_YEAR = 365.25;

interface Figure {
  value: number;
  percent: boolean;
}

function readFigure(value: unknown): Figure | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return { value, percent: false };
  if (typeof value !== 'string') return undefined;
  const match = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*(%)?\s*$/u.exec(value);
  return match ? { value: Number(match[1]!.replace(',', '.')), percent: match[2] === '%' } : undefined;
}

function addMonths(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

const isPercent = (quantity: { kind: string; unit?: string | undefined }): boolean => quantity.unit === 'percent' || quantity.kind === 'percentage';

/** Baseline, target and deadline from the structured fields first, the text second. */
function paceInputs(analysis: ObjectiveAnalysis, fields: StructuredObjectiveFields, today: string) {
  const measures = analysis.quantities.filter((quantity) => quantity.role === 'measure');
  const range = measures.find((quantity) => quantity.kind === 'range' && quantity.from !== undefined);
  const marker = analysis.baselines.find((baseline) => baseline.value !== null && baseline.unit !== 'year');
  const lastMeasure = measures.at(-1);
  const textBaseline: Figure | undefined = range
    ? { value: range.from!, percent: isPercent(range) }
    : marker
      ? { value: marker.value!, percent: marker.unit === 'percent' }
      : undefined;
  const textTarget: Figure | undefined = range
    ? { value: range.value, percent: isPercent(range) }
    : lastMeasure
      ? { value: lastMeasure.value, percent: isPercent(lastMeasure) }
      : undefined;
  const baseline = readFigure(fields.baseline) ?? textBaseline;
  const target = readFigure(fields.target) ?? (textBaseline ? textTarget : undefined);
  const latest = analysis.time.deadlines.reduce<string | undefined>(
    (max, deadline) => (max === undefined || deadline.date > max ? deadline.date : max),
    undefined,
  );
  const frame = analysis.time.relativeFrames[0];
  const deadline =
    typeof fields.deadline === 'string' && isIsoDate(fields.deadline) ? fields.deadline : (latest ?? (frame ? addMonths(today, frame.months) : undefined));
  return { baseline, target, deadline };
}

/** The facts of one objective that rules may read: the analyzer's, the structured fields', and the pace. */
export type ObjectiveFacts = Record<string, FactValue>;

/**
 * Flattens the analysis of an objective and its structured fields into facts for the
 * objective rule set, adding what judging needs beyond the text: the implied pace of change
 * (baseline → target by the deadline), whether a goal or area is declared, and a suggested
 * deadline year for messages.
 *
 * @example
 * objectiveFacts(analyzeObjective('Increase the share of women from 45% to 60% by December 2027'), {}, '2026-01-01')
 * // → { …, impliedYearlyChange: 7.5, paceIsPercent: true, canJudgeAchievable: true }
 */
export function objectiveFacts(analysis: ObjectiveAnalysis, fields: StructuredObjectiveFields, today: string): ObjectiveFacts {
  const facts: ObjectiveFacts = {};
  for (const [name, value] of Object.entries(analysisFacts(analysis, fields))) facts[name] = value ?? undefined;
  const { baseline, target, deadline } = paceInputs(analysis, fields, today);
  const days = deadline ? daysBetween(today, deadline) : undefined;
  const years = days !== undefined && days > 0 ? Math.max(days / DAYS_PER_YEAR, 0.25) : undefined;
  const canJudge = baseline !== undefined && target !== undefined && years !== undefined;
  facts['judgeable'] = analysis.empty === false && analysis.supportedLang === true;
  facts['canJudgeAchievable'] = canJudge;
  if (canJudge) {
    const change = Math.abs(target.value - baseline.value);
    facts['paceIsPercent'] = baseline.percent || target.percent;
    facts['impliedYearlyChange'] = Math.round((change / years) * 100) / 100;
    facts['yearsToDeadline'] = Math.round(years * 100) / 100;
    if (baseline.value !== 0) facts['relativeYearlyChange'] = Math.round((change / Math.abs(baseline.value) / years) * 1000) / 1000;
    facts['baselineValue'] = baseline.value;
    facts['targetValue'] = target.value;
  }
  const declaredArea = typeof fields.area === 'string' && fields.area !== '' ? fields.area : undefined;
  const textAreas = analysis.areas.map((area) => area.area);
  facts['hasGoal'] = typeof fields.goal === 'string' && fields.goal.trim() !== '';
  facts['hasDeclaredLink'] = facts['hasGoal'] === true || declaredArea !== undefined;
  facts['areaMismatch'] = declaredArea !== undefined && textAreas.length > 0 && !textAreas.includes(declaredArea as never);
  facts['textAreas'] = textAreas;
  facts['suggestedDeadlineYear'] = String(Number(today.slice(0, 4)) + 1);
  facts['today'] = today;
  return facts;
}

let objectiveFactNames: readonly string[] | undefined;

/**
 * Every fact name an objective rule set may read. Computed on first use from an analysis, so the
 * list cannot drift from `objectiveFacts`, and so record checks never pay for the analyzer.
 */
export function listObjectiveFacts(): readonly string[] {
  objectiveFactNames ??= [
    ...new Set([
      ...Object.keys(
        objectiveFacts(
          analyzeObjective('Increase the share of women from 45% to 60% by 2030'),
          { goal: 'g', area: 'outreach', baseline: 45, target: 60 },
          '2026-01-01',
        ),
      ),
      ...Object.keys(suggestionFacts({ text: '' }, [], 'en')),
      'matchedText',
    ]),
  ];
  return objectiveFactNames;
}
