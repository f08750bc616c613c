export { createRecordChecker, type RecordChecker, type RecordCheckerOptions } from './engine/check-record.ts';
export { type CompiledCondition, compileCondition } from './engine/compiled/compile-condition.ts';
export { type CompileRecordCheckOptions, compileRecordCheck, type RecordCheck } from './engine/compiled/compile-record-check.ts';
export { type CompiledRuleSet, type CompileRuleSetOptions, compileRuleSet } from './engine/compiled/compile-rule-set.ts';
export {
  type CompiledRecordChecker,
  createCompiledRecordChecker,
  createRecordCheckerOn,
} from './engine/compiled/compiled-record-checker.ts';
export { createRecordSlotsReader, type RecordSlots } from './engine/compiled/record-slots.ts';
export { CONDITION_OPERATORS, type ConditionOperator } from './engine/operators.ts';
export { RECORD_ENGINES, type RecordEngine } from './engine/record-engines.ts';
export { recordFacts, todayIso } from './engine/record-facts.ts';
export { createReferenceEngine, FINDING_EVENT, type ReferenceEngine, type ReferenceEngineOptions, toEngineRule } from './engine/reference-engine.ts';
export { type FindingContext, findingOf } from './engine/rule-findings.ts';
export { CLIENT_RECORD_META_FACTS, SUBJECT_FACTS } from './engine/subject-facts.ts';
export { addUnknownFactDecorators } from './engine/unknown-facts.ts';
export * from './errors.ts';
export { daysBetween, isIsoDate, yearsBetween } from './facts/dates.ts';
export { type CompiledExpression, compileExpression } from './facts/evaluate-expression.ts';
export { type Facts, type FactValue, isKnown } from './facts/fact-value.ts';
export { codedValueLabel, labelledFactValue } from './findings/coded-value-labels.ts';
export { FINDING_SCHEMA, type Finding } from './findings/finding-schema.ts';
export { languageAmong, pickLanguage, renderMessage } from './findings/render-message.ts';
export { unreadLanguage } from './findings/unread-language.ts';
export type {
  CountSum,
  FactCodes,
  IndicatorDefinition,
  IndicatorDocumentParts,
  PopulationDefinition,
  TransitionsDefinition,
} from './indicators/indicator-types.ts';
export * from './objectives/index.ts';
export { CLIENT_RECORD_FIELDS, CLIENT_RECORD_SCHEMA, type ClientRecord, type ClientRecordField } from './records/client-record-schema.ts';
export { type ReadRecord, readClientRecord, type UnreadableValue } from './records/read-client-record.ts';
export { createRuleSetCatalog, type RuleSetCatalog } from './ruleset/catalog.ts';
export { firstOfEachRuleSet } from './ruleset/first-of-each-rule-set.ts';
export { describeParameterType, parameterValueProblem, parseParameterText } from './ruleset/parameter-value.ts';
export { type ResolveOptions, resolveRuleSet } from './ruleset/resolve-rule-set.ts';
export type { ResolvedDerivedFact, ResolvedParameter, ResolvedRule, ResolvedRuleSet } from './ruleset/resolved-rule-set.ts';
export { parseRuleSetReference, type RuleSetReference } from './ruleset/rule-set-reference.ts';
export {
  RULE_SET_ID_PATTERN,
  RULE_SET_REFERENCE_PATTERN,
  RULE_SET_SCHEMA,
  SEMVER_PATTERN,
  SEVERITY_SCHEMA,
} from './ruleset/rule-set-schema.ts';
export * from './ruleset/rule-set-types.ts';
export { isRuleSetDocument, RULE_SET_LIMITS, validateRuleSetDocument } from './ruleset/validate-rule-set.ts';
export type { ScorecardAnswer, ScorecardBand, ScorecardLines, ScorecardQuestion } from './scorecard/scorecard-schema.ts';
export * from './signing/index.ts';
export * from './smart/index.ts';
