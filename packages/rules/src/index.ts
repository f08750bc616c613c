export * from './errors.ts';
export * from './ruleset/rule-set-types.ts';
export type { ScorecardAnswer, ScorecardBand, ScorecardLines, ScorecardQuestion } from './scorecard/scorecard-schema.ts';
export type { CountSum, FactCodes, IndicatorDefinition, IndicatorDocumentParts, PopulationDefinition, TransitionsDefinition } from './indicators/indicator-types.ts';
export {
  RULE_SET_SCHEMA,
  RULE_SET_ID_PATTERN,
  RULE_SET_REFERENCE_PATTERN,
  SEMVER_PATTERN,
  SEVERITY_SCHEMA,
} from './ruleset/rule-set-schema.ts';
export { validateRuleSetDocument, isRuleSetDocument, RULE_SET_LIMITS } from './ruleset/validate-rule-set.ts';
export { createRuleSetCatalog, type RuleSetCatalog } from './ruleset/catalog.ts';
export { resolveRuleSet, type ResolveOptions } from './ruleset/resolve-rule-set.ts';
export type { ResolvedRuleSet, ResolvedRule, ResolvedParameter, ResolvedDerivedFact } from './ruleset/resolved-rule-set.ts';
export { parseRuleSetReference, type RuleSetReference } from './ruleset/rule-set-reference.ts';
export { parameterValueProblem, parseParameterText, describeParameterType } from './ruleset/parameter-value.ts';
export { compileExpression, type CompiledExpression } from './facts/evaluate-expression.ts';
export { type FactValue, type Facts, isKnown } from './facts/fact-value.ts';
export { daysBetween, yearsBetween, isIsoDate } from './facts/dates.ts';
export { CLIENT_RECORD_SCHEMA, CLIENT_RECORD_FIELDS, type ClientRecord, type ClientRecordField } from './records/client-record-schema.ts';
export { readClientRecord, type ReadRecord, type UnreadableValue } from './records/read-client-record.ts';
export { FINDING_SCHEMA, type Finding } from './findings/finding-schema.ts';
export { renderMessage, pickLanguage } from './findings/render-message.ts';
export { CONDITION_OPERATORS, type ConditionOperator } from './engine/operators.ts';
export { SUBJECT_FACTS, CLIENT_RECORD_META_FACTS } from './engine/subject-facts.ts';
export { recordFacts, todayIso } from './engine/record-facts.ts';
export { createReferenceEngine, toEngineRule, FINDING_EVENT, type ReferenceEngine, type ReferenceEngineOptions } from './engine/reference-engine.ts';
export { findingOf, type FindingContext } from './engine/rule-findings.ts';
export { addUnknownFactDecorators } from './engine/unknown-facts.ts';
export { createRecordChecker, type RecordChecker, type RecordCheckerOptions } from './engine/check-record.ts';
export * from './signing/index.ts';
export { compileRuleSet, type CompiledRuleSet, type CompileRuleSetOptions } from './engine/compiled/compile-rule-set.ts';
export { compileCondition, type CompiledCondition } from './engine/compiled/compile-condition.ts';
export { compileRecordCheck, type RecordCheck, type CompileRecordCheckOptions } from './engine/compiled/compile-record-check.ts';
export {
  createCompiledRecordChecker,
  createRecordCheckerOn,
  RECORD_ENGINES,
  type RecordEngine,
  type CompiledRecordChecker,
} from './engine/compiled/compiled-record-checker.ts';
export * from './objectives/index.ts';
export * from './smart/index.ts';
