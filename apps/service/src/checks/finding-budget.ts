import type { Finding } from '@social-lens/rules';

/** How many findings one answer may carry: the rest are counted, not sent. */
export interface FindingBounds {
  perRequest: number;
  perRecord: number;
}

/**
 * Caps the findings of one check request, the way data-quality tools cap failing rows: at most
 * `perRecord` of one record and `perRequest` in all are kept; every finding is still counted, so
 * the summary says how many there were and that the answer is `truncated`.
 *
 * @example
 * const budget = createFindingBudget({ perRequest: 10_000, perRecord: 100 })
 * for (const finding of budget.keep(recordFindings)) out.push(finding)
 */
export function createFindingBudget(bounds: FindingBounds) {
  let found = 0;
  let returned = 0;
  return {
    /** The findings of one record (or of the portfolio, `perRecord` off) that fit the budget. */
    keep(findings: readonly Finding[], perRecord = true): Finding[] {
      found += findings.length;
      const room = Math.max(0, Math.min(perRecord ? bounds.perRecord : Number.POSITIVE_INFINITY, bounds.perRequest - returned));
      const kept = findings.length > room ? findings.slice(0, room) : [...findings];
      returned += kept.length;
      return kept;
    },
    /** Counts for the summary: findings found, findings in the answer, and whether some were left out. */
    counts(): { findings: number; findingsReturned: number; truncated: boolean } {
      return { findings: found, findingsReturned: returned, truncated: returned < found };
    },
  };
}
