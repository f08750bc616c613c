import type { Finding, SmartCriteria } from '@social-lens/rules';

/** The event both elements fire after each check. */
export const LENS_FINDINGS_EVENT = 'lens-findings' as const;

/** `detail` of `lens-findings`: every finding of the check, and the SMART marks for an objective (`null` for a record). */
export interface LensFindingsDetail {
  findings: readonly Finding[];
  criteria: SmartCriteria | null;
}

/** Bubbles and crosses shadow roots, so a host page can listen on `document`. */
export function createFindingsEvent(detail: LensFindingsDetail): CustomEvent<LensFindingsDetail> {
  return new CustomEvent(LENS_FINDINGS_EVENT, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    [LENS_FINDINGS_EVENT]: CustomEvent<LensFindingsDetail>;
  }
}
