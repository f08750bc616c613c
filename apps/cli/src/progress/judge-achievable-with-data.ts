import type { Finding, ObjectiveCheck, ResolvedRuleSet } from '@social-lens/rules';
import { achievableFromData, type ObjectiveProgress, type ProgressReport } from '@social-lens/rules/indicators';

/** The rule set of the findings `lens check objectives --data` adds. */
const ACHIEVABLE_FROM_DATA_RULE_ID = 'lens/progress#achievable-from-data';

function numberParameter(ruleSet: ResolvedRuleSet, name: string): number | undefined {
  const value = ruleSet.parameters[name]?.value;
  return typeof value === 'number' ? value : undefined;
}

/**
 * Judges *achievable* again from the data (`--data`): where the objective's indicator has a
 * measured value, the pace still needed from it is held against the pace observed between the
 * snapshots (or, with one snapshot, against the objective rule set's own bounds), and that
 * verdict replaces the one from the stated baseline, with a finding that says why.
 *
 * @example
 * const judged = judgeAchievableWithData(check, report, ruleSet)
 * judged.criteria.achievable.met // → false: it moved −2.1 points a year, +4.5 are needed
 */
export function judgeAchievableWithData<T extends ObjectiveCheck>(check: T, report: ProgressReport, ruleSet: ResolvedRuleSet): T {
  const progress: ObjectiveProgress | undefined = report.objectives.find((objective) => objective.objectiveId === check.objectiveId);
  const indicator = progress?.indicator ? report.indicators.find((series) => series.id === progress.indicator) : undefined;
  if (!progress || !indicator) return check;
  const maxYearlyPercentagePoints = numberParameter(ruleSet, 'maxYearlyPercentagePoints');
  const maxRelativeYearlyChange = numberParameter(ruleSet, 'maxRelativeYearlyChange');
  const verdict = achievableFromData(progress, indicator.unit, {
    ...(maxYearlyPercentagePoints === undefined ? {} : { maxYearlyPercentagePoints }),
    ...(maxRelativeYearlyChange === undefined ? {} : { maxRelativeYearlyChange }),
  });
  const finding: Finding = {
    ruleId: ACHIEVABLE_FROM_DATA_RULE_ID,
    ruleSet: 'lens/progress',
    severity: verdict.met === false ? 'warning' : 'info',
    ...(check.objectiveId === undefined ? {} : { recordId: check.objectiveId }),
    fields: ['indicator', 'target', 'deadline'],
    message: `${indicator.title}: ${verdict.message}`,
    criterion: 'achievable',
  };
  const achievable = check.criteria['achievable'];
  return {
    ...check,
    criteria: {
      ...check.criteria,
      achievable: { ...achievable, met: verdict.met ?? achievable.met, reasons: [finding.message, ...achievable.reasons] },
    },
    findings: [...check.findings, finding],
  };
}
