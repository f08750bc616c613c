export { createObjectiveChecker, type ObjectiveCheck, type ObjectiveChecker, type ObjectiveCheckerOptions } from './check-objective.ts';
export { checkWorkbook, WORKBOOK_RULE_SET, type WorkbookEntry } from './check-workbook.ts';
export {
  type Confusion,
  type CorpusLabel,
  type CriterionMetrics,
  corpusMetrics,
  LABELLED_CRITERIA,
  type LabelledCriterion,
  type LabelledObjective,
  pairAgreement,
} from './corpus-metrics.ts';
export { type CriterionResult, judgeCriteria, SMART_CRITERIA, type SmartCriteria } from './criteria.ts';
export { listObjectiveFacts, type ObjectiveFacts, objectiveFacts } from './objective-facts.ts';
export { OBJECTIVE_SCHEMA, type Objective } from './objective-schema.ts';
export { OBJECTIVE_SPAN_LIST_NAMES, OBJECTIVE_SPAN_LISTS, type TextSpan } from './span-lists.ts';
