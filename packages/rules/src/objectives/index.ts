export { createObjectiveChecker, type ObjectiveCheck, type ObjectiveChecker, type ObjectiveCheckerOptions } from './check-objective.ts';
export { judgeCriteria, SMART_CRITERIA, type CriterionResult, type SmartCriteria } from './criteria.ts';
export { objectiveFacts, listObjectiveFacts, type ObjectiveFacts } from './objective-facts.ts';
export { OBJECTIVE_SCHEMA, type Objective } from './objective-schema.ts';
export { OBJECTIVE_SPAN_LISTS, OBJECTIVE_SPAN_LIST_NAMES, type TextSpan } from './span-lists.ts';
export { checkWorkbook, WORKBOOK_RULE_SET, type WorkbookEntry } from './check-workbook.ts';
