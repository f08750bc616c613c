/**
 * The small bundle (`dist/lens-objective-remote.js`): `<lens-objective-check>` without the
 * analyzer, for pages that always reach a Social Lens service. Each check is asked of the
 * service named by the element's `server`; without one the element says it cannot check.
 */

export { LENS_FINDINGS_EVENT, type LensFindingsDetail } from './lens-findings-event.ts';
export { LensObjectiveCheckElement } from './lens-objective-check.ts';
