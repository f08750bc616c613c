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
  /** The first findings, in file order (all of them are in the spool). */
  findings: readonly Finding[];
  findingCount: number;
  /** Per rule id: severity and count. */
  byCheck: ReadonlyMap<string, { severity: string; count: number }>;
}

/**
 * The `--format json` document, around its findings: `{ scorecard, groups, findings, notes }`,
 * each group `{ group, n, excluded, rates: { line: { estimate, ci95 } } }` (with `targeting` when
 * cut-offs are set). Figures are not rounded; the notes say how to read them, in the language
 * asked for. The findings, one JSON line each, go between `open` and `close`, joined by `,\n`.
 *
 * @example
 * const { open, close } = scorecardJsonParts(result, 'en')
 * write(open); for await (const line of spool.lines()) write(…line…); write(close)
 */
export function scorecardJsonParts(result: ScorecardResult, lang: string): { open: string; close: string } {
  const notes: Record<string, string> = {
    rate: pickLanguage(ESTIMATE_NOTES.rate, lang).text,
    ci95: pickLanguage(ESTIMATE_NOTES.interval, lang).text,
  };
  if (result.definition.targetingCutoffs.length > 0) notes['targeting'] = pickLanguage(ESTIMATE_NOTES.targeting, lang).text;
  const groups = result.groups.map(({ group, n, excluded, rates, targeting, otherGroups }) => ({
    group,
    n,
    excluded,
    rates: Object.fromEntries(Object.entries(rates).map(([line, rate]) => [line, { estimate: rate.estimate, ci95: rate.ci95 }])),
    ...(targeting === undefined ? {} : { targeting }),
    ...(otherGroups ? { otherGroups } : {}),
  }));
  const indented = (value: unknown) => JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
  return {
    open: `{\n  "scorecard": ${JSON.stringify(result.scorecard)},\n  "groups": ${indented(groups)},\n  "findings": [`,
    close: `${result.findingCount > 0 ? '\n  ' : ''}],\n  "notes": ${indented(notes)}\n}\n`,
  };
}
