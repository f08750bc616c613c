import { RELATIVE_TARGETS } from './analyze-objective.ts';
import type { ObjectiveAnalysis, StructuredObjectiveFields } from './types.ts';

/** The flat facts a rules engine reads about one objective. */
export type AnalysisFacts = Record<string, number | boolean | string | null>;

function present(value: unknown): boolean {
  return value !== undefined && value !== null && String(value).trim() !== '';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * Flattens an analysis (and the objective's structured fields) into numbers, booleans and
 * strings that rule conditions can compare, e.g. `{ "fact": "deadlineCount", "operator":
 * "greaterThan", "value": 0 }`.
 *
 * @example
 * analysisFacts(analyzeObjective('Reach 60% women by 2027')).deadlineCount; // 1
 */
export function analysisFacts(analysis: ObjectiveAnalysis, structuredFields: StructuredObjectiveFields = {}): AnalysisFacts {
  const measureQuantities = analysis.quantities.filter((q) => q.role === 'measure');
  const latestDeadline = analysis.time.deadlines.reduce<string | null>((max, d) => (max === null || d.date > max ? d.date : max), null);
  const areas = new Set(analysis.areas.map((a) => a.area));
  return {
    lang: analysis.lang,
    detectedLang: analysis.detectedLang,
    supportedLang: analysis.supportedLang,
    empty: analysis.empty,
    tooLong: analysis.tooLong,
    controlCharacters: analysis.controlCharacters,
    length: analysis.length,
    quantityCount: analysis.quantities.length,
    targetQuantityCount: measureQuantities.length,
    descriptiveQuantityCount: analysis.quantities.length - measureQuantities.length,
    /** Percentages, percentage ranges and ratios: each implies a share indicator. */
    percentageCount: measureQuantities.filter((q) => q.kind === 'percentage' || q.kind === 'ratio' || q.unit === 'percent').length,
    moneyCount: measureQuantities.filter((q) => q.kind === 'money').length,
    rangeCount: measureQuantities.filter((q) => q.kind === 'range').length,
    comparatorCount: analysis.comparators.length,
    relativeTargetCount: analysis.comparators.filter((c) => RELATIVE_TARGETS.has(c.id)).length,
    deadlineCount: analysis.time.deadlines.length,
    latestDeadline,
    deadlinePassed: analysis.time.deadlinePassed,
    referenceDateCount: analysis.time.referenceDates.length,
    relativeFrameCount: analysis.time.relativeFrames.length,
    vagueTimeCount: analysis.time.vagueTime.length,
    frequencyCount: analysis.time.frequencies.length,
    recurringTargetCount: analysis.time.recurringTargets.length,
    deliverableCount: analysis.deliverables.length,
    changeCount: analysis.changes.count,
    changesWithoutWhatCount: analysis.changes.withoutWhat.length,
    changesWithoutTargetCount: analysis.changes.withoutTarget.length,
    changesWithoutWhoCount: analysis.changes.withoutWho.length,
    targetGroupCount: analysis.targetGroups.length,
    specificTargetGroupCount: analysis.targetGroups.filter((g) => !g.generic && !g.place).length,
    populationGroupCount: analysis.targetGroups.filter((g) => !g.place).length,
    indicatorCount: analysis.indicators.length,
    baselineCount: analysis.baselines.length,
    measurableVerbCount: analysis.actionVerbs.measurableVerbs.length,
    vagueWordCount: analysis.actionVerbs.vagueWords.length,
    vagueUnanchoredCount: analysis.actionVerbs.vagueWords.filter((w) => !w.anchored).length,
    areaOutreach: areas.has('outreach'),
    areaServices: areas.has('services'),
    areaClientChange: areas.has('clientChange'),
    hasStructuredIndicator: present(structuredFields.indicator),
    hasStructuredBaseline: present(structuredFields.baseline),
    hasStructuredTarget: present(structuredFields.target),
    hasStructuredDeadline: present(structuredFields.deadline) && ISO_DATE.test(String(structuredFields.deadline)),
    hasStructuredTargetGroup: present(structuredFields.targetGroup),
    structuredArea: present(structuredFields.area) ? String(structuredFields.area) : null,
  };
}
