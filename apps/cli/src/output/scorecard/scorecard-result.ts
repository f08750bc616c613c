import { type Finding, type LocalizedText, pickLanguage } from '@social-lens/rules';
import { ESTIMATE_NOTES, type GroupEstimate, type ResolvedScorecard } from '@social-lens/rules/scorecard';

/** What `lens scorecard` found in one export: estimates by group and every finding. */
export interface ScorecardResult {
  /** `id@version` of the scorecard rule set run. */
  scorecard: string;
  title: LocalizedText;
  definition: ResolvedScorecard;
  fileName: string;
  /** Records read (input findings aside) and of those, scored. */
  records: number;
  scored: number;
  /** The whole export first, then each `--by` field's groups. */
  groups: GroupEstimate[];
  findings: Finding[];
}

/**
 * The `--format json` document: `{ scorecard, groups, findings, notes }`, each group
 * `{ group, n, excluded, rates: { line: { estimate, ci95 } } }` (with `targeting` when cut-offs are
 * set). Figures are not rounded; the notes say how to read them, in the language asked for.
 *
 * @example JSON.stringify(scorecardJson(result, 'en'))
 */
export function scorecardJson(result: ScorecardResult, lang: string): object {
  const notes: Record<string, string> = {
    rate: pickLanguage(ESTIMATE_NOTES.rate, lang).text,
    ci95: pickLanguage(ESTIMATE_NOTES.interval, lang).text,
  };
  if (result.definition.targetingCutoffs.length > 0) notes.targeting = pickLanguage(ESTIMATE_NOTES.targeting, lang).text;
  return {
    scorecard: result.scorecard,
    groups: result.groups.map(({ group, n, excluded, rates, targeting, otherGroups }) => ({
      group,
      n,
      excluded,
      rates: Object.fromEntries(Object.entries(rates).map(([line, rate]) => [line, { estimate: rate.estimate, ci95: rate.ci95 }])),
      ...(targeting === undefined ? {} : { targeting }),
      ...(otherGroups ? { otherGroups } : {}),
    })),
    findings: result.findings,
    notes,
  };
}
