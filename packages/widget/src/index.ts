/**
 * Social Lens widget: `<lens-objective-check>`, `<lens-record-check>` and `<lens-scorecard>`.
 * Importing this module defines the elements (a second import, or a second copy of the bundle, is harmless).
 */
// The in-page analyzer first, so that every objective element of this bundle checks offline.
import './local-objective-checker.ts';

export { type FieldMap, parseFieldMap } from './field-map.ts';
export { LENS_FINDINGS_EVENT, type LensFindingsDetail } from './lens-findings-event.ts';
export { LensObjectiveCheckElement } from './lens-objective-check.ts';
export { LensRecordCheckElement } from './lens-record-check.ts';
export { LENS_SCORE_EVENT, LensScorecardElement, type LensScoreDetail } from './lens-scorecard.ts';
export { type ElementObjectiveChecker, registerLocalObjectiveChecker } from './objective-checker-source.ts';
export { loadRuleSet, RULE_SOURCE_FAILURES, RuleSourceError, type RuleSourceFailure, type RuleSourceOptions } from './rule-source.ts';
export { UI_LANGUAGES, type UiLanguage, uiLanguageOf } from './ui-strings.ts';
