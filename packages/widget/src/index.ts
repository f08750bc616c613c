/**
 * Social Lens widget: `<lens-objective-check>`, `<lens-record-check>` and `<lens-scorecard>`.
 * Importing this module defines the elements (a second import, or a second copy of the bundle, is harmless).
 */
// The in-page analyzer first, so that every objective element of this bundle checks offline.
import './local-objective-checker.ts';

export { LensObjectiveCheckElement } from './lens-objective-check.ts';
export { LensRecordCheckElement } from './lens-record-check.ts';
export { LensScorecardElement, LENS_SCORE_EVENT, type LensScoreDetail } from './lens-scorecard.ts';
export { LENS_FINDINGS_EVENT, type LensFindingsDetail } from './lens-findings-event.ts';
export { parseFieldMap, type FieldMap } from './field-map.ts';
export { loadRuleSet, RuleSourceError, RULE_SOURCE_FAILURES, type RuleSourceFailure, type RuleSourceOptions } from './rule-source.ts';
export { registerLocalObjectiveChecker, type ElementObjectiveChecker } from './objective-checker-source.ts';
export { UI_LANGUAGES, uiLanguageOf, type UiLanguage } from './ui-strings.ts';
